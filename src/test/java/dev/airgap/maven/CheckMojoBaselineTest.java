package dev.airgap.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} with a {@code <baseline>}: the Markdown opens with the change, SARIF lists only new violations,
 * {@code failOn=new} fails on new violations only; and {@code diff} on two files says the same.
 */
class CheckMojoBaselineTest {

    private static final Path FIXTURES = Path.of("src/test/resources/change");

    /** What the report says before its first section: who computed it, and the links to the sections. */
    private static final String INTRO = "Computed from the CloudFormation templates before deployment by airgap "
            + dev.airgap.Version.get() + ".\n\n[What this change does to the network](#changes) · [Summary](#summary) · "
            + "[Subnets and services](#subnets) · [Requirements](#requirements) · [Violations](#violations) · "
            + "[Costs per region](#costs)\n\n";

    @TempDir
    Path basedir;

    private final List<String> warnings = new ArrayList<>();

    /** Builds the fixture folder as the project's templates and returns the check goal, noInternet on every subnet. */
    private CheckMojo build(String fixture) throws IOException {
        Path templates = Files.createDirectories(basedir.resolve("src/main/cloudformation"));
        Files.copy(FIXTURES.resolve(fixture).resolve("network.yaml"), templates.resolve("network.yaml"),
                StandardCopyOption.REPLACE_EXISTING);
        CheckMojo mojo = new CheckMojo();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void warn(CharSequence content) {
                warnings.add(content.toString());
            }
        });
        mojo.basedir = basedir.toFile();
        mojo.templates = List.of("src/main/cloudformation");
        mojo.regions = List.of("us-west-1");
        mojo.formats = List.of("json", "sarif", "md");
        mojo.outputDirectory = basedir.resolve("target/airgap").toFile();
        mojo.failOnViolation = true;
        mojo.failOn = "all";
        mojo.currency = "USD";
        mojo.hoursPerMonth = "730";
        NoInternet isolated = new NoInternet();
        isolated.id = "isolated";
        isolated.subnets = "*";
        mojo.requirements = List.of(isolated);
        return mojo;
    }

    private Path out(String name) {
        return basedir.resolve("target/airgap").resolve(name);
    }

    /** The base fixture's airgap.json (its one violation: the subnet maps public IPs), saved as the baseline. */
    @BeforeEach
    void baseline() throws Exception {
        CheckMojo base = build("base");
        base.failOnViolation = false;
        base.execute();
        Files.createDirectories(basedir.resolve("baseline"));
        Files.move(out("airgap.json"), basedir.resolve("baseline/airgap.json"));
        warnings.clear();
    }

    @Test
    void anInternetGatewayRouteIsTheRegressionAtTheTopAndFailsWithFailOnNew() throws Exception {
        CheckMojo mojo = build("igw");
        mojo.baseline = basedir.resolve("baseline/airgap.json").toFile();
        mojo.failOn = "new";

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("airgap: new against the baseline baseline/airgap.json: 1 requirement "
                        + "violation: [isolated] Network/Vpc/IsolatedSubnet1/Subnet (IsolatedSubnet) in us-west-1: "
                        + "internet egress INTERNET_GATEWAY");

        String md = Files.readString(out("airgap.md"));
        assertThat(md).startsWith("# airgap: private access to AWS services\n\n" + INTRO
                + "## What this change does to the network\n\n"
                + "Compared with the baseline baseline/airgap.json: 2 regression(s), 1 improvement(s), 0 other "
                + "change(s).\n\n### Regressions\n\n"
                + "- Network/Vpc/IsolatedSubnet1/Subnet (IsolatedSubnet) in us-west-1: internet egress opened: NONE → "
                + "INTERNET\\_GATEWAY\n");
        JsonNode json = new ObjectMapper().readTree(out("airgap.json").toFile());
        assertThat(json.path("changes").path("regressions").asInt()).isEqualTo(2);
        assertThat(json.path("changes").path("items").get(0).path("kind").asText()).isEqualTo("internet");
        // Both violations stay in airgap.json; SARIF shows only the new one.
        assertThat(json.path("violations")).hasSize(1);
        JsonNode sarif = new ObjectMapper().readTree(out("airgap.sarif").toFile());
        assertThat(sarif.path("runs").get(0).path("results")).hasSize(1);
    }

    @Test
    void anOldViolationDoesNotFailWithFailOnNewAndDoesWithAll() throws Exception {
        CheckMojo mojo = build("renamed-bucket");
        mojo.baseline = basedir.resolve("baseline/airgap.json").toFile();
        mojo.failOn = "new";
        mojo.execute();
        assertThat(warnings).anyMatch(w -> w.equals("airgap: 1 violation is already in the baseline "
                + "baseline/airgap.json (failOn=new: logged, not failing the build)"));
        assertThat(warnings).anyMatch(w -> w.startsWith("airgap: [isolated] (noInternet) violated: Network/Vpc/IsolatedSubnet1"));
        assertThat(Files.readString(out("airgap.md"))).contains("## What this change does to the network\n\n"
                + "No network change: every subnet reaches the internet and each service as in the baseline "
                + "baseline/airgap.json, with the same endpoints, violations and costs.\n\n");
        JsonNode sarif = new ObjectMapper().readTree(out("airgap.sarif").toFile());
        assertThat(sarif.path("runs").get(0).path("results")).isEmpty();

        CheckMojo all = build("renamed-bucket");
        all.baseline = basedir.resolve("baseline/airgap.json").toFile();
        assertThatThrownBy(all::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("airgap: 1 requirement violation: [isolated]");
    }

    @Test
    void failOnNewWithoutABaselineOrAnUnknownModeIsAConfigurationError() throws Exception {
        CheckMojo mojo = build("base");
        mojo.failOn = "new";
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("airgap: <failOn> new needs a <baseline>");
        mojo.failOn = "some";
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("airgap: <failOn> 'some' is neither 'all'");
    }

    @Test
    void aBaselineOfAnotherSchemaVersionIsOneLocatedLine() throws Exception {
        Path old = basedir.resolve("baseline/airgap.json");
        Files.writeString(old, Files.readString(old).replace("\"schemaVersion\" : 2", "\"schemaVersion\" : 3"));
        CheckMojo mojo = build("base");
        mojo.baseline = old.toFile();
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("airgap: baseline baseline/airgap.json:2:21: has schemaVersion 3; this "
                        + "airgap reads schema versions 1 to 2").hasNoCause();
    }

    @Test
    void diffComparesTwoFilesAndWritesTheSection() throws Exception {
        CheckMojo igw = build("igw");
        igw.failOnViolation = false;
        igw.execute();
        DiffMojo diff = new DiffMojo();
        diff.basedir = basedir.toFile();
        diff.baseline = basedir.resolve("baseline/airgap.json").toFile();
        diff.current = out("airgap.json").toFile();
        diff.outputDirectory = basedir.resolve("target/diff").toFile();
        diff.execute();
        String md = Files.readString(basedir.resolve("target/diff/airgap-diff.md"));
        assertThat(md).startsWith("# airgap: private access to AWS services\n\n## What this change does to the "
                + "network\n\nCompared with the baseline baseline/airgap.json: 2 regression(s)");
        assertThat(md).contains("- Network/Vpc/IsolatedSubnet1/Subnet (IsolatedSubnet) in us-west-1: internet egress "
                + "opened: NONE → INTERNET\\_GATEWAY\n");
    }

    @Test
    void diffAnalysesTemplatesGivenInsteadOfReportsAndSaysTheSameAsTheReports() throws Exception {
        CheckMojo igw = build("igw");
        igw.failOnViolation = false;
        igw.execute();
        DiffMojo reports = diff(basedir.resolve("baseline/airgap.json"), out("airgap.json"), "target/reports");
        reports.execute();
        DiffMojo templates = diff(FIXTURES.resolve("base/network.yaml").toAbsolutePath(),
                FIXTURES.resolve("igw").toAbsolutePath(), "target/templates");
        NoInternet isolated = new NoInternet();
        isolated.id = "isolated";
        isolated.subnets = "*";
        templates.requirements = List.of(isolated);
        templates.execute();
        String fromReports = Files.readString(basedir.resolve("target/reports/airgap-diff.md"));
        String fromTemplates = Files.readString(basedir.resolve("target/templates/airgap-diff.md"));
        // Only the baseline's name differs: the template file instead of the report.
        assertThat(fromTemplates).isEqualTo(fromReports.replace("baseline/airgap.json",
                FIXTURES.resolve("base/network.yaml").toAbsolutePath().toString()));
        assertThat(fromTemplates).contains("2 regression(s)").contains("new violation: \\[isolated\\]");
    }

    @Test
    void aJsonTemplateIsTemplatesAndAJsonReportIsAReport() throws Exception {
        Path template = Files.writeString(basedir.resolve("t.json"), "{\"Description\": \"x\", \"Resources\": {}}");
        Path misnamed = Files.writeString(basedir.resolve("r.json"), "{\"schemaVersion\": 2}");
        Path broken = Files.writeString(basedir.resolve("b.json"), "{\"schemaVersion\": ");
        assertThat(dev.airgap.change.SnapshotReader.isReport(template)).isFalse();
        assertThat(dev.airgap.change.SnapshotReader.isReport(basedir)).isFalse();
        assertThat(dev.airgap.change.SnapshotReader.isReport(misnamed)).isTrue();
        assertThat(dev.airgap.change.SnapshotReader.isReport(broken)).isTrue();
        assertThat(dev.airgap.change.SnapshotReader.isReport(basedir.resolve("missing.json"))).isTrue();
        assertThat(dev.airgap.change.SnapshotReader.isReport(FIXTURES.resolve("base/network.yaml"))).isFalse();
    }

    private DiffMojo diff(Path was, Path now, String output) {
        DiffMojo diff = new DiffMojo();
        diff.basedir = basedir.toFile();
        diff.baseline = was.toFile();
        diff.current = now.toFile();
        diff.outputDirectory = basedir.resolve(output).toFile();
        diff.regions = List.of("us-west-1");
        diff.currency = "USD";
        diff.hoursPerMonth = "730";
        return diff;
    }
}
