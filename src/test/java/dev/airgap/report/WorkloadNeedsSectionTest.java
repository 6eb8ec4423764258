package dev.airgap.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.AnalysisRequest;
import dev.airgap.AnalysisResult;
import dev.airgap.Analyzer;
import dev.airgap.Check;
import dev.airgap.require.Selector;
import dev.airgap.report.json.JsonReport;
import dev.airgap.report.markdown.MarkdownReport;
import dev.airgap.require.WorkloadNeeds;
import dev.airgap.resolve.ResolveOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports' "What each workload needs" appears with a {@code <workloadNeeds>} requirement, and only then. */
class WorkloadNeedsSectionTest {

    @TempDir
    static Path dir;

    static AnalysisResult analysis;

    @BeforeAll
    static void analyse() throws IOException {
        try (InputStream in = WorkloadNeedsSectionTest.class.getResourceAsStream("/need/isolated-workloads.yaml")) {
            Files.copy(in, dir.resolve("isolated-workloads.yaml"));
        }
        Check c = new Analyzer().check(AnalysisRequest.of(dir, List.of(Path.of("isolated-workloads.yaml")),
                new ResolveOptions(Map.of(), List.of("ap-northeast-1"), Map.of())),
                List.of(new WorkloadNeeds(null, Selector.ALL, Selector.ALL, false, false, false, List.of())));
        analysis = c.analysis();
    }

    private static ReportInput input(String kind) {
        return new ReportInput(analysis, List.of(new RequirementStatus("needs", kind, "x", 3)), List.of(), "test");
    }

    private static String markdown(String kind, Locale locale) {
        return MarkdownReport.render(input(kind), locale);
    }

    @Test
    void theSectionListsEachWorkloadsNeedsReachedOrNotAndHow() {
        String md = markdown("workloadNeeds", Locale.ENGLISH);

        assertThat(md).contains("## What each workload needs").contains("](#needs)");
        assertThat(md).containsPattern("\\| AppService \\(AWS::ECS::Service\\) \\| IsolatedA \\| ecr\\.dkr \\| required "
                + "\\| ✘ no \\| NONE \\|");
        assertThat(md).containsPattern("\\| AppService \\(AWS::ECS::Service\\) \\| IsolatedC \\| s3 \\| required "
                + "\\| ✔ yes \\| GATEWAY\\\\_ENDPOINT S3Gateway \\|");
        assertThat(md).containsPattern("\\| Bastion \\(AWS::EC2::Instance\\) \\| IsolatedA \\| ssm \\| required "
                + "\\| ✔ yes \\| INTERFACE\\\\_ENDPOINT Ssm \\|");
        assertThat(md).contains("https://docs.aws.amazon.com/AmazonECS/latest/developerguide/vpc-endpoints.html "
                + "(read 2026-12-04)");
        assertThat(md).containsPattern("\\| Bastion \\(AWS::EC2::Instance\\) \\| IsolatedA \\| kms \\| likely \\(hint\\)");
    }

    @Test
    void japaneseHasItsOwnWords() {
        assertThat(markdown("workloadNeeds", Locale.JAPANESE)).contains("## 各ワークロードが必要とするもの")
                .contains("| 必須 |");
    }

    @Test
    void airgapJsonListsTheSameRowsUnderWorkloadNeedsOnlyWhenAsked() throws IOException {
        Path with = dir.resolve("with.json");
        Path without = dir.resolve("without.json");
        ReportFiles.write(with, out -> JsonReport.write(out, input("workloadNeeds")));
        ReportFiles.write(without, out -> JsonReport.write(out, input("noInternet")));
        com.fasterxml.jackson.databind.JsonNode rows = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(with.toFile()).get("workloadNeeds");

        assertThat(rows).isNotNull();
        com.fasterxml.jackson.databind.JsonNode dkr = null;
        for (com.fasterxml.jackson.databind.JsonNode r : rows) {
            if (r.get("workload").asText().equals("AppService") && r.get("subnet").asText().equals("IsolatedA")
                    && r.get("service").asText().equals("ecr.dkr")) {
                dkr = r;
            }
        }
        assertThat(dkr).isNotNull();
        assertThat(dkr.get("level").asText()).isEqualTo("REQUIRED");
        assertThat(dkr.get("reached").asBoolean(true)).isFalse();
        assertThat(dkr.get("source").asText()).contains("AmazonECS/latest/developerguide/vpc-endpoints.html");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(without.toFile())
                .has("workloadNeeds")).isFalse();
    }

    @Test
    void withoutTheRequirementTheReportHasNoSuchSection() {
        assertThat(markdown("noInternet", Locale.ENGLISH)).doesNotContain("What each workload needs")
                .doesNotContain("#needs");
    }
}
