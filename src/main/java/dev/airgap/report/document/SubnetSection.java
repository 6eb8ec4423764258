package dev.airgap.report.document;

import dev.airgap.network.Cidrs;
import dev.airgap.path.OnPremisesVerdict;
import dev.airgap.path.PathResult;
import dev.airgap.path.ServiceVerdict;
import dev.airgap.path.SubnetResult;
import dev.airgap.path.VpcResult;
import dev.airgap.policy.Scope;
import dev.airgap.report.ReportTexts;
import dev.airgap.report.document.ReportDocument.Block;
import dev.airgap.report.document.ReportDocument.Heading;
import dev.airgap.report.document.ReportDocument.Paragraph;
import dev.airgap.report.document.ReportDocument.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** "Subnets and services": the comparison table, one row per subnet and service. */
final class SubnetSection {

    private final ReportTexts t;

    private SubnetSection(ReportTexts t) {
        this.t = t;
    }

    static void add(List<Block> out, PathResult p, ReportTexts t) {
        new SubnetSection(t).table(out, p);
    }

    private void table(List<Block> out, PathResult p) {
        out.add(new Heading(1, t.get("subnets"), "subnets"));
        out.add(new Paragraph(t.get("subnets.intro")));
        List<String> headers = List.of(t.get("col.subnet"), t.get("col.region"), t.get("col.az"), t.get("col.cidr"),
                t.get("col.service"), t.get("col.access"), t.get("col.private"), t.get("col.ipType"),
                t.get("col.dnsName"), t.get("col.endpoint"), t.get("col.buckets"), t.get("col.onPremises"));
        List<List<String>> rows = new ArrayList<>();
        for (SubnetResult r : p.subnets()) {
            for (Map.Entry<String, ServiceVerdict> e : r.services().entrySet()) {
                ServiceVerdict v = e.getValue();
                rows.add(List.of(r.subnet().path(), Cells.region(r.region(), t),
                        Cells.orDash(r.subnet().az().display()),
                        r.subnet().cidr().isKnown() ? Cidrs.text(r.subnet().cidr().get()) : t.get("unknown"),
                        e.getKey(), t.get("access." + v.access().name()), v.privatePath() ? t.get("yes") : t.get("no"),
                        v.ipType() == null ? "—" : v.ipType().name(), dns(v), Cells.orDash(v.endpoint()), buckets(v),
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
}
