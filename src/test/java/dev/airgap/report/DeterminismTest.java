package dev.airgap.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.AnalysisRequest;
import dev.airgap.AnalysisResult;
import dev.airgap.Analyzer;
import dev.airgap.report.json.JsonReport;
import dev.airgap.resolve.ResolveOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** airgap.json depends on the network only: not on the run, the input order or hash order. */
class DeterminismTest {

    private static final Path RESOURCES = Path.of("src/test/resources");
    private static final List<Path> INPUTS = List.of(Path.of("corpus/public"), Path.of("cdk/05-hybrid-vpn-interface"),
            Path.of("cdk/08-multi-stack"), Path.of("cdk/09-nested"), Path.of("cdk/11-baseline"));

    private static byte[] json(List<Path> inputs) throws IOException {
        AnalysisResult result = new Analyzer().analyze(AnalysisRequest.of(RESOURCES, inputs,
                new ResolveOptions(Map.of(), List.of("us-east-1", "ap-northeast-1"), Map.of())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonReport.write(out, ReportInput.of(result, "test"));
        return out.toByteArray();
    }

    @Test
    void twoRunsWriteTheSameBytes() throws IOException {
        byte[] first = json(INPUTS);
        assertThat(new String(json(INPUTS), StandardCharsets.UTF_8))
                .isEqualTo(new String(first, StandardCharsets.UTF_8));
    }

    @Test
    void theOrderOfTheInputsDoesNotMatter() throws IOException {
        List<Path> reversed = new ArrayList<>(INPUTS);
        Collections.reverse(reversed);
        assertThat(new String(json(reversed), StandardCharsets.UTF_8))
                .isEqualTo(new String(json(INPUTS), StandardCharsets.UTF_8));
    }
}
