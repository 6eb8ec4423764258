import java.util.concurrent.TimeUnit
import javax.imageio.ImageIO

def log = new File(basedir, 'build.log').text
assert !log.contains('[ERROR]')
assert !log.contains('[WARNING]') : 'the site build should be clean'

def page = new File(basedir, 'target/site/airgap.html')
assert page.isFile()
def html = page.getText('UTF-8')
assert html.contains('airgap: private access to AWS services')
// sections and the links to them
['summary', 'diagrams', 'subnets', 'requirements', 'violations', 'costs'].each { id ->
    assert html.contains("href=\"#${id}\"") : "link to #${id}"
    assert html =~ /(id|name)="${id}"/ : "anchor ${id}"
}
// the comparison table, one row per subnet and service
assert html.contains('pattern1-internet-gateway/PublicSubnet')
assert html.contains('Gateway endpoint')
assert html.contains('Interface endpoint')
// one inline SVG per VPC, each also written beside the page and linked
def svgs = (html =~ /<svg [^>]*class="airgap-diagram"/).count
assert svgs == 3
def links = (html =~ /href="(airgap\/[^"]+\.svg)"/).collect { it[1] }
assert links.size() == 3
links.each { href ->
    def f = new File(basedir, 'target/site/' + href)
    assert f.isFile() : href
    def xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(f)   // well-formed
    assert xml.documentElement.tagName == 'svg'
}
// requirements and violations: pattern 1's public subnet breaks both, with its hop-by-hop path and fix
assert html.contains('isolated') && html.contains('private-s3')
assert html =~ /\[isolated\] pattern1-internet-gateway\/PublicSubnet/
assert html =~ /\[private-s3\] pattern1-internet-gateway\/PublicSubnet/
assert html.contains('Path, hop by hop')
assert html.contains('InternetGateway')
assert html.contains('href="#violations"')
// the site lists it under Project Reports
def reports = new File(basedir, 'target/site/project-reports.html')
assert reports.isFile() && reports.getText('UTF-8').contains('airgap.html')

// Headless Chromium opens the page: no script errors, and the diagram is drawn (its colours are on screen).
def chromium = ['chromium', 'chromium-browser', 'google-chrome'].collect { name ->
    System.getenv('PATH').split(File.pathSeparator).collect { new File(it, name) }.find { it.canExecute() }
}.find { it != null }
if (chromium == null) {
    assert System.getenv('CI') != 'true' : 'CI must have chromium (.ci/run installs it)'
    println 'site-report: chromium not installed, screenshot skipped'
    return true
}
def profile = File.createTempDir('airgap-chromium', '')
def shot = new File(basedir, 'target/airgap-report.png')
def cmd = [chromium.path, '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync',
           "--user-data-dir=${profile.path}", '--hide-scrollbars', '--enable-logging=stderr', '--v=0',
           '--window-size=1400,2000', "--screenshot=${shot.path}",
           page.toURI().toString()]
def process = new ProcessBuilder(cmd.collect { it.toString() }).redirectErrorStream(true).start()
def output = new StringBuilder()
def reader = Thread.start { output << process.inputStream.getText('UTF-8') }
assert process.waitFor(120, TimeUnit.SECONDS) : 'chromium did not finish in 120 s'
reader.join()
profile.deleteDir()
new File(basedir, 'target/chromium.log').text = output.toString()
def consoleErrors = output.readLines().findAll { it.contains('CONSOLE') && (it.contains('Uncaught') || it.contains('Error')) }
assert consoleErrors.isEmpty() : "script errors on the page: ${consoleErrors}"
assert process.exitValue() == 0 : "chromium failed: ${output}"
assert shot.isFile() && shot.length() > 10000 : 'no screenshot'
def image = ImageIO.read(shot)
def colours = ['1a7f37', 'cf222e', '0969da'].collectEntries { [(it): 0] }
for (int x = 0; x < image.width; x += 2) {
    for (int y = 0; y < image.height; y += 2) {
        def rgb = String.format('%06x', image.getRGB(x, y) & 0xffffff)
        if (colours.containsKey(rgb)) {
            colours[rgb]++
        }
    }
}
println "site-report: screenshot ${shot} (${image.width}x${image.height}), diagram colour pixels ${colours}"
colours.each { c, n -> assert n > 20 : "the diagram's colour #${c} is not on screen: the SVG did not render" }
true
