package dev.airgap.report;

import dev.airgap.network.Cidrs;
import dev.airgap.network.Subnet;
import dev.airgap.path.AccessCheckResult;
import dev.airgap.path.Blocker;
import dev.airgap.path.Code;
import dev.airgap.path.Hop;
import dev.airgap.path.OnPremisesVerdict;
import dev.airgap.path.PathResult;
import dev.airgap.path.ServiceVerdict;
import dev.airgap.path.SubnetResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain text for the {@code explain} goal: for each selected subnet and service, the verdict, the hop-by-hop path
 * and, when blocked, every blocker with its fix. Meant for a terminal: no colours, lines under about 120 columns.
 */
public final class ExplainRenderer {

    private ExplainRenderer() {
    }

    /**
     * Renders the matching subnets for one service (null or blank: every analysed service). When nothing matches,
     * says so and lists the subnets that exist.
     */
    public static String render(PathResult result, String subnetSelector, String service) {
        List<SubnetResult> subnets = SubnetSelector.select(result, subnetSelector);
        StringBuilder sb = new StringBuilder();
        if (subnets.isEmpty()) {
            sb.append("No subnet matches '").append(subnetSelector).append("'. Subnets analysed:\n");
            for (SubnetResult r : result.subnets()) {
                sb.append("  ").append(r.subnet().id().logicalId()).append("  ").append(r.subnet().path()).append('\n');
            }
            return sb.toString();
        }
        List<String> services = service == null || service.isBlank() ? result.services() : List.of(service.trim());
        for (SubnetResult r : subnets) {
            header(sb, r);
            for (String s : services) {
                ServiceVerdict v = r.services().get(s);
                if (v == null) {
                    sb.append("\n  ").append(s).append(": not analysed (analysed services: ")
                            .append(String.join(", ", result.services())).append(")\n");
                    continue;
                }
                verdict(sb, v, r.region());
                result.vpcOf(r).map(vr -> vr.onPremises()).ifPresent(op -> onPremises(sb, op, s));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void onPremises(StringBuilder sb, OnPremisesVerdict op, String service) {
        OnPremisesVerdict.Service s = op.services().get(service);
        if (s == null) {
            return;
        }
        sb.append("    from on-premises: ").append(s.access());
        if (op.connected()) {
            sb.append(" (connected via ").append(String.join(", ", op.via()))
                    .append(op.cidrs().isEmpty() ? "" : "; on-premises " + String.join(", ", op.cidrs())).append(')');
        }
        sb.append(" - ").append(s.reason()).append('\n');
        int i = 1;
        for (Hop h : s.hops()) {
            sb.append(String.format("      %2d. %s [%s] %s%n", i++, h.component(), h.type(), h.detail()));
        }
        for (Blocker b : s.blockers()) {
            sb.append("      - ").append(b.component()).append(' ').append(b.code()).append(": ").append(b.message())
                    .append("\n        fix: ").append(b.fix()).append('\n');
        }
    }

    private static void header(StringBuilder sb, SubnetResult r) {
        Subnet s = r.subnet();
        sb.append("Subnet ").append(s.id().logicalId()).append(" (").append(s.path()).append(")\n");
        sb.append("  stack ").append(s.id().stack()).append(", region ")
                .append(r.region() == null ? "unknown" : r.region())
                .append(", VPC ").append(s.vpc().isKnown() ? s.vpc().get().logicalId() : "unknown")
                .append(", AZ ").append(s.az().display() == null ? "unknown" : s.az().display())
                .append(", CIDR ").append(s.cidr().isKnown() ? Cidrs.text(s.cidr().get()) : "unknown").append('\n');
        sb.append("  internet egress: ").append(r.internet().egress()).append(" - ").append(r.internet().reason())
                .append('\n');
    }

    private static void verdict(StringBuilder sb, ServiceVerdict v, String region) {
        sb.append("\n  ").append(v.service()).append(": ").append(v.access());
        List<String> facts = new ArrayList<>();
        if (v.ipType() != null) {
            facts.add(v.privatePath() ? "private" : "not private");
            facts.add(v.ipType().name().toLowerCase(java.util.Locale.ROOT) + " IPs");
        }
        if (v.endpoint() != null) {
            facts.add("endpoint " + v.endpoint());
        }
        if (!facts.isEmpty()) {
            sb.append(" (").append(String.join(", ", facts)).append(')');
        }
        sb.append('\n');
        sb.append("    DNS name: ").append(v.dnsName()).append(v.requiresEndpointUrl()
                ? "  (use --endpoint-url https://" + v.dnsName() + " --region " + (region == null ? "{region}" : region)
                + ")" : "").append('\n');
        if (v.buckets() != null) {
            sb.append("dynamodb".equals(v.service()) ? "    tables: " : "    buckets: ").append(v.buckets().scope());
            if (!v.buckets().allowed().isEmpty() && !"ALL".equals(v.buckets().scope())) {
                sb.append(' ').append(String.join(", ", v.buckets().allowed()));
            }
            if (!v.buckets().reason().isBlank()) {
                sb.append(" - ").append(v.buckets().reason());
            }
            sb.append('\n');
            for (AccessCheckResult c : v.buckets().checks()) {
                sb.append("    ").append(c.check()).append(": ").append(c.decision());
                if (!c.because().isEmpty()) {
                    sb.append(" (").append(String.join("; ", c.because())).append(')');
                } else if (!c.reasons().isEmpty()) {
                    sb.append(" - ").append(String.join(" ", c.reasons()));
                }
                sb.append('\n');
            }
        }
        if (!v.securityGroups().isEmpty()) {
            sb.append("    security groups that get through: ").append(String.join(", ", v.securityGroups()))
                    .append('\n');
        }
        sb.append("    why: ").append(v.reason()).append('\n');
        if (!v.hops().isEmpty()) {
            sb.append("    path:\n");
            int i = 1;
            for (Hop h : v.hops()) {
                sb.append(String.format("      %2d. %s [%s] %s%n", i++, h.component(), h.type(), h.detail()));
            }
        }
        if (!v.blockers().isEmpty()) {
            sb.append("    blocked by:\n");
            for (Blocker b : v.blockers()) {
                sb.append("      - ").append(b.component()).append(" [").append(b.type()).append("] ")
                        .append(b.code()).append(": ").append(b.message()).append('\n');
                sb.append("        fix: ").append(b.fix()).append('\n');
            }
        }
        List<String> codes = new ArrayList<>();
        List<String> assumptions = new ArrayList<>();
        for (Code c : v.codes()) {
            (c.assumption() ? assumptions : codes).add(c.name());
        }
        if (!codes.isEmpty()) {
            sb.append("    codes: ").append(String.join(", ", codes)).append('\n');
        }
        if (!assumptions.isEmpty()) {
            sb.append("    assumed: ").append(String.join(", ", assumptions)).append('\n');
        }
    }
}
