package dev.airgap.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.airgap.AnalysisResult;
import dev.airgap.Comparison;
import dev.airgap.VerdictDifference;
import dev.airgap.change.ChangeJson;
import dev.airgap.change.Changes;
import dev.airgap.cost.CostReport;
import dev.airgap.cost.availability.AvailabilityVerdict;
import dev.airgap.network.Cidrs;
import dev.airgap.network.Known;
import dev.airgap.network.NetworkModel;
import dev.airgap.network.OtherResource;
import dev.airgap.network.RegionNetwork;
import dev.airgap.network.Subnet;
import dev.airgap.network.Workload;
import dev.airgap.path.PathResult;
import dev.airgap.path.ServiceVerdict;
import dev.airgap.path.SubnetResult;
import dev.airgap.path.TrustedUse;
import dev.airgap.path.VpcResult;
import dev.airgap.report.JsonOutput;
import dev.airgap.report.ReportInput;
import dev.airgap.report.ViolationText;
import dev.airgap.report.json.AvailabilityJson;
import dev.airgap.report.json.CostJson;
import dev.airgap.require.Violation;
import dev.airgap.require.WorkloadNeeds;
import dev.airgap.resolve.ResolvedRun;
import dev.airgap.resolve.ResolvedStack;
import dev.airgap.template.ReadWarning;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes {@code airgap.json} as DESIGN's output contract defines it: stacks, the hop details the paths share, VPCs
 * with their on-premises verdicts, subnets with internet egress and per-service verdicts, costs and violations.
 * Streamed: each verdict goes to the file as it is written, no tree of the report is built. Deterministic: lists
 * sorted by (stack, logical ID, region), keys in a fixed order, no timestamps.
 */
public final class JsonReport {

    /**
     * 2: a hop's {@code detail} is the index of its text in the top-level {@code hopDetails} (1: the text itself);
     * everything else is as in 1.
     */
    public static final int SCHEMA_VERSION = 2;

    private JsonReport() {
    }

    /**
     * Writes the report to a stream (left open): the analysis with its costs, endpoint availability, the verdicts
     * that differ from the deployed stacks under {@code comparison} (compare mode only) and the template warnings
     * under {@code warnings} (only when there is any), the requirements' violations, and under {@code changes} what
     * the build changes against a baseline (only when one is given). A file is written through
     * {@code ReportFiles.write(file, out -> JsonReport.write(out, input))}.
     */
    public static void write(OutputStream out, ReportInput input) throws IOException {
        AnalysisResult analysis = input.analysis();
        write(out, analysis.run(), analysis.model(), analysis.paths(), analysis.costs(), analysis.availability(),
                input.toolVersion(), input.violations(), analysis.comparison(), analysis.warnings(),
                input.requirements().stream().anyMatch(r -> r.kind().equals("workloadNeeds"))
                        ? WorkloadNeeds.rows(analysis.evidence()) : null, input.changes());
    }

    private static void write(OutputStream out, ResolvedRun run, NetworkModel model, PathResult result,
                              CostReport costs, List<AvailabilityVerdict> availability, String toolVersion,
                              List<Violation> violations, Comparison comparison, List<ReadWarning> warnings,
                              List<WorkloadNeeds.Row> needs, Changes changes) throws IOException {
        try (JsonGenerator g = JsonOutput.generator(out)) {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", "airgap");
            g.writeStringField("version", toolVersion);
            g.writeEndObject();
            VerdictJson.strings(g, "services", result.services());
            stacks(g, run);
            HopDetails details = HopDetails.of(result);
            details.write(g);
            vpcs(g, result, details);
            subnets(g, result, details);
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
            // Only with a baseline: without one the report is as before there were baselines.
            if (changes != null) {
                ChangeJson.write(g, changes);
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
            g.writeStringField("message", ViolationText.message(v));
            g.writeStringField("kind", v.kind());
            g.writeBooleanField("unknown", v.unknown());
            g.writeStringField("stack", v.stack());
            g.writeStringField("region", v.region());
            g.writeStringField("subnet", v.subnet() == null ? null : v.subnet().logicalId());
            g.writeStringField("subnetPath", v.subnet() == null ? null : v.subnet().path());
            g.writeStringField("vpc", v.vpc() == null ? null : v.vpc().logicalId());
            g.writeStringField("service", v.service());
            g.writeStringField("found", v.found());
            g.writeStringField("component", ViolationText.component(v));
            g.writeStringField("source", ViolationText.source(v));
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
        VerdictJson.strings(g, "stacks", comparison.stacks());
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

    private static void vpcs(JsonGenerator g, PathResult result, HopDetails details) throws IOException {
        g.writeArrayFieldStart("vpcs");
        for (VpcResult v : result.vpcs()) {
            g.writeStartObject();
            g.writeStringField("stack", v.vpc().id().stack());
            g.writeStringField("logicalId", v.vpc().id().logicalId());
            g.writeStringField("path", v.vpc().path());
            g.writeStringField("region", v.region());
            VerdictJson.strings(g, "cidrs", v.vpc().cidrs().stream()
                    .map(c -> c.isKnown() ? Cidrs.text(c.get()) : null).toList());
            VerdictJson.onPremises(g, v.onPremises(), details);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void subnets(JsonGenerator g, PathResult result, HopDetails details) throws IOException {
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
            VerdictJson.internet(g, r.internet(), details);
            g.writeObjectFieldStart("services");
            for (Map.Entry<String, ServiceVerdict> e : r.services().entrySet()) {
                VerdictJson.service(g, e.getKey(), e.getValue(), details);
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void workloads(JsonGenerator g, RegionNetwork network, Subnet s) throws IOException {
        g.writeArrayFieldStart("workloads");
        for (Workload w : network.workloadsIn(s.id())) {
            JsonOutput.inline(g, () -> {
                g.writeStartObject();
                g.writeStringField("logicalId", w.id().logicalId());
                g.writeStringField("type", w.type());
                g.writeStringField("path", w.path());
                g.writeEndObject();
            });
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
            VerdictJson.strings(g, "handed", t.handed());
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
        VerdictJson.strings(g, "resourceTypesNotModelled", new ArrayList<>(types));
    }
}
