package dev.airgap.require;

import dev.airgap.path.Blocker;
import dev.airgap.path.Hop;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** How violations name the parts of a path: the offending hop, the route table, the first blocker. */
final class Hops {

    private Hops() {
    }

    /** The hops as one line: components, with the route that matched in brackets. */
    static String line(List<Hop> hops) {
        StringBuilder sb = new StringBuilder();
        Set<String> seen = new LinkedHashSet<>();
        for (Hop h : hops) {
            if (!seen.add(h.component())) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(" -> ");
            }
            sb.append(h.component());
            int route = h.detail() == null ? -1 : h.detail().indexOf(": route ");
            if ("AWS::EC2::RouteTable".equals(h.type()) && route >= 0) {
                sb.append(" [").append(h.detail().substring(route + 2)).append(']');
            }
        }
        return sb.toString();
    }

    /** The first hop of a resource type, or null. */
    static Hop ofType(List<Hop> hops, String type) {
        for (Hop h : hops) {
            if (type.equals(h.type())) {
                return h;
            }
        }
        return null;
    }

    static Hop last(List<Hop> hops) {
        return hops.isEmpty() ? null : hops.get(hops.size() - 1);
    }


    /** The hop's component, or "the route table" when the path has none. */
    static String name(Hop h) {
        return h == null ? "the route table" : h.component();
    }

    /** The first blocker, else the last hop: what a violation of an undecided or refused path names. */
    static Component culprit(List<Blocker> blockers, List<Hop> hops) {
        return blockers.isEmpty() ? Component.of(last(hops)) : Component.of(blockers.get(0));
    }

    static String fixOr(List<Blocker> blockers, String other) {
        return blockers.isEmpty() || blockers.get(0).fix() == null ? other : blockers.get(0).fix();
    }
}
