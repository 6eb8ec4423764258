package dev.airgap.report.sarif;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.airgap.report.JsonOutput;
import dev.airgap.report.ReportFiles;
import dev.airgap.report.ReportInput;
import dev.airgap.report.ViolationText;
import dev.airgap.require.Requirement;
import dev.airgap.require.Rule;
import dev.airgap.require.Violation;
import dev.airgap.template.ReadWarning;
import dev.airgap.template.SourcePosition;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code airgap.sarif}: SARIF 2.1.0 for code-scanning tools (GitHub, GitLab). One rule per requirement kind, with
 * help; one result per violation, located at the template file and line of the offending resource (relative to the
 * project, {@code %SRCROOT%}), level {@code error}, or {@code warning} when the analysis could not decide. No
 * timestamps or absolute paths, so the same templates give the same bytes.
 */
public final class SarifReport {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    /** The rules by id: every requirement kind's, then the one of selectors that match nothing. */
    private static final Map<String, Rule> RULES = rules();

    /** The rule of what a template says that CloudFormation accepts but deserves fixing; listed when it occurs. */
    public static final String TEMPLATE_WARNING = "templateWarning";
    private static final Rule TEMPLATE_WARNING_RULE = new Rule(TEMPLATE_WARNING, "Template accepted with a warning",
            "CloudFormation accepts the template as written, but it deserves fixing (a key written twice in one map: "
                    + "CloudFormation deploys the last value, which is what airgap analyses).");

    private SarifReport() {
    }

    private static Map<String, Rule> rules() {
        Map<String, Rule> r = new LinkedHashMap<>();
        Requirement.rules().forEach(rule -> r.put(rule.id(), rule));
        return r;
    }

    public static void write(Path file, ReportInput input) throws IOException {
        ReportFiles.write(file, out -> write(out, input));
    }

    /** Writes the log to a stream (left open). */
    public static void write(OutputStream out, ReportInput input) throws IOException {
        List<String> ruleIds = new ArrayList<>(RULES.keySet());
        for (Violation f : input.violations()) {
            if (!ruleIds.contains(f.kind())) {
                ruleIds.add(f.kind());
            }
        }
        List<ReadWarning> warnings = input.analysis() == null ? List.of() : input.analysis().warnings();
        if (!warnings.isEmpty()) {
            ruleIds.add(TEMPLATE_WARNING);
        }
        try (JsonGenerator g = JsonOutput.generator(out)) {
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "airgap");
            g.writeStringField("version", input.toolVersion());
            g.writeStringField("informationUri", "https://airgap.dev/");
            g.writeArrayFieldStart("rules");
            for (String id : ruleIds) {
                rule(g, id);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            for (Violation f : input.violations()) {
                result(g, f, ruleIds.indexOf(f.kind()));
            }
            for (ReadWarning w : warnings) {
                note(g, w, ruleIds.indexOf(TEMPLATE_WARNING));
            }
            g.writeEndArray();
            g.writeObjectFieldStart("properties");
            g.writeNumberField("requirements", input.requirements().size());
            g.writeNumberField("violations", input.violations().size());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void rule(JsonGenerator g, String id) throws IOException {
        Rule rule = id.equals(TEMPLATE_WARNING) ? TEMPLATE_WARNING_RULE
                : RULES.getOrDefault(id, new Rule(id, "Requirement " + id, "Requirement " + id + "."));
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("name", Character.toUpperCase(id.charAt(0)) + id.substring(1));
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", rule.title());
        g.writeEndObject();
        g.writeObjectFieldStart("fullDescription");
        g.writeStringField("text", rule.help());
        g.writeEndObject();
        g.writeObjectFieldStart("help");
        g.writeStringField("text", rule.help());
        g.writeStringField("markdown", "**" + rule.title() + "** — " + rule.help());
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", "error");
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void result(JsonGenerator g, Violation f, int ruleIndex) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.kind());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", f.unknown() ? "warning" : "error");
        g.writeObjectFieldStart("message");
        g.writeStringField("text", ViolationText.message(f) + (f.fix() == null ? "" : ". Fix: " + f.fix()));
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        if (f.source() != null) {
            g.writeObjectFieldStart("physicalLocation");
            g.writeObjectFieldStart("artifactLocation");
            g.writeStringField("uri", f.source().file().replace('\\', '/'));
            g.writeStringField("uriBaseId", "%SRCROOT%");
            g.writeEndObject();
            if (f.source().line() > 0) {
                g.writeObjectFieldStart("region");
                g.writeNumberField("startLine", f.source().line());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeArrayFieldStart("logicalLocations");
        g.writeStartObject();
        g.writeStringField("name", f.component() != null ? f.component().logicalId() : f.subject());
        g.writeStringField("fullyQualifiedName", f.subject());
        g.writeStringField("kind", "resource");
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField("airgapViolation/v1", String.join("|", f.requirement(), f.subject(),
                String.valueOf(f.region()), String.valueOf(f.service())));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("requirement", f.requirement());
        g.writeStringField("subject", f.subject());
        if (f.region() != null) {
            g.writeStringField("region", f.region());
        }
        if (f.service() != null) {
            g.writeStringField("service", f.service());
        }
        if (f.component() != null) {
            g.writeStringField("component", f.component().logicalId());
        }
        if (f.fix() != null) {
            g.writeStringField("fix", f.fix());
        }
        g.writeBooleanField("unknown", f.unknown());
        g.writeEndObject();
        g.writeEndObject();
    }

    /** A template warning as a {@code note} at its position (a repeated key's second occurrence), the first related. */
    private static void note(JsonGenerator g, ReadWarning w, int ruleIndex) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", TEMPLATE_WARNING);
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", "note");
        g.writeObjectFieldStart("message");
        g.writeStringField("text", w.message());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        location(g, w.position(), null);
        g.writeEndArray();
        if (w.related() != null) {
            g.writeArrayFieldStart("relatedLocations");
            location(g, w.related(), 1);
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void location(JsonGenerator g, SourcePosition at, Integer id) throws IOException {
        g.writeStartObject();
        if (id != null) {
            g.writeNumberField("id", id);
        }
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", at.file().replace('\\', '/'));
        g.writeStringField("uriBaseId", "%SRCROOT%");
        g.writeEndObject();
        if (at.line() > 0) {
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", at.line());
            if (at.column() > 0) {
                g.writeNumberField("startColumn", at.column());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }
}
