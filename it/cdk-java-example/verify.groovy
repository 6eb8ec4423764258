import groovy.json.JsonSlurper

// package: the app synthesized the cloud assembly without the CDK CLI
def assembly = new File(basedir, 'target/cdk.out')
assert new File(assembly, 'manifest.json').isFile()
assert new File(assembly, 'PrivateNetworkStack.template.json').isFile()

// verify: airgap analysed it
def log = new File(basedir, 'build.log').text
assert log.contains('airgap: 1 stack, 1 VPC, 3 subnets analysed')
assert log.contains('internet egress: 3 NONE')
assert log.contains('s3: 3 GATEWAY_ENDPOINT')
assert log.contains('airgap: 6 requirements met')
assert log.contains('BUILD SUCCESS')

def report = new JsonSlurper().parse(new File(basedir, 'target/airgap/airgap.json'))
assert report.stacks*.name == ['PrivateNetworkStack']
assert report.stacks[0].region == 'ap-northeast-1'
assert report.subnets.size() == 3
assert report.subnets*.az == ['ap-northeast-1a', 'ap-northeast-1c', 'ap-northeast-1d']
assert report.violations == []
def onPrem = report.vpcs[0].onPremises
assert onPrem.connected == true
assert onPrem.services.s3.access == 'INTERFACE_ENDPOINT'
assert onPrem.services.s3.endpoint.startsWith('VpcS3Interface')
report.subnets.each { subnet ->
    assert subnet.path.startsWith('PrivateNetworkStack/Vpc/IsolatedSubnet')
    assert subnet.internet.egress == 'NONE'
    def s3 = subnet.services.s3
    assert s3.access == 'GATEWAY_ENDPOINT'
    assert s3.private == true
    assert s3.buckets.scope == 'RESTRICTED'
    assert s3.buckets.allowed == ['airgap-example-artifacts']
    ['ssm', 'ssmmessages', 'ec2messages'].each { svc ->
        assert subnet.services[svc].access == 'INTERFACE_ENDPOINT'
        assert subnet.services[svc].private == true
        assert subnet.services[svc].ipType == 'PRIVATE'
    }
}
// <workloadNeeds>: the instance is SSM-managed and reaches its three endpoints
def needs = report.workloadNeeds.findAll { it.type == 'AWS::EC2::Instance' && it.level == 'REQUIRED' }
assert needs*.service as Set == ['ssm', 'ssmmessages', 'ec2messages'] as Set
assert needs.every { it.reached == true && it.how.startsWith('INTERFACE_ENDPOINT') }
// site: the report page of the same analysis
def page = new File(basedir, 'target/site/airgap.html')
assert page.isFile()
assert page.text.contains('PrivateNetworkStack/Vpc/IsolatedSubnet1/Subnet')
assert page.text.contains('What each workload needs')
return true
