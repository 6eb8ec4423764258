import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// UNKNOWN fails unless allowed, and says why it is unknown and what to do.
assert log.contains('[ERROR] airgap: [no-internet-anywhere] (noInternet) UNKNOWN: unknown-route-table/PublicSubnet')
assert log.contains('found:     internet egress UNKNOWN: ')
assert log.contains('parameter PublicRouteTableId has no Default')
assert log.contains('<allowUnknown>true</allowUnknown>')
assert log.contains('[ERROR] airgap: 1 requirement violation (no-internet-anywhere 1)')
def report = new JsonSlurper().parse(new File(basedir, 'target/airgap/airgap.json'))
assert report.violations.size() == 1
assert report.violations[0].requirement == 'no-internet-anywhere'
assert report.violations[0].kind == 'noInternet'
assert report.violations[0].unknown == true
return true
