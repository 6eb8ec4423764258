package dev.airgap.path;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.network.NetworkModel;
import dev.airgap.resolve.ResolvedRun;
import dev.airgap.resolve.ResolvedStack;
import dev.airgap.template.StackTemplate;
import dev.airgap.template.TemplateLoader;
import dev.airgap.template.TemplateReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * End to end over the corpus copied under {@code src/test/resources/corpus}: every row of the CDK
 * {@code expected.tsv} holds, and every public template loads and is analysed without an exception.
 */
class CorpusTest {

    private static final Path CORPUS = Paths.get("src/test/resources/corpus");

    static ResolvedRun resolve(List<StackTemplate> stacks) {
        return Fixtures.resolve(stacks);
    }

    private static PathResult analyze(Path input, Map<String, String> fileOfStack) {
        List<StackTemplate> stacks = new TemplateLoader(new TemplateReader(), Paths.get(""), s -> { }).load(List.of(input));
        ResolvedRun run = resolve(stacks);
        for (ResolvedStack s : run.stacks()) {
            fileOfStack.put(s.name(), s.template().file().replace('\\', '/'));
        }
        return new PathAnalyzer().analyze(NetworkModel.build(run), PathOptions.defaults());
    }

    @TestFactory
    Stream<DynamicTest> everyExpectedCdkVerdictHolds() throws IOException {
        return expectations(CORPUS.resolve("cdk"));
    }

    /** The project's own CDK fixtures carry expectations too (with internet egress). */
    @TestFactory
    Stream<DynamicTest> everyExpectedVerdictOfTheProjectsCdkFixturesHolds() throws IOException {
        return expectations(Paths.get("src/test/resources/cdk"));
    }

    private static Stream<DynamicTest> expectations(Path folder) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve("expected.tsv"));
        String[] header = lines.get(0).split("\t");
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            col.put(header[i], i);
        }
        Map<String, PathResult> results = new HashMap<>();
        Map<String, Map<String, String>> files = new HashMap<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] row = line.split("\t");
            String app = row[col.get("app")];
            String template = row[col.get("template")];
            String subnet = row[col.get("subnet")];
            tests.add(DynamicTest.dynamicTest(app + " " + template + " " + subnet, () -> {
                PathResult r = results.computeIfAbsent(app, a -> {
                    Map<String, String> f = new HashMap<>();
                    files.put(a, f);
                    return analyze(folder.resolve(a), f);
                });
                Map<String, String> f = files.get(app);
                List<SubnetResult> found = r.subnets().stream()
                        .filter(s -> s.subnet().id().logicalId().equals(subnet)
                                && f.getOrDefault(s.subnet().id().stack(), "").endsWith("/" + template))
                        .toList();
                assertThat(found).as("subnet in report").isNotEmpty();
                for (SubnetResult s : found) {
                    ServiceVerdict v = s.services().get("s3");
                    assertThat(v.access()).as(s.subnet().id() + " s3: " + v.reason())
                            .hasToString(row[col.get("s3_access")]);
                    if (col.containsKey("internet_egress") && row.length > col.get("internet_egress")) {
                        assertThat(s.internet().egress()).as("egress: " + s.internet().reason())
                                .hasToString(row[col.get("internet_egress")]);
                    }
                    VpcResult vpc = r.vpcs().stream().filter(v2 -> s.subnet().vpc().isKnown()
                            && v2.vpc().id().equals(s.subnet().vpc().get())
                            && java.util.Objects.equals(v2.region(), s.region())).findFirst().orElseThrow();
                    Access onPrem = vpc.onPremises().services().get("s3").access();
                    assertThat(onPrem == Access.INTERFACE_ENDPOINT ? "YES" : "NO")
                            .as("on-prem: " + vpc.onPremises().services().get("s3").reason())
                            .isEqualTo(row[col.get("onprem_s3")]);
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void everyPublicTemplateIsAnalysedWithoutAnException() {
        PathResult r = analyze(CORPUS.resolve("public"), new HashMap<>());
        assertThat(r.subnets()).hasSizeGreaterThan(100);
        for (SubnetResult s : r.subnets()) {
            for (ServiceVerdict v : s.services().values()) {
                assertThat(v.reason()).as(s.subnet().id() + " " + v.service()).isNotBlank();
            }
        }
    }
}
