def log = new File(basedir, 'build.log').text
['airgap:check', 'airgap:explain', 'airgap:help', 'airgap:diff'].each { assert log.contains(it) : "help lists $it" }
['airgap.templates', 'airgap.regions', 'airgap.parameters', 'airgap.availabilityZones', 'airgap.services',
 'airgap.outputDirectory', 'airgap.formats', 'airgap.failOnViolation', 'airgap.skip',
 'airgap.subnet', 'airgap.service', 'airgap.baseline', 'airgap.failOn', 'airgap.current'].each { assert log.contains("User property: $it") : "help documents $it" }
return true
