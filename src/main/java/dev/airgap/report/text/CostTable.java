package dev.airgap.report.text;

import dev.airgap.cost.CostReport;
import dev.airgap.cost.CostSettings;
import dev.airgap.cost.MoneyFormat;
import dev.airgap.cost.Recommendation;
import dev.airgap.cost.RegionCost;
import dev.airgap.cost.Usage;
import java.util.List;

/**
 * The console summary of a {@link CostReport}: one table per region (resource, kind, AZs, per hour, per month),
 * then what could not be priced, the prices used with their origin, the recommendations and the total.
 */
public final class CostTable {

    private CostTable() {
    }

    public static String render(CostReport report) {
        CostSettings s = report.settings();
        StringBuilder out = new StringBuilder();
        out.append("Monthly cost in ").append(s.currency()).append(" (").append(MoneyFormat.rate(s.hoursPerMonth()))
                .append(" h a month");
        if (!s.currency().equals("USD")) {
            out.append(", ").append(MoneyFormat.rate(s.exchangeRate())).append(' ').append(s.currency())
                    .append(" per USD");
        }
        out.append("; ").append(s.roundingRule()).append(")\n");
        if (report.regions().isEmpty()) {
            out.append("  nothing to price: no endpoints, NAT gateways or public IPv4 addresses\n");
        }
        for (RegionCost r : report.regions()) {
            region(out, r, s);
        }
        if (!report.recommendations().isEmpty()) {
            out.append("Recommendations\n");
            for (Recommendation rec : report.recommendations()) {
                out.append("  - ").append(rec.message()).append('\n');
            }
        }
        out.append("Total of all regions: ").append(MoneyFormat.format(report.monthlyTotal())).append(' ')
                .append(s.currency()).append(" a month")
                .append(report.complete() ? "" : " (incomplete: some prices are unknown)").append('\n');
        return out.toString();
    }

    private static void region(StringBuilder out, RegionCost r, CostSettings s) {
        out.append(r.region()).append('\n');
        TextTable t = new TextTable(false, false, true, true, true);
        t.row("resource", "kind", "AZs", "per hour", "per month");
        for (RegionCost.InterfaceEndpointLine e : r.interfaceEndpoints()) {
            t.row(e.stack() + "/" + e.logicalId(), "interface endpoint " + e.service(),
                    e.azs().isEmpty() ? "?" : String.valueOf(e.azs().size()), MoneyFormat.rate(e.hourly()),
                    MoneyFormat.format(e.monthly()));
        }
        if (!r.interfaceEndpoints().isEmpty()) {
            RegionCost.DataProcessing d = r.dataProcessing();
            t.row("data processing", MoneyFormat.rate(d.gbPerMonth()) + " GB" + (d.assumed() ? " (assumed)" : ""),
                    "", "", MoneyFormat.format(d.monthly()));
        }
        for (RegionCost.GatewayLoadBalancerEndpointLine e : r.gatewayLoadBalancerEndpoints()) {
            t.row(e.stack() + "/" + e.logicalId(), "GWLB endpoint, " + gb(e.usage()), "",
                    MoneyFormat.rate(e.hourly()), MoneyFormat.format(e.monthly()));
        }
        for (RegionCost.NatGatewayLine n : r.natGateways()) {
            t.row(n.stack() + "/" + n.logicalId(), "NAT gateway, " + gb(n.usage()), "", MoneyFormat.rate(n.hourly()),
                    MoneyFormat.format(n.monthly()));
        }
        RegionCost.PublicIpv4 p = r.publicIpv4();
        if (!p.addresses().isEmpty()) {
            t.row(p.addresses().size() + " public IPv4 address" + (p.addresses().size() == 1 ? "" : "es"),
                    "public IPv4", "", MoneyFormat.rate(p.hourly()), MoneyFormat.format(p.monthly()));
        }
        for (RegionCost.GatewayEndpointLine g : r.gatewayEndpoints()) {
            t.row(g.stack() + "/" + g.logicalId(), "gateway endpoint " + g.service(), "", "0",
                    MoneyFormat.format(g.monthly()));
        }
        t.row("total", r.complete() ? "" : "incomplete", "", "", MoneyFormat.format(r.monthlyTotal()));
        t.render(out, "  ");
        for (RegionCost.UnknownPrice u : r.unknownPrices()) {
            out.append("  unknown ").append(u.price()).append(" for ").append(String.join(", ", u.subjects()))
                    .append(": ").append(u.reason()).append('\n');
        }
        for (RegionCost.PriceUsed pu : r.prices()) {
            out.append("  price ").append(pu.price()).append(' ').append(MoneyFormat.rate(pu.value())).append(' ')
                    .append(pu.currency());
            if (!pu.currency().equals(s.currency())) {
                out.append(" = ").append(MoneyFormat.rate(pu.converted())).append(' ').append(s.currency());
            }
            out.append(" (").append(pu.provenance().summary()).append(")\n");
        }
    }

    private static String gb(Usage.Figure f) {
        return MoneyFormat.rate(f.gbPerMonth()) + " GB" + (f.assumed() ? " (assumed)" : "");
    }

    public static List<String> lines(CostReport report) {
        return List.of(render(report).split("\n"));
    }
}
