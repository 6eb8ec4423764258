def log = new File(basedir, 'build.log').text
assert log =~ /Failed to execute goal .*check .*: airgap: <requirements>: <noInternet> <subnets>: selector term 'tag:aws-cdk:subnet-type' in 'tag:aws-cdk:subnet-type' is not of the form tag:KEY=VALUE/
assert log.contains('MojoExecutionException')
assert !new File(basedir, 'target/airgap/airgap.json').exists()
return true
