import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// privateAccess (gateway endpoint) and allowedBuckets (policy names only test-us-west-bt) pass; on-premises does not.
assert !log.contains('[privateAccess]')
assert !log.contains('[allowedBuckets]')
assert log.contains('[ERROR] airgap: [onPremisesAccess] violated: pattern2-gateway-endpoint/Vpc')
assert log.contains('vpc:       pattern2-gateway-endpoint/Vpc (logical ID Vpc), stack pattern2-gateway-endpoint, region us-west-1')
assert log.contains('found:     on-premises cannot reach s3: Vpc has no connection to on-premises')
assert log.contains('Direct Connect attachment); gateway endpoint S3GatewayEndpoint serves only clients inside the VPC')
assert log.contains('component: Vpc (src/main/cloudformation/pattern2-gateway-endpoint.yaml:7)')
assert log.contains('fix:       attach a VPN gateway')
assert log.contains('[ERROR] airgap: 1 requirement violation (onPremisesAccess 1)')

def report = new JsonSlurper().parse(new File(basedir, 'target/airgap/airgap.json'))
assert report.violations*.requirement == ['onPremisesAccess']
assert report.violations[0].vpc == 'Vpc'
assert report.vpcs[0].cidrs == ['10.1.0.0/16']
assert report.vpcs[0].onPremises.cidrs == ['192.168.0.0/16']     // the requirement's <cidrs> reach the analysis
assert report.subnets[0].services.s3.access == 'GATEWAY_ENDPOINT'
assert report.subnets[0].services.s3.buckets.allowed == ['test-us-west-bt']
return true
