import groovy.json.JsonSlurper

// What the report says before its first section: who computed it, and the links to the sections.
def intro = ~/^# airgap: private access to AWS services\n\nComputed from the CloudFormation templates before deployment by airgap [^\n]+\.\n\n\[What this change does to the network\]\(#changes\) · \[Summary\]\(#summary\)[^\n]*\n\n/

def log = new File(basedir, 'build.log').text
// Build 2: a renamed bucket changes nothing the network does; the old violation is logged, not failing.
assert log.contains('[INFO] airgap: against baseline target/baseline/airgap.json: no network change')
assert log.contains('[WARNING] airgap: 1 violation is already in the baseline target/baseline/airgap.json (failOn=new: logged, not failing the build)')
assert log.contains('[WARNING] airgap: [isolated] (noInternet) violated: Network/Vpc/IsolatedSubnet1/Subnet (IsolatedSubnet)')
assert log.contains('[INFO] airgap: no violation is new against the baseline target/baseline/airgap.json')
def md = new File(basedir, 'target/airgap/airgap.md').text
assert md =~ intro
assert md.replaceFirst(intro, '').startsWith('## What this change does to the network\n\n'
        + 'No network change: every subnet reaches the internet and each service as in the baseline '
        + 'target/baseline/airgap.json, with the same endpoints, violations and costs.\n\n')
def sarif = new JsonSlurper().parse(new File(basedir, 'target/airgap/airgap.sarif'))
assert sarif.runs[0].results.isEmpty()
def report = new JsonSlurper().parse(new File(basedir, 'target/airgap/airgap.json'))
assert report.changes.items.isEmpty() && report.violations.size() == 1

// Build 3: failOn=all (the default) fails on the same old violation.
assert log =~ /Failed to execute goal .*check .*: airgap: 1 requirement violation: \[isolated\] Network\/Vpc\/IsolatedSubnet1\/Subnet \(IsolatedSubnet\) in us-west-1: no egress route, but MapPublicIpOnLaunch is true/
assert new File(basedir, 'target/airgap-all/airgap.md').text.contains('No network change')
return true
