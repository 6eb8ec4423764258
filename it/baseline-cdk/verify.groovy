import groovy.json.JsonSlurper

// What the report says before its first section: who computed it, and the links to the sections.
def intro = ~/^# airgap: private access to AWS services\n\nComputed from the CloudFormation templates before deployment by airgap [^\n]+\.\n\n\[What this change does to the network\]\(#changes\) · \[Summary\]\(#summary\)[^\n]*\n\n/

// Build 2 changed one construct, the S3 gateway endpoint's policy: the change is exactly that, on both isolated
// subnets, and the allowedBuckets violations it causes are new and fail the build (failOn=new).
def report = new JsonSlurper().parse(new File(basedir, 'target/airgap/airgap.json'))
def items = report.changes.items
assert items*.kind == ['bucketScope', 'bucketScope', 'violation', 'violation']
assert items.every { it.effect == 'REGRESSION' }
assert items[0..1]*.path == ['NetworkStack/Vpc/IsolatedSubnet1/Subnet', 'NetworkStack/Vpc/IsolatedSubnet2/Subnet']
items[0..1].each {
    assert it.service == 's3'
    assert it.before == 'RESTRICTED to airgap-example-artifacts'
    assert it.after == 'RESTRICTED to airgap-example-artifacts, airgap-example-logs'
}
assert report.changes.improvements == 0 && report.changes.others == 0

def md = new File(basedir, 'target/airgap/airgap.md').text
assert md =~ intro
assert md.replaceFirst(intro, '').startsWith('## What this change does to the network\n\n'
        + 'Compared with the baseline target/baseline/airgap.json: 4 regression(s), 0 improvement(s), 0 other change(s).\n\n'
        + '### Regressions\n\n'
        + '- NetworkStack/Vpc/IsolatedSubnet1/Subnet (VpcIsolatedSubnet1SubnetE48C5737) in ap-northeast-1: s3 bucket scope widened: '
        + 'RESTRICTED to airgap-example-artifacts → RESTRICTED to airgap-example-artifacts, airgap-example-logs\n')

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] airgap: 1 requirement met')   // build 1, the baseline
assert log =~ /Failed to execute goal .*check .*: airgap: new against the baseline target\/baseline\/airgap\.json: 2 requirement violations: \[allowedBuckets\] NetworkStack\/Vpc\/IsolatedSubnet1\/Subnet/
return true
