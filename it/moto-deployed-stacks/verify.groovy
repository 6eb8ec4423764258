import groovy.json.JsonSlurper

context.get('motoStop')?.call()
assert context.get('motoReady') : 'setup.groovy did not finish: its error is above'

def log = new File(basedir, 'build.log').text
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
def stackNames = ['PublicOnlyStack', 'managed-nat', 'nested-network', 'nested-network/Network',
                  'pattern1-internet-gateway', 'pattern2-gateway-endpoint', 'pattern3-interface-endpoint']
// A subnet's verdicts: internet egress, and per service the access kind and whether it is private.
def verdicts = { report ->
    report.subnets.collectEntries { s ->
        [(s.stack + '/' + s.logicalId): [internet: s.internet.egress,
                                         services: s.services.collectEntries { k, v -> [(k): [v.access, v.private]] }]]
    }
}

// refresh-endpoint-services against moto's EC2: a well-formed catalog, complete for us-east-1, AWS-owned services only.
def catalog = json('target/endpoint-services.json')
assert catalog.formatVersion == 1
assert catalog.catalogVersion ==~ /describe-\d{4}-\d{2}-\d{2}/
assert catalog.sources.keySet() == ['EC2:us-east-1'] as Set
assert catalog.regions.keySet() == ['us-east-1'] as Set
def east = catalog.regions['us-east-1']
assert east.complete == true
assert east.Gateway.available == ['dynamodb', 's3']
assert east.Interface.available.containsAll(['s3', 'ssm', 'ec2', 'sts', 'ecr.api', 'ecr.dkr'])
assert east.Interface.available.size() > 100
assert catalog.services.s3.types == ['Gateway', 'Interface']
assert catalog.services.every { name, s -> s.sources == ['EC2:us-east-1'] && !s.types.isEmpty() }
assert log.contains('airgap: wrote ' + new File(basedir, 'target/endpoint-services.json').path)

// The local analysis used that file: pattern 3's S3 interface endpoint is available on moto's word.
def local = json('target/local/airgap.json')
def s3Availability = local.availability.find { it.service == 's3' && it.type == 'Interface' }
assert s3Availability.region == 'us-east-1'
assert s3Availability.availability == 'AVAILABLE'
assert s3Availability.source.startsWith('EC2:us-east-1 ')

// Every template of the IT, analysed locally.
assert local.stacks*.name == stackNames
assert verdicts(local).keySet() == ['PublicOnlyStack/VpcPublicSubnet1Subnet5C2D37C4',
        'PublicOnlyStack/VpcPublicSubnet2Subnet691E08A3',
        'managed-nat/PrivateSubnet0', 'managed-nat/PrivateSubnet1', 'managed-nat/PublicSubnet0',
        'managed-nat/PublicSubnet1',
        'nested-network/Network/VpcIsolatedSubnet1SubnetE48C5737',
        'nested-network/Network/VpcIsolatedSubnet2Subnet16364B91',
        'nested-network/Network/VpcPublicSubnet1Subnet5C2D37C4',
        'nested-network/Network/VpcPublicSubnet2Subnet691E08A3',
        'pattern1-internet-gateway/PublicSubnet', 'pattern2-gateway-endpoint/PrivateSubnet',
        'pattern3-interface-endpoint/PrivateSubnet'] as Set
assert verdicts(local)['managed-nat/PrivateSubnet0'].services.s3 == ['NAT_GATEWAY', false]
assert verdicts(local)['pattern1-internet-gateway/PublicSubnet'].services.s3 == ['INTERNET_GATEWAY', false]
assert verdicts(local)['pattern2-gateway-endpoint/PrivateSubnet'].services.s3 == ['GATEWAY_ENDPOINT', true]
assert verdicts(local)['pattern3-interface-endpoint/PrivateSubnet'].services.s3 == ['INTERFACE_ENDPOINT', true]

// The log of one execution of the build, from its header to the next one.
def execution = { String id ->
    def lines = log.readLines()
    int from = lines.findIndexOf { it.contains(":check (${id}) @ ") }
    assert from >= 0 : "no execution ${id}"
    int to = lines.findIndexOf(from + 1) { it.startsWith('[INFO] --- ') }
    lines.subList(from, to < 0 ? lines.size() : to)
}
def compareLines = { String id -> execution(id).findAll { it.contains('airgap: compare') } }

// The same stacks read back from moto (the nested stack followed, one stack named by its ARN): the verdicts of the
// local templates; after the update, pattern 2 with the verdicts of the template it was updated to.
def deployedBefore = json('target/deployed-before-update/airgap.json')
def deployedAfter = json('target/deployed-after-update/airgap.json')
[deployedBefore, deployedAfter].each { deployed ->
    assert deployed.stacks*.name == stackNames
    assert deployed.stacks.every { it.file.startsWith('deployed:us-east-1/') && it.region == 'us-east-1' }
    assert deployed.stacks.find { it.name == 'nested-network/Network' }.file ==~
            /deployed:us-east-1\/nested-network-Network-\w+/
}
assert verdicts(deployedBefore) == verdicts(local)
def updated = verdicts(json('target/local-updated/airgap.json'))
assert updated['pattern2-gateway-endpoint/PrivateSubnet'].services.s3 == ['NONE', false]
assert verdicts(deployedAfter) == verdicts(local) + updated
assert execution('deployed-before-update').any {
    it.startsWith('[WARNING] airgap: deployed stack PublicOnlyStack is CREATE_IN_PROGRESS')
}

// compare mode: nothing differs before the update; after it, the updated stack differs in the one verdict the
// update changed.
assert compareLines('compare-before-update') == ['[WARNING] airgap: compare: the deployed and the local templates of '
        + 'PublicOnlyStack, managed-nat, nested-network, pattern1-internet-gateway, pattern2-gateway-endpoint, '
        + 'pattern3-interface-endpoint give the same verdicts']
def changed = compareLines('compare-after-update')
assert changed.size() == 1
assert changed[0].startsWith('[WARNING] airgap: compare ')
assert changed[0].endsWith(': subnet pattern2-gateway-endpoint/PrivateSubnet (us-east-1) s3: '
        + 'local GATEWAY_ENDPOINT (private), deployed NONE (not private)')
// The report of a compare run keeps the local templates.
assert json('target/compare-after-update/airgap.json').stacks*.file.every { it.startsWith('templates/') }

// A local stack imports managed-nat's exports as moto returns them (DescribeStacks outputs with ExportName): its SSM
// endpoint lands in the deployed VPC, whose subnets then reach SSM through it.
def withApp = json('target/local-app-in-deployed-vpc/airgap.json')
assert withApp.stacks*.name == ['app', 'managed-nat']
def ssm = withApp.subnets.findAll { it.stack == 'managed-nat' }
        .collectEntries { [(it.logicalId): it.services.ssm.access] }
assert ssm == [PrivateSubnet0: 'INTERFACE_ENDPOINT', PrivateSubnet1: 'INTERFACE_ENDPOINT',
               PublicSubnet0: 'INTERFACE_ENDPOINT', PublicSubnet1: 'INTERFACE_ENDPOINT']
assert !execution('local-app-in-deployed-vpc').any { it.contains('ImportValue') }

// The second invocation: a stack that does not exist in moto is named, with its region, in one line.
assert log.contains("[ERROR] Failed to execute goal dev.airgap:airgap-maven-plugin:")
assert log.contains("airgap.stacks: the deployed stack 'no-such-stack' does not exist in us-east-1")
assert !log.contains('\tat dev.airgap.')

assert !log.contains('wJalrXUtnFEMI')
return true
