import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// Build 2: a renamed bucket changes nothing the network does; the old violation is logged, not failing.
assert log.contains('[INFO] airgap: against baseline target/baseline/airgap.json: no network change')
assert log.contains('[WARNING] airgap: 1 violation is already in the baseline target/baseline/airgap.json (failOn=new: logged, not failing the build)')
assert log.contains('[WARNING] airgap: [isolated] (noInternet) violated: Network/Vpc/IsolatedSubnet1/Subnet (IsolatedSubnet)')
assert log.contains('[INFO] airgap: no violation is new against the baseline target/baseline/airgap.json')
def md = new File(basedir, 'target/airgap/airgap.md').text
assert md.startsWith('# airgap: private access to AWS services\n\n## What this change does to the network\n\n'
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
