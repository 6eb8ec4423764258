import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// 0.014 USD/h x 3 AZs x 720 h = 30.24 USD, + 100 GB x 0.01 USD = 31.24 USD = 4,686 JPY at 150 JPY per USD.
assert log.contains('[ERROR] airgap: [endpoint-budget] (maxMonthlyCost) violated: region ap-northeast-1')
assert log.contains('found:     estimated monthly total 4686 JPY exceeds 4000 JPY (1 interface endpoint, 0 NAT gateways)')
assert log.contains('component: VpcS3Interface4E637BD6 (cdk.out/S3InterfaceStack.template.json:198)')
assert log.contains('fix:       the largest line is interface endpoint VpcS3Interface4E637BD6 (s3, 3 AZs, 4536 JPY/month)')
assert log.contains('[INFO] airgap: [availableInRegions] waived for s3 in ap-northeast-1')
assert log =~ /Failed to execute goal .*: airgap: 1 requirement violation: \[endpoint-budget\] region ap-northeast-1: estimated monthly total 4686 JPY exceeds 4000 JPY/

def report = new JsonSlurper().parse(new File(basedir, 'target/airgap/airgap.json'))
assert report.costs.currency == 'USD'
assert report.violations*.requirement == ['endpoint-budget']
assert report.violations[0].kind == 'maxMonthlyCost'
assert report.violations[0].region == 'ap-northeast-1'
return true
