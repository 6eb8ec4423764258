import groovy.json.JsonSlurper

// package: the app synthesized both stacks without the CDK CLI
assert new File(basedir, 'target/cdk.out/BrokenStack.template.json').isFile()
assert new File(basedir, 'target/cdk.out/FixedStack.template.json').isFile()

def report = new JsonSlurper().parse(new File(basedir, 'target/airgap/airgap.json'))
def broken = report.violations.findAll { it.requirement == 'broken' }
// "fixed": every workload of FixedStack reaches what it needs
assert report.violations.every { it.requirement == 'broken' }
assert report.violations.every { it.kind == 'workloadNeeds' && !it.unknown }

// the Fargate service lacks ecr.dkr in each of its two subnets; the instance lacks ssmmessages in its one
def dkr = broken.findAll { it.service == 'ecr.dkr' }
assert dkr.size() == 2
assert dkr.every { it.found.startsWith('Service') && it.found.contains('(AWS::ECS::Service) needs ecr.dkr (image ') }
assert dkr.every { it.found.contains('is in ECR') && it.found.contains('ecr.dkr access NONE') }
assert dkr.every { it.fix.contains('add an interface VPC endpoint for ecr.dkr with PrivateDnsEnabled: true') }
assert dkr.every { it.fix.contains('in 2 AZs') && it.fix =~ /about \d+\.\d\d USD a month/ }
// the fix in the app's own language: the VPC is CDK's Vpc construct
assert dkr.every { it.fix.contains('CDK (Java): vpc.addInterfaceEndpoint("EcrDocker", InterfaceVpcEndpointOptions.builder().service(InterfaceVpcEndpointAwsService.ECR_DOCKER).build());') }
assert dkr.every { it.fix.contains("CDK (TypeScript): vpc.addInterfaceEndpoint('EcrDocker', { service: ec2.InterfaceVpcEndpointAwsService.ECR_DOCKER });") }
assert dkr.every { it.subnetPath.startsWith('BrokenStack/Vpc/IsolatedSubnet') }

def ssm = broken.findAll { it.service == 'ssmmessages' }
assert ssm.size() == 1
assert ssm[0].found.startsWith('Bastion')
assert ssm[0].found.contains('(AWS::EC2::Instance) needs ssmmessages (role InstanceRole')
assert ssm[0].found.contains('allows ssm:UpdateInstanceInformation')
assert ssm[0].fix.contains('vpc.addInterfaceEndpoint("SsmMessages", InterfaceVpcEndpointOptions.builder().service(InterfaceVpcEndpointAwsService.SSM_MESSAGES).build());')
assert broken.size() == 3

// airgap.json's table of needs: the fixed service reaches ecr.dkr through its endpoint
def needs = report.workloadNeeds
assert needs.any { it.subnet.startsWith('VpcIsolatedSubnet') && it.service == 'ecr.dkr' && it.reached == true && it.how.startsWith('INTERFACE_ENDPOINT') }
assert needs.any { it.service == 's3' && it.reached == true && it.how.startsWith('GATEWAY_ENDPOINT') }

def log = new File(basedir, 'build.log').text
assert log.contains('airgap: [broken] (workloadNeeds) violated: BrokenStack/Vpc/IsolatedSubnet1/Subnet')
assert !log.contains('[fixed] (workloadNeeds) violated')
assert log.contains('BUILD SUCCESS')
def md = new File(basedir, 'target/airgap/airgap.md').text
assert md.contains('## What each workload needs')
return true
