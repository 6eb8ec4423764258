import groovy.json.JsonSlurper

// What the report says before its first section: who computed it, and the links to the sections.
def intro = ~/^# airgap: private access to AWS services\n\nComputed from the CloudFormation templates before deployment by airgap [^\n]+\.\n\n\[What this change does to the network\]\(#changes\) · \[Summary\]\(#summary\)[^\n]*\n\n/

def log = new File(basedir, 'build.log').text
// The pull request's build: the change summary in the log, the new violation as the failure line.
assert log.contains('[INFO] airgap: against baseline target/baseline/airgap.json: 2 regression(s), 1 improvement(s), 0 other change(s)')
assert log.contains('[INFO] airgap: regression: Network/Vpc/IsolatedSubnet1/Subnet (IsolatedSubnet) in us-west-1: internet egress opened: NONE → INTERNET_GATEWAY')
assert log =~ /Failed to execute goal .*check .*: airgap: new against the baseline target\/baseline\/airgap\.json: 1 requirement violation: \[isolated\] Network\/Vpc\/IsolatedSubnet1\/Subnet \(IsolatedSubnet\) in us-west-1: internet egress INTERNET_GATEWAY/
assert !log.contains('MojoExecutionException')

// airgap.md opens with the change, regressions first: the text a pull-request comment shows.
def md = new File(basedir, 'target/airgap/airgap.md').text
assert md =~ intro
assert md.replaceFirst(intro, '').startsWith('## What this change does to the network\n\n'
        + 'Compared with the baseline target/baseline/airgap.json: 2 regression(s), 1 improvement(s), 0 other change(s).\n\n'
        + '### Regressions\n\n'
        + '- Network/Vpc/IsolatedSubnet1/Subnet (IsolatedSubnet) in us-west-1: internet egress opened: NONE → INTERNET\\_GATEWAY\n'
        + '- new violation: \\[isolated\\] Network/Vpc/IsolatedSubnet1/Subnet (IsolatedSubnet) in us-west-1: internet egress INTERNET\\_GATEWAY')
assert md.indexOf('### Improvements') > md.indexOf('### Regressions')

def report = new JsonSlurper().parse(new File(basedir, 'target/airgap/airgap.json'))
assert report.changes.baseline == 'target/baseline/airgap.json'
assert report.changes.items[0].kind == 'internet' && report.changes.items[0].effect == 'REGRESSION'
assert report.changes.items[0].before == 'NONE' && report.changes.items[0].after == 'INTERNET_GATEWAY'
// SARIF: only the violation that is new against the baseline.
def sarif = new JsonSlurper().parse(new File(basedir, 'target/airgap/airgap.sarif'))
assert sarif.runs[0].results.size() == 1
// The baseline build itself carries no changes key: without a baseline the report is as before.
def base = new JsonSlurper().parse(new File(basedir, 'target/baseline/airgap.json'))
assert !base.containsKey('changes')
return true
