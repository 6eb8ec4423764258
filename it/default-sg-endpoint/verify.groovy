import groovy.json.JsonSlurper

// The endpoint declares no SecurityGroupIds: it is in the VPC's default group, which admits only its members.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] airgap: [privateAccess] violated: default-sg-endpoint/SubnetB')
assert !log.contains('violated: default-sg-endpoint/SubnetA')
assert log.contains('[ERROR] airgap: 1 requirement violation (privateAccess 1)')
assert log.contains('fix:       allow tcp/443 from OwnGroup (or SubnetB (10.20.2.0/24)) on Vpc.DefaultSecurityGroup')

def report = new JsonSlurper().parse(new File(basedir, 'target/airgap/airgap.json'))
def a = report.subnets.find { it.logicalId == 'SubnetA' }.services.ssm
def b = report.subnets.find { it.logicalId == 'SubnetB' }.services.ssm
// InstanceA declares no group: it is a member of the default group, so the default group's self rule admits it.
assert a.access == 'INTERFACE_ENDPOINT' && a.private == true
assert a.securityGroups == ['Vpc.DefaultSecurityGroup']
// InstanceB's own group is no member: the default group has no ingress rule for it.
assert b.access == 'NONE' && b.private == false
assert b.codes == ['ENI_SG_RULES_MISMATCH']
assert b.reason.contains('Vpc.DefaultSecurityGroup: no ingress rule allows tcp/443 from SubnetB')
return true
