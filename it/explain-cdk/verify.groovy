import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def report = new JsonSlurper().parse(new File(basedir, 'target/airgap/airgap.json'))

// check: the construct paths come from the assembly, the stack keeps its environment.
assert report.stacks*.name == ['S3InterfaceStack']
assert report.stacks[0].region == 'ap-northeast-1'
assert report.subnets.size() == 3
report.subnets.each {
    assert it.path.startsWith('S3InterfaceStack/Vpc/IsolatedSubnet')
    assert it.services.s3.access == 'INTERFACE_ENDPOINT'
    assert it.services.s3.requiresEndpointUrl == true
    assert it.internet.egress == 'NONE'
}
assert report.subnets*.az == ['ap-northeast-1a', 'ap-northeast-1c', 'ap-northeast-1d']

// explain: one subnet, hop by hop, with the endpoint URL the CLI needs.
assert log.contains('Subnet VpcIsolatedSubnet1SubnetE48C5737 (S3InterfaceStack/Vpc/IsolatedSubnet1/Subnet)')
assert !log.contains('Subnet VpcIsolatedSubnet2Subnet16364B91 (')
assert log.contains('s3: INTERFACE_ENDPOINT (private, private IPs, endpoint VpcS3Interface4E637BD6)')
assert log.contains('use --endpoint-url https://bucket.vpce-')
assert log =~ /ingress allowed: EndpointSg\w+ ingress tcp\/443 security group InstanceSg\w+/

// explain with a selector that matches nothing fails and lists what exists.
assert log.contains("No subnet matches 'NoSuchSubnet*'")
assert log.contains('airgap: no subnet matches -Dairgap.subnet=NoSuchSubnet*')
return true
