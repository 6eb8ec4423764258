import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// Run 1: the untrusted custom resource makes the subnet's egress UNKNOWN, naming itself, what it was handed and the fix.
assert log.contains('[ERROR] airgap: [no-internet-anywhere] (noInternet) UNKNOWN: custom-routes/PrivateSubnet')
assert log.contains('TagRouteTables (Custom::TagRouteTables, ')
assert log.contains('is handed PrivateRouteTable')
assert log.contains('declare it in <trustedResources>')
// Run 2: trusted, the check passes and the waiver is logged with its reason.
assert log.contains('[INFO] airgap: trusting TagRouteTables (Custom::TagRouteTables, handed PrivateRouteTable) not to '
        + 'change routing or filtering: only tags the route tables, reviewed in PR 42')
def report = new JsonSlurper().parse(new File(basedir, 'target/airgap/airgap.json'))
assert report.trustedResources.size() == 1
assert report.trustedResources[0].logicalId == 'TagRouteTables'
assert report.trustedResources[0].reason == 'only tags the route tables, reviewed in PR 42'
def subnet = report.subnets.find { it.logicalId == 'PrivateSubnet' }
assert subnet.internet.egress == 'NONE'
return true
