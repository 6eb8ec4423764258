def log = new File(basedir, 'build.log').text
assert log.contains('airgap: src/main/cloudformation/network.yaml:4:1: YAML syntax error')
assert log.contains('indent with spaces')
// One clear line, not a stack trace (Maven prints those only with -e/-X).
assert !log.contains('at dev.airgap.')
assert !log.contains('Caused by')
return true
