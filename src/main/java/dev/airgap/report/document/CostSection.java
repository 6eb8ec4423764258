package dev.airgap.report.document;

import static dev.airgap.report.document.Cells.money;
import static dev.airgap.report.document.Cells.plain;
import static dev.airgap.report.document.Cells.rate;

import dev.airgap.cost.CostReport;
import dev.airgap.cost.Recommendation;
import dev.airgap.cost.RegionCost;
import dev.airgap.report.ReportTexts;
import dev.airgap.report.document.ReportDocument.Block;
import dev.airgap.report.document.ReportDocument.Bullets;
import dev.airgap.report.document.ReportDocument.Heading;
import dev.airgap.report.document.ReportDocument.Paragraph;
import dev.airgap.report.document.ReportDocument.Table;
import java.util.ArrayList;
import java.util.List;

/** "Costs": per region, the priced lines and their total, unknown prices, the total of all regions, advice. */
final class CostSection {

    private CostSection() {
    }

    static void add(List<Block> out, CostReport c, ReportTexts t) {
        out.add(new Heading(1, t.get("costs"), "costs"));
        if (c == null || c.regions().isEmpty()) {
            out.add(new Paragraph(t.get("costs.none")));
            return;
        }
        out.add(new Paragraph(t.get("costs.intro", c.currency(), plain(c.settings().hoursPerMonth()))));
        for (RegionCost r : c.regions()) {
            region(out, r, c.currency(), t);
        }
        out.add(new Paragraph(t.get("cost.allRegions") + ": " + money(c.monthlyTotal()) + " " + c.currency()
                + (c.complete() ? "" : " — " + t.get("summary.costIncomplete", "").trim())));
        if (!c.recommendations().isEmpty()) {
            out.add(new Heading(2, t.get("recommendations"), "recommendations"));
            out.add(new Bullets(c.recommendations().stream().map(Recommendation::message).toList()));
        }
    }

    private static void region(List<Block> out, RegionCost r, String currency, ReportTexts t) {
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
                t.get("col.perHour"), t.get("col.perMonth") + " (" + currency + ")"), rows));
        List<String> unknown = new ArrayList<>();
        for (RegionCost.UnknownPrice u : r.unknownPrices()) {
            unknown.add(t.get("cost.unknownPrice", u.price(), String.join(", ", u.subjects()), u.reason()));
        }
        if (!unknown.isEmpty()) {
            out.add(new Bullets(unknown));
        }
    }
}
