package dev.airgap.report.text;

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
import dev.airgap.policy.Scope;
import dev.airgap.report.SubnetSelector;
import dev.airgap.template.Excerpt;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Plain text for the {@code explain} goal: for each selected subnet and service, the verdict, the hop-by-hop path
 * and, when blocked, every blocker with its fix. Meant for a terminal: no colours, lines under about 120 columns.
 * The text is built line by line, and each line has its control characters escaped in {@link #line}: names and
 * reasons come from the templates, and a raw newline or terminal escape in a logical ID must not forge a log line.
 */
public final class ExplainRenderer {

    private final List<String> lines = new ArrayList<>();

    private ExplainRenderer() {
    }

    /**
     * Renders the matching subnets for one service (null or blank: every analysed service). When nothing matches,
     * says so and lists the subnets that exist.
     */
    public static String render(PathResult result, SubnetSelector subnetSelector, String service) {
        ExplainRenderer out = new ExplainRenderer();
        out.subnets(result, subnetSelector, service);
        return out.lines.stream().map(l -> l + "\n").collect(Collectors.joining());
    }

    private void line(String text) {
        lines.add(Excerpt.escapeControls(text));
    }

    private void subnets(PathResult result, SubnetSelector subnetSelector, String service) {
        List<SubnetResult> subnets = subnetSelector.select(result);
        if (subnets.isEmpty()) {
            line("No subnet matches '" + subnetSelector.text() + "'. Subnets analysed:");
            for (SubnetResult r : result.subnets()) {
                line("  " + r.subnet().id().logicalId() + "  " + r.subnet().path());
            }
            return;
        }
        List<String> services = service == null || service.isBlank() ? result.services() : List.of(service.trim());
        for (SubnetResult r : subnets) {
            header(r);
            for (String s : services) {
                ServiceVerdict v = r.services().get(s);
                if (v == null) {
                    line("");
                    line("  " + s + ": not analysed (analysed services: " + String.join(", ", result.services())
                            + ")");
                    continue;
                }
                verdict(v, r.region());
                result.vpcOf(r).map(vr -> vr.onPremises()).ifPresent(op -> onPremises(op, s));
            }
            line("");
        }
    }

    private void onPremises(OnPremisesVerdict op, String service) {
        OnPremisesVerdict.Service s = op.services().get(service);
        if (s == null) {
            return;
        }
        StringBuilder sb = new StringBuilder("    from on-premises: ").append(s.access());
        if (op.connected()) {
            sb.append(" (connected via ").append(String.join(", ", op.via()))
                    .append(op.cidrs().isEmpty() ? "" : "; on-premises " + String.join(", ", op.cidrs())).append(')');
        }
        line(sb.append(" - ").append(s.reason()).toString());
        int i = 1;
        for (Hop h : s.hops()) {
            line(String.format("      %2d. %s [%s] %s", i++, h.component(), h.type(), h.detail()));
        }
        for (Blocker b : s.blockers()) {
            line("      - " + b.component() + ' ' + b.code() + ": " + b.message());
            line("        fix: " + b.fix());
        }
    }

    private void header(SubnetResult r) {
        Subnet s = r.subnet();
        line("Subnet " + s.id().logicalId() + " (" + s.path() + ")");
        line("  stack " + s.id().stack() + ", region " + (r.region() == null ? "unknown" : r.region())
                + ", VPC " + (s.vpc().isKnown() ? s.vpc().get().logicalId() : "unknown")
                + ", AZ " + (s.az().display() == null ? "unknown" : s.az().display())
                + ", CIDR " + (s.cidr().isKnown() ? Cidrs.text(s.cidr().get()) : "unknown"));
        line("  internet egress: " + r.internet().egress() + " - " + r.internet().reason());
    }

    private void verdict(ServiceVerdict v, String region) {
        StringBuilder sb = new StringBuilder("  ").append(v.service()).append(": ").append(v.access());
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
        line("");
        line(sb.toString());
        line("    DNS name: " + v.dnsName() + (v.requiresEndpointUrl()
                ? "  (use --endpoint-url https://" + v.dnsName() + " --region " + (region == null ? "{region}" : region)
                + ")" : ""));
        if (v.buckets() != null) {
            StringBuilder b = new StringBuilder("dynamodb".equals(v.service()) ? "    tables: " : "    buckets: ")
                    .append(v.buckets().scope());
            if (v.buckets().ceiling()) {
                // the reason already is the sentence: "at most X (endpoint policy E, statement S); ..."
                b.append(" - ").append(v.buckets().reason());
            } else {
                if (!v.buckets().allowed().isEmpty() && v.buckets().scope() != Scope.ALL) {
                    b.append(' ').append(String.join(", ", v.buckets().allowed()));
                }
                if (!v.buckets().reason().isBlank()) {
                    b.append(" - ").append(v.buckets().reason());
                }
            }
            line(b.toString());
            for (AccessCheckResult c : v.buckets().checks()) {
                StringBuilder cl = new StringBuilder("    ").append(c.check()).append(": ").append(c.decision());
                if (!c.because().isEmpty()) {
                    cl.append(" (").append(String.join("; ", c.because())).append(')');
                } else if (!c.reasons().isEmpty()) {
                    cl.append(" - ").append(String.join(" ", c.reasons()));
                }
                line(cl.toString());
            }
        }
        if (!v.securityGroups().isEmpty()) {
            line("    security groups that get through: " + String.join(", ", v.securityGroups()));
        }
        line("    why: " + v.reason());
        if (!v.hops().isEmpty()) {
            line("    path:");
            int i = 1;
            for (Hop h : v.hops()) {
                line(String.format("      %2d. %s [%s] %s", i++, h.component(), h.type(), h.detail()));
            }
        }
        if (!v.blockers().isEmpty()) {
            line("    blocked by:");
            for (Blocker b : v.blockers()) {
                line("      - " + b.component() + " [" + b.type() + "] " + b.code() + ": " + b.message());
                line("        fix: " + b.fix());
            }
        }
        List<String> codes = new ArrayList<>();
        List<String> assumptions = new ArrayList<>();
        for (Code c : v.codes()) {
            (c.assumption() ? assumptions : codes).add(c.name());
        }
        if (!codes.isEmpty()) {
            line("    codes: " + String.join(", ", codes));
        }
        if (!assumptions.isEmpty()) {
            line("    assumed: " + String.join(", ", assumptions));
        }
    }
}
