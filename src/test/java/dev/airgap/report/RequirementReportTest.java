package dev.airgap.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.airgap.AnalysisResult;
import dev.airgap.report.markdown.MarkdownReport;
import dev.airgap.report.sarif.SarifReport;
import dev.airgap.require.Evaluation;
import dev.airgap.require.NoInternet;
import dev.airgap.require.PrivateAccess;
import dev.airgap.require.Requirement;
import dev.airgap.require.RequirementEvaluator;
import dev.airgap.require.Selector;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The reports over the real requirement stage: the article's pattern 1 breaks noInternet and privateAccess. */
class RequirementReportTest {

    @Test
    void violationsOfTheRequirementStageBecomeFindingsSarifResultsAndMarkdown() throws Exception {
        AnalysisResult result = ReportFixtures.patterns();
        List<Requirement> reqs = List.of(
                new NoInternet("isolated", Selector.parse("*"), false, List.of()),
                new PrivateAccess(null, Selector.parse("*"), List.of("s3"), false, List.of()));
        Evaluation evaluation = new RequirementEvaluator(result.evidence()).evaluate(reqs);
        ReportInput input = RequirementReport.input(result, reqs, evaluation, "test");

        assertThat(input.requirements()).extracting(RequirementStatus::name).containsExactly("isolated",
                "privateAccess");
        assertThat(input.requirements()).allMatch(r -> !r.passed());
        assertThat(input.violations()).isNotEmpty().allMatch(f -> f.subnet() != null && f.source() != null);
        assertThat(input.violations()).anyMatch(f -> f.kind().equals("noInternet")
                && f.subnet().logicalId().equals("PublicSubnet")
                && f.source().file().endsWith("pattern1-internet-gateway.yaml") && f.source().line() > 0);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SarifReport.write(out, input);
        try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON)
                    .validate(out.toString(StandardCharsets.UTF_8), InputFormat.JSON)).isEmpty();
        }

        String md = MarkdownReport.render(input, Locale.ENGLISH);
        assertThat(md).contains("| isolated | noInternet | no internet path from subnets \\* | ✘ failed: 1 violation(s) |");
        assertThat(md).contains("### \\[isolated\\] pattern1-internet-gateway/PublicSubnet");
        assertThat(md).contains("Path, hop by hop");
    }
}
