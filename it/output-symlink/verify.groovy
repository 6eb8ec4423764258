import java.nio.file.Files
import java.nio.file.LinkOption

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('[ERROR]')

['airgap.md', 'airgap.json'].each { name ->
    // the file the link pointed to is untouched
    assert new File(basedir, "canaries/${name}.canary").text == "canary for ${name}: must not change\n"
    // the link itself was replaced by the report
    def report = new File(basedir, "target/airgap/${name}").toPath()
    assert !Files.isSymbolicLink(report) : "${name} is still a link"
    assert Files.isRegularFile(report, LinkOption.NOFOLLOW_LINKS)
}
def md = new File(basedir, 'target/airgap/airgap.md').getText('UTF-8')
assert md.startsWith('# airgap: private access to AWS services')
assert new File(basedir, 'target/airgap/airgap.json').getText('UTF-8').contains('"schemaVersion" : 2')
// no temporary file is left beside the reports
assert new File(basedir, 'target/airgap').list().findAll { it.endsWith('.tmp') }.isEmpty()
return true
