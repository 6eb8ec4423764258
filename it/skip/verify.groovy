def log = new File(basedir, 'build.log').text
assert log.contains('airgap: skipped')
assert !new File(basedir, 'target/airgap').exists()
return true
