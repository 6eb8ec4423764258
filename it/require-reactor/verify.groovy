import groovy.json.JsonSlurper

// Same templates, same configuration, built with -T 1 and with -T 4: byte-identical reports in every format.
['airgap.json', 'airgap.sarif', 'airgap.md'].each { name ->
    def files = ['module-a', 'module-b'].collectMany { m -> ['t1', 't4'].collect { t ->
        new File(basedir, "$m/target/airgap-$t/$name") } }
    files.each { assert it.isFile() : "$it written" }
    files.each { assert it.bytes == files[0].bytes : "$it is byte-identical to ${files[0]}" }
}
def a = new File(basedir, 'module-a/target/airgap-t4/airgap.json')
def report = new JsonSlurper().parse(a)
// Per region: pattern 1 breaks noInternet, privateAccess and allowedBuckets; every VPC breaks onPremisesAccess
// (only pattern 3 has an interface endpoint, and no VPN).
assert report.violations.findAll { it.requirement == 'noInternet' }*.region == ['us-west-1', 'ap-northeast-1'].sort()
assert report.violations.findAll { it.requirement == 'onPremisesAccess' }.size() == 6
assert report.violations.findAll { it.requirement == 'privateAccess' }.size() == 2

def log = new File(basedir, 'build.log').text
assert log.count('[WARNING] airgap: [noInternet] violated: pattern1-internet-gateway/PublicSubnet') == 8
assert log.contains('(failOnViolation is false: the build goes on)')
assert log.contains('BUILD SUCCESS')
return true
