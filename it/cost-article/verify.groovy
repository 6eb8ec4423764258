import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// The console table: one endpoint, 3 AZs, 6.3 JPY an hour, 4,536 JPY a month; 100 GB at 1.5 JPY/GB = 150 JPY.
assert log.contains('Monthly cost in JPY (720 h a month, 150 JPY per USD')
assert log =~ /S3InterfaceStack\/VpcS3Interface4E637BD6\s+interface endpoint s3\s+3\s+6\.3\s+4,536/
assert log =~ /data processing\s+100 GB\s+150/
assert log =~ /total\s+4,686/
assert log.contains('a gateway endpoint for s3 is free and would save')

def costs = new JsonSlurper().parse(new File(basedir, 'target/airgap/airgap.json')).costs
assert costs.currency == 'JPY'
assert costs.hoursPerMonth == 720
def tokyo = costs.regions.find { it.region == 'ap-northeast-1' }
assert tokyo.interfaceEndpoints.size() == 1
assert tokyo.interfaceEndpoints[0].azs == 3
assert tokyo.interfaceEndpoints[0].hourlyRatePerAz == 2.1
assert tokyo.interfaceEndpoints[0].monthly == 4536
assert tokyo.dataProcessing.gbPerMonth == 100
assert tokyo.monthlyTotal == 4686
assert costs.recommendations.any { it.kind == 'GATEWAY_ENDPOINT_INSTEAD_OF_INTERFACE' }
return true
