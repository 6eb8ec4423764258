import groovy.json.JsonSlurper

def a = new File(basedir, 'module-a/target/airgap/airgap.json')
def b = new File(basedir, 'module-b/target/airgap/airgap.json')
assert a.isFile() && b.isFile()
// Same templates, same configuration, built in parallel: byte-identical reports.
assert a.text == b.text
def report = new JsonSlurper().parse(a)
// Per region: pattern 1 breaks noInternet, privateAccess and allowedBuckets; every VPC breaks onPremisesAccess
// (only pattern 3 has an interface endpoint, and no VPN).
assert report.violations.findAll { it.requirement == 'noInternet' }*.region == ['us-west-1', 'ap-northeast-1'].sort()
assert report.violations.findAll { it.requirement == 'onPremisesAccess' }.size() == 6
assert report.violations.findAll { it.requirement == 'privateAccess' }.size() == 2

def log = new File(basedir, 'build.log').text
assert log.count('[WARNING] airgap: [noInternet] violated: pattern1-internet-gateway/PublicSubnet') == 4
assert log.contains('(failOnViolation is false: the build goes on)')
assert log.contains('BUILD SUCCESS')
return true
