import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] airgap: [noInternet] (selector) violated: <subnets>PrivateSubnt</subnets>")
assert log.contains("found:     selector 'PrivateSubnt' matches no subnet (analysed: pattern1-internet-gateway/PublicSubnet)")
assert log.contains('fix:       correct the selector')
assert log =~ /Failed to execute goal .*: airgap: 1 requirement violation: \[noInternet\] <subnets>PrivateSubnt<\/subnets>/
def report = new JsonSlurper().parse(new File(basedir, 'target/airgap/airgap.json'))
assert report.violations*.kind == ['selector']
return true
