import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] airgap: 1 requirement met')
assert !log.contains('[ERROR]')
def report = new JsonSlurper().parse(new File(basedir, 'target/airgap/airgap.json'))
assert report.subnets[0].internet.egress == 'NONE'
assert report.violations == []
return true
