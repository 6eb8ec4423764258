import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('airgap: 3 stacks, 3 VPCs, 3 subnets analysed')

def report = new JsonSlurper().parse(new File(basedir, 'target/airgap/airgap.json'))
assert report.schemaVersion == 2
assert report.tool.name == 'airgap'
assert report.stacks*.name == ['pattern1-internet-gateway', 'pattern2-gateway-endpoint', 'pattern3-interface-endpoint']
assert report.stacks*.file == ['src/main/cloudformation/pattern1-internet-gateway.yaml',
                               'src/main/cloudformation/pattern2-gateway-endpoint.yaml',
                               'src/main/cloudformation/pattern3-interface-endpoint.yaml']
assert report.stacks.every { it.region == 'us-west-1' }

def s3 = { stack -> report.subnets.find { it.stack == stack }.services.s3 }
def subnet = { stack -> report.subnets.find { it.stack == stack } }

// Pattern 1: internet gateway and a public IP; not private; regional DNS name, public IPs.
assert subnet('pattern1-internet-gateway').cidr == '10.0.0.0/24'       // Fn::Cidr of the VPC block
assert subnet('pattern1-internet-gateway').az == 'us-west-1a'           // Fn::GetAZs, bundled list
assert subnet('pattern1-internet-gateway').internet.egress == 'INTERNET_GATEWAY'
assert s3('pattern1-internet-gateway').access == 'INTERNET_GATEWAY'
assert s3('pattern1-internet-gateway').private == false
assert s3('pattern1-internet-gateway').ipType == 'PUBLIC'
assert s3('pattern1-internet-gateway').dnsName == 's3.us-west-1.amazonaws.com'

// Pattern 2: gateway endpoint; private, public IPs of the prefix list, no internet egress.
assert subnet('pattern2-gateway-endpoint').internet.egress == 'NONE'
assert s3('pattern2-gateway-endpoint').access == 'GATEWAY_ENDPOINT'
assert s3('pattern2-gateway-endpoint').private == true
assert s3('pattern2-gateway-endpoint').ipType == 'PUBLIC'
assert s3('pattern2-gateway-endpoint').endpoint == 'S3GatewayEndpoint'
assert s3('pattern2-gateway-endpoint').requiresEndpointUrl == false

// Pattern 3: interface endpoint without private DNS: private IPs, the endpoint-specific name and --endpoint-url.
assert s3('pattern3-interface-endpoint').access == 'INTERFACE_ENDPOINT'
assert s3('pattern3-interface-endpoint').private == true
assert s3('pattern3-interface-endpoint').ipType == 'PRIVATE'
assert s3('pattern3-interface-endpoint').requiresEndpointUrl == true
assert s3('pattern3-interface-endpoint').dnsName.startsWith('bucket.vpce-')
assert s3('pattern3-interface-endpoint').dnsName.endsWith('.s3.us-west-1.vpce.amazonaws.com')
assert s3('pattern3-interface-endpoint').hops.size() > 1
assert s3('pattern3-interface-endpoint').endpointDnsNames.collect { it.tokenize('.')[0] } == ['bucket', 'accesspoint', 'control']

// Buckets: the instance role has AmazonS3FullAccess; the endpoint policies of patterns 2 and 3 allow only
// test-us-west-bt, so listing test-us-west-bt2 and creating test-us-west-bt6 are denied there (the article's result).
def checks = { stack -> s3(stack).buckets.checks.collectEntries { [(it.action + ' ' + it.bucket): it.decision] } }
assert s3('pattern1-internet-gateway').buckets.scope == 'ALL'
assert checks('pattern1-internet-gateway') == ['s3:ListBucket test-us-west-bt': 'ALLOW',
        's3:ListBucket test-us-west-bt2': 'ALLOW', 's3:CreateBucket test-us-west-bt6': 'ALLOW']
['pattern2-gateway-endpoint', 'pattern3-interface-endpoint'].each { stack ->
    assert s3(stack).buckets.scope == 'RESTRICTED'
    assert s3(stack).buckets.allowed == ['test-us-west-bt']
    assert s3(stack).buckets.role == 'InstanceRole'
    assert checks(stack) == ['s3:ListBucket test-us-west-bt': 'ALLOW',
            's3:ListBucket test-us-west-bt2': 'DENY', 's3:CreateBucket test-us-west-bt6': 'DENY']
    def denied = s3(stack).buckets.checks.find { it.bucket == 'test-us-west-bt2' }
    assert denied.because.any { it.startsWith('endpoint S3') }
}
assert report.vpcs.every { it.onPremises.connected == false && it.onPremises.services.s3.access == 'NONE' }
return true
