package dev.airgap.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
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

    /** The rules: requirement kind, short description, help. */
    static final Map<String, String[]> RULES = rules();

    private static final JsonFactory JSON = new JsonFactory();

    private SarifReport() {
    }

    private static Map<String, String[]> rules() {
        Map<String, String[]> r = new LinkedHashMap<>();
        r.put("noInternet", new String[] {"Subnet has no path to the internet",
                "The selected subnets must have no egress path to an internet gateway or a NAT gateway, and "
                        + "instances there get no public IP. Fix: remove the 0.0.0.0/0 (and ::/0) routes to internet "
                        + "and NAT gateways from the subnet's route table, set MapPublicIpOnLaunch to false, and reach "
                        + "AWS services through VPC endpoints."});
        r.put("privateAccess", new String[] {"Service reached through a VPC endpoint",
                "The selected subnets must reach the named services through a gateway or interface VPC endpoint, "
                        + "never over the internet or a NAT gateway. Fix: add a gateway endpoint (S3, DynamoDB) on "
                        + "the subnet's route table, or an interface endpoint in the subnet's AZ whose security group "
                        + "admits HTTPS from the subnet."});
        r.put("onPremisesAccess", new String[] {"On-premises networks reach the service privately",
                "On-premises clients (VPN, Direct Connect, transit gateway) must reach the services through an "
                        + "interface endpoint: gateway endpoints cannot be used from outside the VPC. Fix: add an "
                        + "interface endpoint whose subnets route back to on-premises and whose security group admits "
                        + "the on-premises CIDRs on TCP 443."});
        r.put("allowedBuckets", new String[] {"Only the allowed S3 buckets are reachable",
                "The endpoint, bucket and role policies must let the selected subnets reach no S3 bucket outside "
                        + "the list. Fix: restrict the VPC endpoint policy's Resource to the allowed buckets "
                        + "(arn:aws:s3:::bucket and arn:aws:s3:::bucket/*), or the role's policies."});
        r.put("maxMonthlyCost", new String[] {"Monthly cost within budget",
                "The estimated monthly cost of the interface endpoints, NAT gateways and public IPv4 addresses of "
                        + "each region must stay within the budget. Fix: replace S3/DynamoDB interface endpoints by "
                        + "free gateway endpoints where on-premises access is not needed, or span fewer AZs."});
        r.put("availableInRegions", new String[] {"Endpoint services exist in every target region",
                "Every interface endpoint service of the templates must be offered in every target region. Fix: "
                        + "choose regions that offer the service, or make the endpoint conditional on the region."});
        r.put("selector", new String[] {"Requirement selects something",
                "A requirement's subnet or VPC selector must match at least one resource; one that matches nothing "
                        + "is usually a typo. Fix: correct the selector (logical-ID glob, CDK path glob or tag)."});
        return r;
    }

    public static void write(Path file, ReportInput input) throws IOException {
        ReportFiles.write(file, out -> write(out, input));
    }

    /** Writes the log to a stream (left open). */
    public static void write(OutputStream out, ReportInput input) throws IOException {
        List<String> ruleIds = new ArrayList<>(RULES.keySet());
        for (Finding f : input.findings()) {
            if (!ruleIds.contains(f.kind())) {
                ruleIds.add(f.kind());
            }
        }
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
            pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
            g.setPrettyPrinter(pp);
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
            for (Finding f : input.findings()) {
                result(g, f, ruleIds.indexOf(f.kind()));
            }
            g.writeEndArray();
            g.writeObjectFieldStart("properties");
            g.writeNumberField("requirements", input.requirements().size());
            g.writeNumberField("violations", input.findings().size());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void rule(JsonGenerator g, String id) throws IOException {
        String[] text = RULES.getOrDefault(id, new String[] {"Requirement " + id, "Requirement " + id + "."});
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("name", Character.toUpperCase(id.charAt(0)) + id.substring(1));
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", text[0]);
        g.writeEndObject();
        g.writeObjectFieldStart("fullDescription");
        g.writeStringField("text", text[1]);
        g.writeEndObject();
        g.writeObjectFieldStart("help");
        g.writeStringField("text", text[1]);
        g.writeStringField("markdown", "**" + text[0] + "** — " + text[1]);
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", "error");
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void result(JsonGenerator g, Finding f, int ruleIndex) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.kind());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", f.unknown() ? "warning" : "error");
        g.writeObjectFieldStart("message");
        g.writeStringField("text", f.message() + (f.fix() == null ? "" : ". Fix: " + f.fix()));
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        if (f.sourceFile() != null) {
            g.writeObjectFieldStart("physicalLocation");
            g.writeObjectFieldStart("artifactLocation");
            g.writeStringField("uri", f.sourceFile().replace('\\', '/'));
            g.writeStringField("uriBaseId", "%SRCROOT%");
            g.writeEndObject();
            if (f.sourceLine() > 0) {
                g.writeObjectFieldStart("region");
                g.writeNumberField("startLine", f.sourceLine());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeArrayFieldStart("logicalLocations");
        g.writeStartObject();
        g.writeStringField("name", f.component() != null ? f.component() : f.subject());
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
            g.writeStringField("component", f.component());
        }
        if (f.fix() != null) {
            g.writeStringField("fix", f.fix());
        }
        g.writeBooleanField("unknown", f.unknown());
        g.writeEndObject();
        g.writeEndObject();
    }
}
