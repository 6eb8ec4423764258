def log = new File(basedir, 'build.log').text
// Both sides analysed here: the change and the new violation, as check with a baseline would say them.
assert log =~ /\[INFO\] airgap: against baseline src\/base: 2 regression\(s\), 1 improvement\(s\), 0 other change\(s\)/
assert log.contains('[INFO] airgap: regression: Network/Vpc/IsolatedSubnet1/Subnet (IsolatedSubnet) in us-west-1: internet egress opened: NONE → INTERNET_GATEWAY')
assert log.contains('[INFO] airgap: regression: new violation: [isolated] Network/Vpc/IsolatedSubnet1/Subnet (IsolatedSubnet) in us-west-1: internet egress INTERNET_GATEWAY')
assert log.contains('BUILD SUCCESS')
def md = new File(basedir, 'target/airgap/airgap-diff.md').text
assert md.startsWith('# airgap: private access to AWS services\n\n## What this change does to the network\n\n'
        + 'Compared with the baseline src/base: 2 regression(s), 1 improvement(s), 0 other change(s).\n\n### Regressions\n\n')
// A diff writes only its own file: no report of either side.
assert !new File(basedir, 'target/airgap/airgap.json').exists()
return true
