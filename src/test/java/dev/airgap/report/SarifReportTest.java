package dev.airgap.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.airgap.AnalysisResult;
import dev.airgap.report.sarif.SarifReport;
import dev.airgap.require.Subject;
import dev.airgap.require.Violation;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SarifReportTest {

    static AnalysisResult result;
    static Schema schema;

    @BeforeAll
    static void setUp() throws Exception {
        result = ReportFixtures.patterns();
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        }
    }

    private static String sarif(ReportInput input) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SarifReport.write(out, input);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validAgainstTheSarifSchema() throws Exception {
        String withViolations = sarif(ReportFixtures.withViolation(result));
        assertThat(schema.validate(withViolations, InputFormat.JSON)).isEmpty();
        assertThat(schema.validate(sarif(ReportInput.of(result, "test")), InputFormat.JSON)).isEmpty();
    }

    @Test
    void theSchemaCatchesABrokenLog() {
        // proves the validator is live: a result without a message is invalid
        String broken = "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"airgap\"}},"
                + "\"results\":[{\"ruleId\":\"noInternet\",\"level\":\"fatal\"}]}]}";
        assertThat(schema.validate(broken, InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void oneRulePerRequirementKindAndOneResultPerViolationAtTheTemplateLine() throws Exception {
        JsonNode log = new ObjectMapper().readTree(sarif(ReportFixtures.withViolation(result)));
        JsonNode run = log.path("runs").get(0);
        List<String> rules = run.path("tool").path("driver").path("rules").findValuesAsText("id");
        assertThat(rules).containsExactly("noInternet", "privateAccess", "onPremisesAccess", "allowedBuckets",
                "maxMonthlyCost", "availableInRegions", "workloadNeeds", "selector");
        assertThat(run.path("tool").path("driver").path("rules").get(0).path("help").path("text").asText())
                .contains("Fix:");
        JsonNode results = run.path("results");
        assertThat(results).hasSize(2);
        JsonNode first = results.get(0);
        assertThat(first.path("ruleId").asText()).isEqualTo("noInternet");
        assertThat(first.path("ruleIndex").asInt()).isZero();
        assertThat(first.path("level").asText()).isEqualTo("error");
        JsonNode physical = first.path("locations").get(0).path("physicalLocation");
        assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo("pattern1-internet-gateway.yaml");
        assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(30);
        assertThat(first.path("message").path("text").asText())
                .startsWith("[isolated] pattern1-internet-gateway/PublicSubnet in us-west-1: ")
                .endsWith("Fix: remove the 0.0.0.0/0 route to the internet gateway");
        assertThat(results.get(1).path("ruleIndex").asInt()).isEqualTo(1);
    }

    @Test
    void undecidedVerdictsAreWarnings() throws Exception {
        Violation unknown = Violation.of("isolated", "noInternet", "s/Sub")
                .subnet(new Subject("s", "Sub", "s/Sub", Map.of())).found("UNKNOWN: route table from a parameter")
                .fix("give the parameter a value").unknown(true).build();
        String log = sarif(new ReportInput(result, List.of(), List.of(unknown), "test"));
        assertThat(schema.validate(log, InputFormat.JSON)).isEmpty();
        JsonNode r = new ObjectMapper().readTree(log).path("runs").get(0).path("results").get(0);
        assertThat(r.path("level").asText()).isEqualTo("warning");
        assertThat(r.path("locations").get(0).has("physicalLocation")).isFalse();
    }

    @Test
    void deterministic() throws Exception {
        assertThat(sarif(ReportFixtures.withViolation(result))).isEqualTo(sarif(ReportFixtures.withViolation(result)));
    }
}
