def log = new File(basedir, 'build.log').text
assert log.contains("airgap: cdk.out/manifest.json:8:25: the templateFile '../../../../../../../../etc/passwd' of "
        + "artifact 'Net' leads outside cdk.out")
// Nothing of the file it names reaches the log, and the failure is one line, not a stack trace.
assert !log.contains('root:x:0:0')
assert !log.contains('/bin/bash') && !log.contains('nologin')
assert !log.contains('\tat dev.airgap') && !log.contains('at dev.airgap.')
assert !log.contains('Caused by')
return true
