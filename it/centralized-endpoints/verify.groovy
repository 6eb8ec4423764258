import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('violated')

def report = new JsonSlurper().parse(new File(basedir, 'target/airgap/airgap.json'))
def spoke = report.subnets.find { it.logicalId == 'SpokeSubnet' }.services.ssm
// The private zone answers the spoke's ssm name with the hub endpoint's IPs; the path crosses the transit gateway.
assert spoke.access == 'INTERFACE_ENDPOINT' && spoke.private == true
assert spoke.codes.contains('PRIVATE_HOSTED_ZONE_ANSWER')
assert spoke.reason.contains('private hosted zone SsmZone (ssm.us-west-2.amazonaws.com)')
def hops = spoke.hops.collect { it.component }
assert hops.containsAll(['SsmZone', 'Tgw', 'HubAttach', 'SpokeAttach', 'Ssm'])
assert hops.indexOf('SsmZone') < hops.indexOf('Tgw') && hops.indexOf('Tgw') < hops.indexOf('Ssm')

// The real spoke: its names go to a resolver rule the templates do not give.
['rSubnet1', 'rSubnet2', 'rSubnet3'].each { id ->
    def ssm = report.subnets.find { it.logicalId == id }.services.ssm
    assert ssm.access == 'UNKNOWN'
    assert ssm.reason.contains('resolver rule association rAWSApiResolverRuleAssociation')
}
return true
