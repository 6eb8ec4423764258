import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def report = new JsonSlurper().parse(new File(basedir, 'target/airgap/airgap.json'))

// Each child once, as the nested stack: no standalone copy of vpc.yaml, iam.yaml or ec2.yaml.
assert report.stacks*.name == ['main', 'main/EC2Stack', 'main/IamStack', 'main/VpcStack']
assert report.stacks.find { it.name == 'main/VpcStack' }.file == 'src/main/cloudformation/vpc.yaml'
// The root's parameters reach the child: its subnets are there, with their CIDRs.
assert report.subnets*.logicalId == ['VPCPublicSubnet1', 'VPCPublicSubnet2']
assert report.subnets.every { it.stack == 'main/VpcStack' }
assert report.subnets*.cidr == ['10.0.0.0/24', '10.0.1.0/24']
// The linking is said in the log, naming how to choose another file.
assert log.contains('nested stack VpcStack')
assert log.contains('is analysed with src/main/cloudformation/vpc.yaml, the one template of the run of that name')
assert !log.contains('WARN] airgap: src/main/cloudformation')
return true
