package dev.airgap.report.document;

import dev.airgap.AnalysisResult;
import dev.airgap.cost.CostReport;
import dev.airgap.cost.MoneyFormat;
import dev.airgap.cost.Recommendation;
import dev.airgap.cost.RegionCost;
import dev.airgap.network.Cidrs;
import dev.airgap.path.Access;
import dev.airgap.path.Blocker;
import dev.airgap.path.Hop;
import dev.airgap.path.OnPremisesVerdict;
import dev.airgap.path.PathResult;
import dev.airgap.path.ServiceVerdict;
import dev.airgap.path.SubnetResult;
import dev.airgap.path.VpcResult;
import dev.airgap.policy.Scope;
import dev.airgap.report.ReportInput;
import dev.airgap.report.ReportTexts;
import dev.airgap.report.RequirementStatus;
import dev.airgap.report.ViolationText;
import dev.airgap.report.document.ReportDocument.Block;
import dev.airgap.report.document.ReportDocument.Bullets;
import dev.airgap.report.document.ReportDocument.Definitions;
import dev.airgap.report.document.ReportDocument.Diagram;
import dev.airgap.report.document.ReportDocument.Heading;
import dev.airgap.report.document.ReportDocument.Link;
import dev.airgap.report.document.ReportDocument.Links;
import dev.airgap.report.document.ReportDocument.Paragraph;
import dev.airgap.report.document.ReportDocument.Table;
import dev.airgap.require.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the report's content once, in the reader's language: summary, path diagrams, the per-subnet comparison
 * table, requirements, violations with their hop-by-hop paths, and costs. Deterministic: everything follows the
 * analysis's own order (sorted by stack, logical ID, region).
 */
public final class ReportBuilder {

    private final ReportInput input;
    private final ReportTexts t;
    private final boolean diagrams;

    private ReportBuilder(ReportInput input, ReportTexts texts, boolean diagrams) {
        this.input = input;
        this.t = texts;
        this.diagrams = diagrams;
    }

    /** The whole report; {@code diagrams} false leaves the SVG pictures out (Markdown). */
    public static ReportDocument build(ReportInput input, ReportTexts texts, boolean diagrams) {
        return new ReportBuilder(input, texts, diagrams).document();
    }

    private ReportDocument document() {
        List<Block> out = new ArrayList<>();
        out.add(new Paragraph(t.get("report.intro", input.toolVersion())));
        List<Link> toc = new ArrayList<>();
        if (input.changes() != null) {
            toc.add(new Link(t.get("changes"), "#changes"));
        }
        toc.add(new Link(t.get("summary"), "#summary"));
        if (diagrams) {
            toc.add(new Link(t.get("diagrams"), "#diagrams"));
        }
        toc.add(new Link(t.get("subnets"), "#subnets"));
        toc.add(new Link(t.get("requirements"), "#requirements"));
        boolean needs = input.requirements().stream().anyMatch(r -> r.kind().equals("workloadNeeds"));
        if (needs) {
            toc.add(new Link(t.get("needs"), "#needs"));
        }
        toc.add(new Link(t.get("violations"), "#violations"));
        toc.add(new Link(t.get("costs"), "#costs"));
        out.add(new Links(toc));
        if (input.changes() != null) {
            // The first section, the text a pull-request comment shows first: what this change does to the network,
            // before what the network is.
            out.addAll(ChangeSection.blocks(input.changes(), t));
        }
        summary(out);
        if (diagrams) {
            diagrams(out);
        }
        subnets(out);
        requirements(out);
        if (needs) {
            needs(out);
        }
        violations(out);
        costs(out);
        return new ReportDocument(t.get("report.title"), out);
    }

    // ---- summary -----------------------------------------------------------------------------------------------

    private void summary(List<Block> out) {
        AnalysisResult a = input.analysis();
        PathResult p = a.paths();
        out.add(new Heading(1, t.get("summary"), "summary"));
        List<List<String>> rows = new ArrayList<>();
        long stacks = a.run().stacks().stream().map(s -> s.name()).distinct().count();
        rows.add(List.of(t.get("summary.stacks"), String.valueOf(stacks)));
        rows.add(List.of(t.get("summary.vpcs"), String.valueOf(p.vpcs().size())));
        rows.add(List.of(t.get("summary.subnets"), String.valueOf(p.subnets().size())));
        if (!input.requirements().isEmpty()) {
            long passed = input.requirements().stream().filter(RequirementStatus::passed).count();
            rows.add(List.of(t.get("summary.requirements"), passed + " / " + input.requirements().size() + " "
                    + t.get("requirement.passed")));
        }
        rows.add(List.of(t.get("summary.violations"), String.valueOf(input.violations().size())));
        CostReport costs = a.costs();
        if (costs != null) {
            for (RegionCost r : costs.regions()) {
                String amount = money(r.monthlyTotal());
                rows.add(List.of(t.get("summary.cost", costs.currency()) + " · " + r.region(),
                        r.complete() ? amount : t.get("summary.costIncomplete", amount)));
            }
        }
        out.add(new Table(List.of("", ""), rows));
        List<String> headers = new ArrayList<>();
        headers.add(t.get("col.service"));
        for (Access k : Access.values()) {
            headers.add(t.get("access." + k.name()));
        }
        List<List<String>> access = new ArrayList<>();
        for (String service : p.services()) {
            Map<Access, Integer> counts = new EnumMap<>(Access.class);
            for (SubnetResult r : p.subnets()) {
                ServiceVerdict v = r.services().get(service);
                if (v != null) {
                    counts.merge(v.access(), 1, Integer::sum);
                }
            }
            List<String> row = new ArrayList<>();
            row.add(service);
            for (Access k : Access.values()) {
                row.add(String.valueOf(counts.getOrDefault(k, 0)));
            }
            access.add(row);
        }
        out.add(new Paragraph(t.get("summary.access", String.join(", ", p.services()))));
        out.add(new Table(headers, access));
        if (!p.trusted().isEmpty()) {
            // Every waiver of the fail-closed rule is visible where the verdicts are read.
            out.add(new Paragraph(t.get("summary.trusted")));
            out.add(new Bullets(p.trusted().stream().map(u -> t.get("summary.trustedItem", u.resource().logicalId(),
                    u.type(), String.join(", ", u.handed()), u.trust().reason())).toList()));
        }
    }

    // ---- diagrams ----------------------------------------------------------------------------------------------

    private void diagrams(List<Block> out) {
        PathResult p = input.analysis().paths();
        String service = PathDiagram.defaultService(p);
        out.add(new Heading(1, t.get("diagrams"), "diagrams"));
        out.add(new Paragraph(t.get("diagrams.intro", service)));
        for (VpcResult v : p.vpcs()) {
            String title = t.get("diagram.title", v.vpc().path(), region(v.region()), service);
            String file = "airgap/" + (v.vpc().id().stack() + "-" + v.vpc().id().logicalId() + "-"
                    + Objects.toString(v.region(), "any")).replaceAll("[^A-Za-z0-9_.-]", "_") + ".svg";
            out.add(new Diagram(title, PathDiagram.render(v, p, service, t), file));
        }
    }

    // ---- the comparison table ----------------------------------------------------------------------------------

    private void subnets(List<Block> out) {
        PathResult p = input.analysis().paths();
        out.add(new Heading(1, t.get("subnets"), "subnets"));
        out.add(new Paragraph(t.get("subnets.intro")));
        List<String> headers = List.of(t.get("col.subnet"), t.get("col.region"), t.get("col.az"), t.get("col.cidr"),
                t.get("col.service"), t.get("col.access"), t.get("col.private"), t.get("col.ipType"),
                t.get("col.dnsName"), t.get("col.endpoint"), t.get("col.buckets"), t.get("col.onPremises"));
        List<List<String>> rows = new ArrayList<>();
        for (SubnetResult r : p.subnets()) {
            for (Map.Entry<String, ServiceVerdict> e : r.services().entrySet()) {
                ServiceVerdict v = e.getValue();
                rows.add(List.of(r.subnet().path(), region(r.region()), orDash(r.subnet().az().display()),
                        r.subnet().cidr().isKnown() ? Cidrs.text(r.subnet().cidr().get()) : t.get("unknown"),
                        e.getKey(), t.get("access." + v.access().name()), v.privatePath() ? t.get("yes") : t.get("no"),
                        v.ipType() == null ? "—" : v.ipType().name(), dns(v), orDash(v.endpoint()), buckets(v),
                        onPremises(p, r, e.getKey())));
            }
        }
        out.add(new Table(headers, rows));
    }

    private String dns(ServiceVerdict v) {
        if (v.dnsName() == null) {
            return "—";
        }
        return v.requiresEndpointUrl() ? t.get("endpointUrl", v.dnsName()) : v.dnsName();
    }

    private String buckets(ServiceVerdict v) {
        if (v.buckets() == null) {
            return "—";
        }
        if (v.buckets().scope() == Scope.RESTRICTED) {
            // a ceiling: the caller's own role is unknown, so it may reach fewer
            return v.buckets().ceiling() ? t.get("buckets.atMost", String.join(", ", v.buckets().allowed()))
                    : String.join(", ", v.buckets().allowed());
        }
        return v.buckets().scope().name();
    }

    private String onPremises(PathResult p, SubnetResult r, String service) {
        Optional<VpcResult> vpc = p.vpcOf(r);
        if (vpc.isEmpty()) {
            return t.get("unknown");
        }
        OnPremisesVerdict op = vpc.get().onPremises();
        if (!op.connected()) {
            return "—";
        }
        OnPremisesVerdict.Service s = op.services().get(service);
        return s == null ? "—" : t.get("access." + s.access().name());
    }

    // ---- requirements and violations ---------------------------------------------------------------------------

    private void requirements(List<Block> out) {
        out.add(new Heading(1, t.get("requirements"), "requirements"));
        if (input.requirements().isEmpty()) {
            out.add(new Paragraph(t.get("requirements.none")));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (RequirementStatus r : input.requirements()) {
            rows.add(List.of(r.name(), r.kind(), r.description(),
                    r.passed() ? "✔ " + t.get("requirement.passed")
                            : "✘ " + t.get("requirement.failed", r.violations())));
        }
        out.add(new Table(List.of(t.get("col.requirement"), t.get("col.kind"), t.get("col.what"),
                t.get("col.result")), rows));
    }

    /** "What each workload needs", when a {@code <workloadNeeds>} requirement asks for it. */
    private void needs(List<Block> out) {
        out.add(new Heading(1, t.get("needs"), "needs"));
        out.add(new Paragraph(t.get("needs.intro")));
        List<List<String>> rows = new ArrayList<>();
        for (dev.airgap.require.WorkloadNeeds.Row r : dev.airgap.require.WorkloadNeeds.rows(
                input.analysis().evidence())) {
            String reached = r.reached() == null ? "? " + t.get("needs.unknown")
                    : r.reached() ? "✔ " + t.get("yes") : "✘ " + t.get("no");
            rows.add(List.of(r.workload() + " (" + r.type() + ")", r.subnet(), r.service(),
                    t.get("needs.level." + r.level().name()), reached, r.how(),
                    r.because() + (r.source() == null ? "" : " — " + r.source())));
        }
        if (rows.isEmpty()) {
            out.add(new Paragraph(t.get("needs.none")));
            return;
        }
        out.add(new Table(List.of(t.get("col.workload"), t.get("col.subnet"), t.get("col.service"),
                t.get("col.need"), t.get("col.reached"), t.get("col.how"), t.get("col.why")), rows));
    }

    private void violations(List<Block> out) {
        out.add(new Heading(1, t.get("violations"), "violations"));
        if (input.violations().isEmpty()) {
            out.add(new Paragraph(t.get("violations.none")));
            return;
        }
        int n = 0;
        for (Violation f : input.violations()) {
            n++;
            out.add(new Heading(2, ViolationText.message(f), "violation-" + n));
            List<List<String>> defs = new ArrayList<>();
            defs.add(List.of(t.get("violation.found"), f.found()));
            if (f.component() != null) {
                defs.add(List.of(t.get("violation.component"), ViolationText.component(f)));
            }
            if (f.source() != null) {
                defs.add(List.of(t.get("violation.source"), ViolationText.source(f)));
            }
            if (f.fix() != null) {
                defs.add(List.of(t.get("violation.fix"), f.fix()));
            }
            if (f.unknown()) {
                defs.add(List.of(t.get("access.UNKNOWN"), t.get("violation.unknown")));
            }
            out.add(new Definitions(defs));
            path(out, f);
        }
    }

    /** The hop-by-hop path of the violation's subnet and service (internet egress when no service is named). */
    private void path(List<Block> out, Violation f) {
        if (f.subnet() == null) {
            return;
        }
        Optional<SubnetResult> subnet = input.analysis().paths().subnets().stream()
                .filter(r -> r.subnet().id().logicalId().equals(f.subnet().logicalId())
                        && (f.subnet().stack() == null || r.subnet().id().stack().equals(f.subnet().stack()))
                        && (f.region() == null || Objects.equals(f.region(), r.region())))
                .findFirst();
        if (subnet.isEmpty()) {
            return;
        }
        List<Hop> hops;
        List<Blocker> blockers;
        ServiceVerdict v = f.service() == null ? null : subnet.get().services().get(f.service());
        if (v != null) {
            hops = v.hops();
            blockers = v.blockers();
        } else {
            hops = subnet.get().internet().hops();
            blockers = subnet.get().internet().blockers();
        }
        if (!hops.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            int i = 0;
            for (Hop h : hops) {
                rows.add(List.of(String.valueOf(++i), h.component(), orDash(h.type()), orDash(h.detail())));
            }
            out.add(new Paragraph(t.get("violation.path")));
            out.add(new Table(List.of("#", t.get("col.resource"), t.get("col.kind"), t.get("col.what")), rows));
        }
        if (!blockers.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (Blocker b : blockers) {
                rows.add(List.of(b.component(), b.code().name(), orDash(b.message()), orDash(b.fix())));
            }
            out.add(new Paragraph(t.get("violation.blockers")));
            out.add(new Table(List.of(t.get("col.resource"), t.get("col.kind"), t.get("col.what"),
                    t.get("violation.fix")), rows));
        }
    }

    // ---- costs -------------------------------------------------------------------------------------------------

    private void costs(List<Block> out) {
        out.add(new Heading(1, t.get("costs"), "costs"));
        CostReport c = input.analysis().costs();
        if (c == null || c.regions().isEmpty()) {
            out.add(new Paragraph(t.get("costs.none")));
            return;
        }
        out.add(new Paragraph(t.get("costs.intro", c.currency(), plain(c.settings().hoursPerMonth()))));
        for (RegionCost r : c.regions()) {
            out.add(new Heading(2, r.region(), "costs-" + r.region()));
            List<List<String>> rows = new ArrayList<>();
            for (RegionCost.InterfaceEndpointLine e : r.interfaceEndpoints()) {
                rows.add(List.of(e.stack() + "/" + e.logicalId(), t.get("cost.interface", e.service()),
                        e.azs().isEmpty() ? "?" : String.valueOf(e.azs().size()), rate(e.hourly()),
                        money(e.monthly())));
            }
            if (!r.interfaceEndpoints().isEmpty() && r.dataProcessing() != null) {
                rows.add(List.of("", t.get("cost.dataProcessing", plain(r.dataProcessing().gbPerMonth())), "", "",
                        money(r.dataProcessing().monthly())));
            }
            for (RegionCost.GatewayLoadBalancerEndpointLine e : r.gatewayLoadBalancerEndpoints()) {
                rows.add(List.of(e.stack() + "/" + e.logicalId(), t.get("cost.gwlb"), "", rate(e.hourly()),
                        money(e.monthly())));
            }
            for (RegionCost.NatGatewayLine g : r.natGateways()) {
                rows.add(List.of(g.stack() + "/" + g.logicalId(),
                        t.get("cost.nat", g.usage() == null ? "0" : plain(g.usage().gbPerMonth())), "",
                        rate(g.hourly()), money(g.monthly())));
            }
            RegionCost.PublicIpv4 ip = r.publicIpv4();
            if (ip != null && !ip.addresses().isEmpty()) {
                List<String> names = ip.addresses().stream().map(a -> a.logicalId()).toList();
                rows.add(List.of(String.join(", ", names), t.get("cost.ipv4", ip.addresses().size()), "",
                        rate(ip.hourly()), money(ip.monthly())));
            }
            for (RegionCost.GatewayEndpointLine g : r.gatewayEndpoints()) {
                rows.add(List.of(g.stack() + "/" + g.logicalId(), t.get("cost.gateway", g.service()), "", "0",
                        money(g.monthly())));
            }
            String total = money(r.monthlyTotal());
            rows.add(List.of(t.get("cost.total"), "", "", "",
                    r.complete() ? total : t.get("summary.costIncomplete", total)));
            out.add(new Table(List.of(t.get("col.resource"), t.get("col.what"), t.get("col.azs"),
                    t.get("col.perHour"), t.get("col.perMonth") + " (" + c.currency() + ")"), rows));
            List<String> unknown = new ArrayList<>();
            for (RegionCost.UnknownPrice u : r.unknownPrices()) {
                unknown.add(t.get("cost.unknownPrice", u.price(), String.join(", ", u.subjects()), u.reason()));
            }
            if (!unknown.isEmpty()) {
                out.add(new Bullets(unknown));
            }
        }
        out.add(new Paragraph(t.get("cost.allRegions") + ": " + money(c.monthlyTotal()) + " " + c.currency()
                + (c.complete() ? "" : " — " + t.get("summary.costIncomplete", "").trim())));
        if (!c.recommendations().isEmpty()) {
            out.add(new Heading(2, t.get("recommendations"), "recommendations"));
            out.add(new Bullets(c.recommendations().stream().map(Recommendation::message).toList()));
        }
    }

    // ---- formatting --------------------------------------------------------------------------------------------

    private String region(String region) {
        return region == null ? t.get("unknown") : region;
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    /** Amounts as the cost stage rounded them, grouped with commas whatever the machine's locale. */
    private static String money(BigDecimal amount) {
        return MoneyFormat.format(amount, "?");
    }

    private static String rate(BigDecimal rate) {
        return MoneyFormat.rate(rate, "?");
    }

    private static String plain(BigDecimal d) {
        return d == null ? "0" : MoneyFormat.exact(d).toPlainString();
    }
}
