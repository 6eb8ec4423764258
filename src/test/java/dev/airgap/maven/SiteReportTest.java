package dev.airgap.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.AnalysisRequest;
import dev.airgap.AnalysisResult;
import dev.airgap.Analyzer;
import dev.airgap.report.ReportInput;
import dev.airgap.report.RequirementStatus;
import dev.airgap.require.Subject;
import dev.airgap.require.Violation;
import dev.airgap.resolve.ResolveOptions;
import dev.airgap.resolve.ResourceId;
import dev.airgap.template.SourcePosition;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import org.junit.jupiter.api.Test;

/** The site page: text from the templates reaches the HTML as text, never as markup or raw control characters. */
class SiteReportTest {

    private static final String HOSTILE = "Sub\u0000net\u001b[31m|<script>alert(1)</script>\nNext";

    @Test
    void hostileNamesAreEscapedOnThePage() {
        AnalysisResult result = new Analyzer().analyze(AnalysisRequest.of(
                Path.of("src/test/resources/report/patterns").toAbsolutePath(), List.of(Path.of(".")),
                new ResolveOptions(Map.of(), List.of("us-west-1"), Map.of())));
        Violation f = Violation.of("isolated", "noInternet", "Stack/" + HOSTILE)
                .subnet(new Subject("Stack", HOSTILE, "Stack/" + HOSTILE, Map.of())).region("us-west-1")
                .found("internet egress through " + HOSTILE)
                .at(new ResourceId("Stack", HOSTILE), new SourcePosition("network.yaml", 3, 1))
                .fix("remove " + HOSTILE).build();
        ReportInput input = new ReportInput(result, List.of(new RequirementStatus("isolated", "noInternet",
                HOSTILE, 1)), List.of(f), "test");
        StringWriter html = new StringWriter();

        SiteReport.render(input, Locale.ENGLISH, new Xhtml5BaseSink(html));

        String page = html.toString();
        assertThat(page).contains("Sub\\u0000net\\u001B[31m|&lt;script&gt;alert(1)&lt;/script&gt;\\u000ANext")
                .doesNotContain("<script>");
        assertThat(page.codePoints().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r')).isEmpty();
        // and the page still has its pictures
        assertThat(page).contains("<svg ");
    }
}
