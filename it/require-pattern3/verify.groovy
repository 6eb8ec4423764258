import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] airgap: 3 requirements met')
assert !log.contains('[ERROR]')
def report = new JsonSlurper().parse(new File(basedir, 'target/airgap/airgap.json'))
assert report.violations == []
assert report.subnets[0].services.s3.access == 'INTERFACE_ENDPOINT'
assert report.vpcs[0].onPremises.connected == true
assert report.vpcs[0].onPremises.services.s3.access == 'INTERFACE_ENDPOINT'
return true
