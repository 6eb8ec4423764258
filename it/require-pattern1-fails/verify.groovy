import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// One block naming the requirement, the subnet (path, logical ID, stack, region), what was found, the component with
// its source line, and the fix; then the total; then the one-line failure.
assert log.contains('[ERROR] airgap: [noInternet] violated: pattern1-internet-gateway/PublicSubnet')
assert log.contains('subnet:    pattern1-internet-gateway/PublicSubnet (logical ID PublicSubnet), stack pattern1-internet-gateway, region us-west-1')
assert log.contains('found:     internet egress INTERNET_GATEWAY: PublicSubnet -> PublicRouteTable [route 0.0.0.0/0 -> gateway InternetGateway] -> InternetGateway')
assert log.contains('component: InternetGateway (src/main/cloudformation/pattern1-internet-gateway.yaml:13)')
assert log.contains('fix:       remove the route to InternetGateway from PublicRouteTable')
assert log.contains('[ERROR] airgap: 1 requirement violation (noInternet 1)')
assert log =~ /Failed to execute goal .*check .*: airgap: 1 requirement violation: \[noInternet\] pattern1-internet-gateway\/PublicSubnet in us-west-1: internet egress INTERNET_GATEWAY.*the full report is .*airgap\.json/
assert !log.contains('MojoExecutionException')

// The report is written before the build fails, with the violation in it.
def report = new JsonSlurper().parse(new File(basedir, 'target/airgap/airgap.json'))
assert report.violations.size() == 1
def v = report.violations[0]
assert v.requirement == 'noInternet'
assert v.subject == 'pattern1-internet-gateway/PublicSubnet'
assert v.message.startsWith('[noInternet] pattern1-internet-gateway/PublicSubnet in us-west-1: internet egress INTERNET_GATEWAY')
assert v.subnet == 'PublicSubnet' && v.region == 'us-west-1' && v.component == 'InternetGateway'
assert v.source == 'src/main/cloudformation/pattern1-internet-gateway.yaml:13'
assert v.unknown == false
return true
