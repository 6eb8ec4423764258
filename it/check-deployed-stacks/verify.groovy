import groovy.json.JsonSlurper

context.get('cloudformationStub')?.stop(0)
def requests = context.get('cloudformationRequests')
def log = new File(basedir, 'build.log').text

// The CloudFormation reads, once per execution: the stack, its template, its resources, then the nested stack.
assert requests == ['DescribeStacks', 'GetTemplate', 'ListStackResources',
                    'DescribeStacks', 'GetTemplate', 'ListStackResources'] * 2

// Execution 1: the local app stack and the deployed network (with its nested stack) in one analysis.
def report = new JsonSlurper().parse(new File(basedir, 'target/deployed/airgap.json'))
assert report.stacks*.name == ['app', 'shared-network', 'shared-network/Endpoints']
assert report.stacks*.file == ['src/main/cloudformation/app.yaml', 'deployed:us-west-1/shared-network',
                               'deployed:us-west-1/shared-network-Endpoints-1F2G3H4J5K6L']
def subnet = report.subnets.find { it.stack == 'shared-network' && it.logicalId == 'PrivateSubnet' }
assert subnet.cidr == '10.20.0.0/24'                      // the deployed VpcCidr; the template has no Default
assert subnet.services.s3.access == 'GATEWAY_ENDPOINT'     // the deployed EnableS3Endpoint=true
assert log.contains('[WARNING] airgap: deployed stack shared-network: parameter DbPassword is NoEcho')

// Execution 2: the local network template compared with the deployed one; the report keeps the local templates.
def compared = new JsonSlurper().parse(new File(basedir, 'target/compare/airgap.json'))
assert compared.stacks*.file == ['src/main/cloudformation/app.yaml', 'src/main/cloudformation/shared-network.yaml']
def compareLines = log.readLines().findAll { it.contains('airgap: compare') }
// The local template's nested stack lives in S3 (not local) and is handed the VPC: locally every verdict of that VPC
// is UNKNOWN (fail closed); deployed, the nested stack is read and its SSM endpoint seen.
assert compareLines == [
    '[WARNING] airgap: compare shared-network: subnet shared-network/PrivateSubnet (us-west-1) internet: local UNKNOWN, deployed NONE',
    '[WARNING] airgap: compare shared-network: subnet shared-network/PrivateSubnet (us-west-1) s3: local UNKNOWN (not private), deployed GATEWAY_ENDPOINT (private)',
    '[WARNING] airgap: compare shared-network: subnet shared-network/PrivateSubnet (us-west-1) ssm: local UNKNOWN (not private), deployed INTERFACE_ENDPOINT (private)']

// No credential in the log.
assert !log.contains('wJalrXUtnFEMI')
return true
