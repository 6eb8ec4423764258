package dev.airgap.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.AnalysisRequest;
import dev.airgap.AnalysisResult;
import dev.airgap.Analyzer;
import dev.airgap.report.markdown.MarkdownReport;
import dev.airgap.report.text.ExplainRenderer;
import dev.airgap.resolve.ResolveOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bucket texts when the endpoint policy caps a caller whose role is not in the templates. */
class BucketCeilingTextTest {

    static AnalysisResult result;

    @BeforeAll
    static void analyse() throws Exception {
        AnalysisRequest request = AnalysisRequest.of(Path.of("src/test/resources/report/no-role").toAbsolutePath(),
                List.of(Path.of(".")), new ResolveOptions(Map.of(), List.of("us-west-1"), Map.of()));
        result = new Analyzer().analyze(request);
    }

    @Test
    void explainSaysInOneSentenceWhatTheEndpointCapsAndThatTheRoleIsUnknown() {
        String text = ExplainRenderer.render(result.paths(), SubnetSelector.parse("PrivateSubnet"), "s3");
        assertThat(text).contains("    buckets: RESTRICTED - at most test-us-west-bt (endpoint policy "
                + "S3InterfaceEndpoint, statement OnlyTestBucket); the instance has no role in the templates, so its "
                + "own permissions are unknown.\n");
    }

    @Test
    void theSiteTableSaysAtMostInEnglishAndJapanese() {
        assertThat(MarkdownReport.render(ReportInput.of(result, "test"), Locale.ENGLISH))
                .contains("| at most test-us-west-bt (the caller's own permissions are unknown) |");
        assertThat(MarkdownReport.render(ReportInput.of(result, "test"), Locale.JAPANESE))
                .contains("| 最大で test-us-west-bt(呼び出し元自身の権限は不明) |");
    }
}
