def log = new File(basedir, 'build.log').text
assert log.contains('airgap: src/main/cloudformation/network.yaml:4:1: YAML syntax error')
assert log.contains('indent with spaces')
// Every unreadable template at once, each in a block of its own, then the failure saying how many.
assert log.contains('[ERROR] airgap: src/main/cloudformation/truncated.json:2:1: the file ends in the middle of a value')
assert log.contains('[ERROR] airgap: src/main/cloudformation/network.yaml:4:1: YAML syntax error')
assert log.contains('airgap: 2 inputs cannot be read: src/main/cloudformation/network.yaml:4:1, '
        + 'src/main/cloudformation/truncated.json:2:1 (each is listed above)')
// One clear line, not a stack trace (Maven prints those only with -e/-X).
assert !log.contains('at dev.airgap.')
assert !log.contains('Caused by')
return true
