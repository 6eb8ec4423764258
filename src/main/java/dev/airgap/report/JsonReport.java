package dev.airgap.report;

import com.fasterxml.jackson.core.JsonEncoding;
import dev.airgap.AnalysisResult;
import dev.airgap.Comparison;
import dev.airgap.VerdictDifference;
import dev.airgap.path.AccessCheckResult;
import dev.airgap.cost.CostJson;
import dev.airgap.cost.CostReport;
import dev.airgap.cost.availability.AvailabilityJson;
import dev.airgap.cost.availability.AvailabilityVerdict;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.airgap.network.Cidrs;
import dev.airgap.network.Known;
import dev.airgap.network.NetworkModel;
import dev.airgap.network.OtherResource;
import dev.airgap.network.RegionNetwork;
import dev.airgap.network.Subnet;
import dev.airgap.network.Workload;
import dev.airgap.path.Blocker;
import dev.airgap.path.Code;
import dev.airgap.path.EgressVerdict;
import dev.airgap.path.Hop;
import dev.airgap.path.OnPremisesVerdict;
import dev.airgap.path.PathResult;
import dev.airgap.path.ServiceVerdict;
import dev.airgap.path.SubnetResult;
import dev.airgap.path.TrustedUse;
import dev.airgap.path.VpcResult;
import dev.airgap.require.Violation;
import dev.airgap.require.WorkloadNeeds;
import dev.airgap.resolve.ResolvedRun;
import dev.airgap.resolve.ResolvedStack;
import inet.ipaddr.IPAddress;
import dev.airgap.template.ReadWarning;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes {@code airgap.json} as DESIGN's output contract defines it (schema version 1): stacks, VPCs with their
 * on-premises verdicts, subnets with internet egress and per-service verdicts, and placeholders for costs and
 * violations. Deterministic: lists sorted by (stack, logical ID, region), keys in a fixed order, no timestamps.
 */
public final class JsonReport {

    public static final int SCHEMA_VERSION = 1;

    private static final JsonFactory JSON = new JsonFactory();

    private JsonReport() {
    }

    /** Writes the full report of an analysis (with costs and endpoint availability) to {@code file}. */
    public static void write(Path file, AnalysisResult analysis, String toolVersion) throws IOException {
        write(file, analysis, toolVersion, List.of());
    }

    /** Writes the full report of an analysis with the requirements' violations to {@code file}. */
    public static void write(Path file, AnalysisResult analysis, String toolVersion, List<Violation> violations)
            throws IOException {
        write(file, analysis, toolVersion, violations, false);
    }

    /** As above, with {@code workloadNeeds} (what each workload needs) when a requirement asks for it. */
    public static void write(Path file, AnalysisResult analysis, String toolVersion, List<Violation> violations,
                             boolean workloadNeeds) throws IOException {
        List<WorkloadNeeds.Row> needs = workloadNeeds ? WorkloadNeeds.rows(analysis.evidence()) : null;
        ReportFiles.write(file, out -> write(out, analysis.run(), analysis.model(), analysis.paths(),
                analysis.costs(), analysis.availability(), toolVersion, violations, analysis.comparison(),
                analysis.warnings(), needs));
    }

    /** Writes the report to {@code file}, creating its folder. */
    public static void write(Path file, ResolvedRun run, NetworkModel model, PathResult result, String toolVersion)
            throws IOException {
        ReportFiles.write(file, out -> write(out, run, model, result, toolVersion));
    }

    /** Writes the report to a stream (left open), without costs. */
    public static void write(OutputStream out, ResolvedRun run, NetworkModel model, PathResult result,
                             String toolVersion) throws IOException {
        write(out, run, model, result, null, List.of(), toolVersion);
    }

    /** Writes the report to a stream (left open); {@code costs} may be null (written as an empty object). */
    public static void write(OutputStream out, ResolvedRun run, NetworkModel model, PathResult result,
                             CostReport costs, List<AvailabilityVerdict> availability, String toolVersion)
            throws IOException {
        write(out, run, model, result, costs, availability, toolVersion, List.of());
    }

    /** As above, with the requirements' violations in {@code violations}. */
    public static void write(OutputStream out, ResolvedRun run, NetworkModel model, PathResult result,
                             CostReport costs, List<AvailabilityVerdict> availability, String toolVersion,
                             List<Violation> violations) throws IOException {
        write(out, run, model, result, costs, availability, toolVersion, violations, null);
    }

    /**
     * As above, with the verdicts that differ between deployed and local templates under {@code comparison} when
     * {@code comparison} is not null (compare mode); without compare mode the report has no such key.
     */
    public static void write(OutputStream out, ResolvedRun run, NetworkModel model, PathResult result,
                             CostReport costs, List<AvailabilityVerdict> availability, String toolVersion,
                             List<Violation> violations, Comparison comparison) throws IOException {
        write(out, run, model, result, costs, availability, toolVersion, violations, comparison, List.of());
    }

    /**
     * As above, with what the templates say that CloudFormation accepts but deserves fixing under {@code warnings}
     * when there is any (a report without warnings has no such key, as before there were any).
     */
    public static void write(OutputStream out, ResolvedRun run, NetworkModel model, PathResult result,
                             CostReport costs, List<AvailabilityVerdict> availability, String toolVersion,
                             List<Violation> violations, Comparison comparison, List<ReadWarning> warnings)
            throws IOException {
        write(out, run, model, result, costs, availability, toolVersion, violations, comparison, warnings, null);
    }

    /** As above, with {@code workloadNeeds} when {@code needs} is not null. */
    static void write(OutputStream out, ResolvedRun run, NetworkModel model, PathResult result,
                      CostReport costs, List<AvailabilityVerdict> availability, String toolVersion,
                      List<Violation> violations, Comparison comparison, List<ReadWarning> warnings,
                      List<WorkloadNeeds.Row> needs) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
            pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
            g.setPrettyPrinter(pp);
            g.writeStartObject();
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", "airgap");
            g.writeStringField("version", toolVersion);
            g.writeEndObject();
            strings(g, "services", result.services());
            stacks(g, run);
            vpcs(g, result);
            subnets(g, result);
            notModelled(g, model);
            trusted(g, result);
            if (costs == null) {
                g.writeObjectFieldStart("costs");
                g.writeEndObject();
            } else {
                g.writeFieldName("costs");
                CostJson.write(costs, g);
            }
            g.writeFieldName("availability");
            AvailabilityJson.write(availability, g);
            violations(g, violations);
            if (comparison != null) {
                comparison(g, comparison);
            }
            if (!warnings.isEmpty()) {
                warnings(g, warnings);
            }
            if (needs != null) {
                needs(g, needs);
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** What each workload needs, one object per workload, subnet and service; {@code reached} null when unknown. */
    private static void needs(JsonGenerator g, List<WorkloadNeeds.Row> needs) throws IOException {
        g.writeArrayFieldStart("workloadNeeds");
        for (WorkloadNeeds.Row r : needs) {
            g.writeStartObject();
            g.writeStringField("workload", r.workload());
            g.writeStringField("type", r.type());
            g.writeStringField("subnet", r.subnet());
            g.writeStringField("region", r.region());
            g.writeStringField("service", r.service());
            g.writeStringField("level", r.level().name());
            if (r.reached() == null) {
                g.writeNullField("reached");
            } else {
                g.writeBooleanField("reached", r.reached());
            }
            g.writeStringField("how", r.how());
            g.writeStringField("because", r.because());
            g.writeStringField("source", r.source());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** DESIGN's {@code requirement}, {@code subject}, {@code message}, then the details of the log's block. */
    private static void violations(JsonGenerator g, List<Violation> violations) throws IOException {
        g.writeArrayFieldStart("violations");
        for (Violation v : violations) {
            g.writeStartObject();
            g.writeStringField("requirement", v.requirement());
            g.writeStringField("subject", v.subject());
            g.writeStringField("message", v.message());
            g.writeStringField("kind", v.kind());
            g.writeBooleanField("unknown", v.unknown());
            g.writeStringField("stack", v.stack());
            g.writeStringField("region", v.region());
            g.writeStringField("subnet", v.subnet() == null ? null : v.subnet().logicalId());
            g.writeStringField("subnetPath", v.subnet() == null ? null : v.subnet().path());
            g.writeStringField("vpc", v.vpc() == null ? null : v.vpc().logicalId());
            g.writeStringField("service", v.service());
            g.writeStringField("found", v.found());
            g.writeStringField("component", v.component());
            g.writeStringField("source", v.source());
            g.writeStringField("fix", v.fix());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The stacks compared, and per subnet each verdict that differs, local and deployed. */
    private static void warnings(JsonGenerator g, List<ReadWarning> warnings) throws IOException {
        g.writeArrayFieldStart("warnings");
        for (ReadWarning w : warnings) {
            g.writeStartObject();
            g.writeStringField("position", w.position().toString());
            g.writeStringField("message", w.message());
            if (w.related() != null) {
                g.writeStringField("related", w.related().toString());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void comparison(JsonGenerator g, Comparison comparison) throws IOException {
        g.writeObjectFieldStart("comparison");
        strings(g, "stacks", comparison.stacks());
        g.writeArrayFieldStart("differences");
        for (VerdictDifference d : comparison.differences()) {
            g.writeStartObject();
            g.writeStringField("stack", d.subnet().stack());
            g.writeStringField("subnet", d.subnet().logicalId());
            g.writeStringField("region", d.region());
            g.writeStringField("aspect", d.aspect().name().toLowerCase(java.util.Locale.ROOT));
            if (d.service() != null) {
                g.writeStringField("service", d.service());
            }
            g.writeStringField("local", d.local());
            g.writeStringField("deployed", d.deployed());
            g.writeStringField("message", d.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void stacks(JsonGenerator g, ResolvedRun run) throws IOException {
        List<ResolvedStack> stacks = new ArrayList<>(run.stacks());
        stacks.sort(Comparator.comparing(ResolvedStack::name)
                .thenComparing(ResolvedStack::region, Comparator.nullsFirst(Comparator.naturalOrder())));
        g.writeArrayFieldStart("stacks");
        for (ResolvedStack s : stacks) {
            g.writeStartObject();
            g.writeStringField("name", s.name());
            g.writeStringField("file", s.template().file());
            g.writeStringField("region", s.region());
            if (s.template().parent() != null) {
                g.writeStringField("parent", s.template().parent());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void vpcs(JsonGenerator g, PathResult result) throws IOException {
        g.writeArrayFieldStart("vpcs");
        for (VpcResult v : result.vpcs()) {
            g.writeStartObject();
            g.writeStringField("stack", v.vpc().id().stack());
            g.writeStringField("logicalId", v.vpc().id().logicalId());
            g.writeStringField("path", v.vpc().path());
            g.writeStringField("region", v.region());
            g.writeArrayFieldStart("cidrs");
            for (Known<IPAddress> c : v.vpc().cidrs()) {
                g.writeString(c.isKnown() ? Cidrs.text(c.get()) : null);
            }
            g.writeEndArray();
            onPremises(g, v.onPremises());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void onPremises(JsonGenerator g, OnPremisesVerdict op) throws IOException {
        g.writeObjectFieldStart("onPremises");
        g.writeBooleanField("connected", op.connected());
        strings(g, "via", op.via());
        strings(g, "cidrs", op.cidrs());
        g.writeObjectFieldStart("services");
        for (Map.Entry<String, OnPremisesVerdict.Service> e : op.services().entrySet()) {
            OnPremisesVerdict.Service s = e.getValue();
            g.writeObjectFieldStart(e.getKey());
            g.writeStringField("access", s.access().name());
            g.writeStringField("endpoint", s.endpoint());
            if (s.dnsName() != null) {
                g.writeStringField("dnsName", s.dnsName());
            }
            if (!s.hops().isEmpty()) {
                hops(g, s.hops());
            }
            codes(g, s.codes());
            g.writeStringField("reason", s.reason());
            blockers(g, s.blockers());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void subnets(JsonGenerator g, PathResult result) throws IOException {
        g.writeArrayFieldStart("subnets");
        for (SubnetResult r : result.subnets()) {
            Subnet s = r.subnet();
            g.writeStartObject();
            g.writeStringField("stack", s.id().stack());
            g.writeStringField("logicalId", s.id().logicalId());
            g.writeStringField("path", s.path());
            g.writeStringField("vpc", s.vpc().isKnown() ? s.vpc().get().logicalId() : null);
            if (s.vpc().isKnown() && !s.vpc().get().stack().equals(s.id().stack())) {
                g.writeStringField("vpcStack", s.vpc().get().stack());
            }
            g.writeStringField("region", r.region());
            g.writeStringField("az", s.az().display());
            g.writeBooleanField("azKnown", s.az().known());
            g.writeStringField("cidr", s.cidr().isKnown() ? Cidrs.text(s.cidr().get()) : null);
            if (!s.cidr().isKnown()) {
                g.writeStringField("cidrReason", s.cidr().reason());
            }
            if (s.mapPublicIp().isKnown()) {
                g.writeBooleanField("mapPublicIpOnLaunch", s.mapPublicIp().get());
            } else {
                g.writeNullField("mapPublicIpOnLaunch");
            }
            Known<dev.airgap.network.RouteTable> rt = r.network().routeTableOf(s);
            g.writeStringField("routeTable", rt.isKnown() ? rt.get().id().logicalId() : null);
            String mayNotExist = r.network().uncertain(s.id()).orElse(null);
            if (mayNotExist != null) {
                g.writeStringField("presence", "UNKNOWN");
                g.writeStringField("presenceReason", mayNotExist);
            }
            g.writeObjectFieldStart("tags");
            for (Map.Entry<String, String> tag : s.tags().entrySet()) {
                g.writeStringField(tag.getKey(), tag.getValue());
            }
            g.writeEndObject();
            workloads(g, r.network(), s);
            internet(g, r.internet());
            g.writeObjectFieldStart("services");
            for (Map.Entry<String, ServiceVerdict> e : r.services().entrySet()) {
                service(g, e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void workloads(JsonGenerator g, RegionNetwork network, Subnet s) throws IOException {
        g.writeArrayFieldStart("workloads");
        for (Workload w : network.workloadsIn(s.id())) {
            g.writeStartObject();
            g.writeStringField("logicalId", w.id().logicalId());
            g.writeStringField("type", w.type());
            g.writeStringField("path", w.path());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void internet(JsonGenerator g, EgressVerdict e) throws IOException {
        g.writeObjectFieldStart("internet");
        g.writeStringField("egress", e.egress().name());
        g.writeStringField("reason", e.reason());
        codes(g, e.codes());
        hops(g, e.hops());
        blockers(g, e.blockers());
        g.writeEndObject();
    }

    private static void service(JsonGenerator g, String name, ServiceVerdict v) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("access", v.access().name());
        g.writeBooleanField("private", v.privatePath());
        g.writeStringField("ipType", v.ipType() == null ? null : v.ipType().name());
        g.writeStringField("dnsName", v.dnsName());
        if (!v.endpointDnsNames().isEmpty()) {
            strings(g, "endpointDnsNames", v.endpointDnsNames());
        }
        g.writeBooleanField("requiresEndpointUrl", v.requiresEndpointUrl());
        g.writeStringField("endpoint", v.endpoint());
        if (v.buckets() != null) {
            g.writeObjectFieldStart("dynamodb".equals(name) ? "tables" : "buckets");
            g.writeStringField("scope", v.buckets().scope());
            strings(g, "allowed", v.buckets().allowed());
            strings(g, "undecided", v.buckets().undecided());
            g.writeStringField("role", v.buckets().role());
            g.writeStringField("reason", v.buckets().reason());
            if (!v.buckets().checks().isEmpty()) {
                g.writeArrayFieldStart("checks");
                for (AccessCheckResult c : v.buckets().checks()) {
                    g.writeStartObject();
                    g.writeStringField("action", c.check().action());
                    g.writeStringField("bucket", c.check().bucket());
                    g.writeStringField("decision", c.decision());
                    strings(g, "because", c.because());
                    strings(g, "reasons", c.reasons());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeStringField("client", v.client() == null ? null : v.client().logicalId());
        strings(g, "securityGroups", v.securityGroups());
        hops(g, v.hops());
        codes(g, v.codes());
        List<String> assumptions = new ArrayList<>();
        for (Code c : v.codes()) {
            if (c.assumption()) {
                assumptions.add(c.name());
            }
        }
        strings(g, "assumptions", assumptions);
        g.writeStringField("reason", v.reason());
        blockers(g, v.blockers());
        g.writeEndObject();
    }

    private static void hops(JsonGenerator g, List<Hop> hops) throws IOException {
        g.writeArrayFieldStart("hops");
        for (Hop h : hops) {
            g.writeStartObject();
            g.writeStringField("component", h.component());
            g.writeStringField("stack", h.stack());
            g.writeStringField("type", h.type());
            g.writeStringField("detail", h.detail());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void blockers(JsonGenerator g, List<Blocker> blockers) throws IOException {
        g.writeArrayFieldStart("blockers");
        for (Blocker b : blockers) {
            g.writeStartObject();
            g.writeStringField("component", b.component());
            g.writeStringField("type", b.type());
            g.writeStringField("code", b.code().name());
            g.writeStringField("message", b.message());
            g.writeStringField("fix", b.fix());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void codes(JsonGenerator g, List<Code> codes) throws IOException {
        g.writeArrayFieldStart("codes");
        for (Code c : codes) {
            g.writeString(c.name());
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }

    /**
     * The resources the user trusts not to change routing or filtering ({@code <trustedResources>}), with the reason;
     * the key is present only when some resource needed the trust, so reports of runs without any keep their bytes.
     */
    private static void trusted(JsonGenerator g, PathResult result) throws IOException {
        if (result.trusted().isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("trustedResources");
        for (TrustedUse t : result.trusted()) {
            g.writeStartObject();
            g.writeStringField("stack", t.resource().stack());
            g.writeStringField("logicalId", t.resource().logicalId());
            g.writeStringField("type", t.type());
            strings(g, "handed", t.handed());
            g.writeStringField("pattern", t.trust().pattern());
            g.writeStringField("reason", t.trust().reason());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Resource types present in the run that the network model does not interpret, for transparency. */
    private static void notModelled(JsonGenerator g, NetworkModel model) throws IOException {
        TreeSet<String> types = new TreeSet<>();
        for (RegionNetwork n : model.regions()) {
            for (OtherResource o : n.others()) {
                types.add(o.type());
            }
        }
        strings(g, "resourceTypesNotModelled", new ArrayList<>(types));
    }
}
