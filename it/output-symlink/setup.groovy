import java.nio.file.Files

// Canaries outside target, and links to them where check writes its reports.
def canaries = new File(basedir, 'canaries')
canaries.mkdirs()
def out = new File(basedir, 'target/airgap')
out.mkdirs()
['airgap.md', 'airgap.json'].each { name ->
    def canary = new File(canaries, name + '.canary')
    canary.text = "canary for ${name}: must not change\n"
    def link = new File(out, name).toPath()
    Files.deleteIfExists(link)
    Files.createSymbolicLink(link, canary.toPath().toAbsolutePath())
    assert Files.isSymbolicLink(link)
}
return true
