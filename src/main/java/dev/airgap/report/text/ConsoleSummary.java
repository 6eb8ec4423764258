package dev.airgap.report.text;

import dev.airgap.path.Access;
import dev.airgap.path.Egress;
import dev.airgap.path.PathResult;
import dev.airgap.path.ServiceVerdict;
import dev.airgap.path.SubnetResult;
import dev.airgap.resolve.ResolvedRun;
import dev.airgap.template.Excerpt;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A few lines for the build log: what was analysed, subnets by access kind per service, and the unknowns. Each line
 * has its control characters escaped: logical IDs and reasons come from the templates, and a newline or terminal
 * escape in one must not forge or recolour a log line.
 */
public final class ConsoleSummary {

    private static final int MAX_UNKNOWNS_SHOWN = 5;

    private ConsoleSummary() {
    }

    public static List<String> lines(ResolvedRun run, PathResult result) {
        List<String> out = new ArrayList<>();
        long stacks = run.stacks().stream().map(s -> s.name()).distinct().count();
        out.add("airgap: " + stacks + " stack" + (stacks == 1 ? "" : "s") + ", " + result.vpcs().size() + " VPC"
                + (result.vpcs().size() == 1 ? "" : "s") + ", " + result.subnets().size() + " subnet"
                + (result.subnets().size() == 1 ? "" : "s") + " analysed");
        Map<Egress, Integer> egress = new EnumMap<>(Egress.class);
        for (SubnetResult r : result.subnets()) {
            egress.merge(r.internet().egress(), 1, Integer::sum);
        }
        out.add("  internet egress: " + counts(egress));
        List<String> unknowns = new ArrayList<>();
        for (String service : result.services()) {
            Map<Access, Integer> access = new EnumMap<>(Access.class);
            for (SubnetResult r : result.subnets()) {
                ServiceVerdict v = r.services().get(service);
                access.merge(v.access(), 1, Integer::sum);
                if (v.access() == Access.UNKNOWN) {
                    unknowns.add(r.subnet().id().logicalId() + (r.region() == null ? "" : " (" + r.region() + ")")
                            + " / " + service + ": " + v.reason());
                }
            }
            out.add("  " + service + ": " + counts(access));
        }
        if (!unknowns.isEmpty()) {
            out.add("  " + unknowns.size() + " verdict" + (unknowns.size() == 1 ? " is" : "s are")
                    + " UNKNOWN (the templates do not say enough):");
            unknowns.stream().limit(MAX_UNKNOWNS_SHOWN).forEach(u -> out.add("    " + u));
            if (unknowns.size() > MAX_UNKNOWNS_SHOWN) {
                out.add("    … and " + (unknowns.size() - MAX_UNKNOWNS_SHOWN) + " more (see airgap.json)");
            }
        }
        return out.stream().map(Excerpt::escapeControls).toList();
    }

    private static <E extends Enum<E>> String counts(Map<E, Integer> m) {
        if (m.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        m.forEach((k, v) -> parts.add(v + " " + k.name()));
        return String.join(", ", parts);
    }
}
