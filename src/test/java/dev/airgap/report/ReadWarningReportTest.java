package dev.airgap.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.airgap.AnalysisRequest;
import dev.airgap.AnalysisResult;
import dev.airgap.Analyzer;
import dev.airgap.path.Access;
import dev.airgap.report.json.JsonReport;
import dev.airgap.report.sarif.SarifReport;
import dev.airgap.resolve.ResolveOptions;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key written twice: analysed with its last value, the warning in airgap.json and as a SARIF note. */
class ReadWarningReportTest {

    static AnalysisResult result;

    @BeforeAll
    static void analyze() {
        result = new Analyzer().analyze(AnalysisRequest.of(Path.of("src/test/resources/report/repeated-key")
                .toAbsolutePath(), List.of(Path.of(".")), new ResolveOptions(java.util.Map.of(),
                List.of("us-east-1"), java.util.Map.of())));
    }

    @Test
    void theLastRouteTableIsTheOneAnalysed() {
        assertThat(result.paths().subnet("AppSubnet").orElseThrow().services().get("s3").access())
                .isEqualTo(Access.NONE);
    }

    @Test
    void airgapJsonListsTheWarningWithBothPositions(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("airgap.json");
        ReportFiles.write(file, out -> JsonReport.write(out, ReportInput.of(result, "test")));

        JsonNode warnings = new ObjectMapper().readTree(Files.readString(file)).path("warnings");
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).path("position").asText()).isEqualTo("network.yaml:40:7");
        assertThat(warnings.get(0).path("related").asText()).isEqualTo("network.yaml:38:7");
        assertThat(warnings.get(0).path("message").asText()).startsWith("key 'RouteTableId' is repeated");
    }

    @Test
    void sarifHasANoteAtTheSecondOccurrenceAndStaysValid() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SarifReport.write(out, ReportInput.of(result, "test"));
        String sarif = out.toString(StandardCharsets.UTF_8);

        JsonNode run = new ObjectMapper().readTree(sarif).path("runs").get(0);
        JsonNode note = run.path("results").get(0);
        assertThat(note.path("level").asText()).isEqualTo("note");
        assertThat(note.path("ruleId").asText()).isEqualTo(SarifReport.TEMPLATE_WARNING);
        JsonNode at = note.path("locations").get(0).path("physicalLocation");
        assertThat(at.path("artifactLocation").path("uri").asText()).isEqualTo("network.yaml");
        assertThat(at.path("region").path("startLine").asInt()).isEqualTo(40);
        assertThat(note.path("relatedLocations").get(0).path("physicalLocation").path("region").path("startLine")
                .asInt()).isEqualTo(38);
        assertThat(run.path("properties").path("violations").asInt()).isZero();
        try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
            assertThat(schema.validate(sarif, InputFormat.JSON)).isEmpty();
        }
    }

    @Test
    void aReportWithoutWarningsHasNoWarningsKey(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("airgap.json");
        ReportInput input = ReportInput.of(ReportFixtures.patterns(), "test");
        ReportFiles.write(file, out -> JsonReport.write(out, input));
        assertThat(new ObjectMapper().readTree(Files.readString(file)).has("warnings")).isFalse();
    }
}
