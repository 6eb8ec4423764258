package dev.airgap.change;

import dev.airgap.cost.MoneyFormat;
import dev.airgap.path.Access;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Finds the changes between two snapshots; {@link Changes#between} is the way in. */
final class ChangeDetector {

    private ChangeDetector() {
    }

    static List<Change> changes(Snapshot was, Snapshot now) {
        List<Change> out = new ArrayList<>();
        Set<String> common = new LinkedHashSet<>(now.services());
        common.retainAll(was.services());
        if (!new TreeSet<>(was.services()).equals(new TreeSet<>(now.services()))) {
            // A service only one side analysed has no "before" or "after" to compare: say so once.
            out.add(new Change.NotCompared("services", "the baseline analysed " + list(was.services())
                    + ", this build " + list(now.services()) + "; only " + list(List.copyOf(common))
                    + " are compared"));
        }
        subnets(was, now, common, out);
        vpcs(was, now, common, out);
        endpoints(was, now, out);
        violations(was, now, out);
        costs(was, now, out);
        return out;
    }

    private static void subnets(Snapshot was, Snapshot now, Set<String> services, List<Change> out) {
        Map<String, SubnetState> before = byKey(was.subnets());
        Map<String, SubnetState> after = byKey(now.subnets());
        // A subnet whose logical ID changed but whose construct path did not is the same subnet.
        Map<String, SubnetState> unmatchedBefore = new TreeMap<>();
        before.forEach((k, s) -> {
            if (!after.containsKey(k)) {
                unmatchedBefore.put(k, s);
            }
        });
        Map<String, SubnetState> beforeByPath = uniqueByPath(unmatchedBefore.values());
        Map<String, SubnetState> afterByPath = uniqueByPath(after.entrySet().stream()
                .filter(e -> !before.containsKey(e.getKey())).map(Map.Entry::getValue).toList());
        Map<String, SubnetState> renamedFrom = new TreeMap<>();
        for (Map.Entry<String, SubnetState> e : afterByPath.entrySet()) {
            SubnetState old = beforeByPath.get(e.getKey());
            if (old != null) {
                renamedFrom.put(e.getValue().ref().key(), old);
                unmatchedBefore.remove(old.ref().key());
            }
        }
        for (Map.Entry<String, SubnetState> e : after.entrySet()) {
            SubnetState n = e.getValue();
            SubnetState o = before.get(e.getKey());
            if (o == null && renamedFrom.containsKey(e.getKey())) {
                o = renamedFrom.get(e.getKey());
                out.add(new Change.Renamed(o.ref(), n.ref()));
            }
            if (o == null) {
                out.add(new Change.Subnet(n.ref(), null, n));
                continue;
            }
            subnet(o, n, services, out);
        }
        for (SubnetState gone : unmatchedBefore.values()) {
            out.add(new Change.Subnet(gone.ref(), gone, null));
        }
    }

    private static void subnet(SubnetState o, SubnetState n, Set<String> services, List<Change> out) {
        if (o.internet() != n.internet()) {
            out.add(new Change.Internet(n.ref(), o.internet(), n.internet()));
        }
        for (String service : services) {
            ServiceState a = o.services().get(service);
            ServiceState b = n.services().get(service);
            if (a == null || b == null) {
                continue;
            }
            if (a.access() != b.access() || a.privatePath() != b.privatePath()
                    || !Objects.equals(a.endpoint(), b.endpoint())) {
                out.add(new Change.ServiceAccess(n.ref(), service, a, b));
            }
            // Without a path on one side the access change says it all; a scope "narrowed to NONE" would be noise.
            boolean bothReach = a.access() != Access.NONE && b.access() != Access.NONE;
            if (bothReach && a.scope() != null && b.scope() != null && (!a.scope().equals(b.scope())
                    || !new TreeSet<>(a.allowed()).equals(new TreeSet<>(b.allowed())))) {
                out.add(new Change.BucketScope(n.ref(), service, a, b));
            }
        }
    }

    private static void vpcs(Snapshot was, Snapshot now, Set<String> services, List<Change> out) {
        Map<String, VpcState> before = new LinkedHashMap<>();
        was.vpcs().forEach(v -> before.put(v.key(), v));
        for (VpcState n : now.vpcs()) {
            VpcState o = before.get(n.key());
            if (o == null) {
                continue;
            }
            for (String service : services) {
                Access a = o.onPremises().get(service);
                Access b = n.onPremises().get(service);
                if (a != null && b != null && a != b) {
                    out.add(new Change.OnPremises(n, service, a, b));
                }
            }
        }
    }

    private static void endpoints(Snapshot was, Snapshot now, List<Change> out) {
        Map<String, EndpointState> before = new TreeMap<>();
        was.endpoints().forEach(e -> before.put(e.key(), e));
        Map<String, EndpointState> after = new TreeMap<>();
        now.endpoints().forEach(e -> after.put(e.key(), e));
        after.forEach((k, e) -> {
            if (!before.containsKey(k)) {
                out.add(new Change.Endpoint(e, true));
            }
        });
        before.forEach((k, e) -> {
            if (!after.containsKey(k)) {
                out.add(new Change.Endpoint(e, false));
            }
        });
    }

    private static void violations(Snapshot was, Snapshot now, List<Change> out) {
        Set<String> before = new LinkedHashSet<>();
        was.violations().forEach(v -> before.add(v.key()));
        Set<String> after = new LinkedHashSet<>();
        now.violations().forEach(v -> after.add(v.key()));
        Set<String> seen = new LinkedHashSet<>();
        for (ViolationState v : now.violations()) {
            if (!before.contains(v.key()) && seen.add(v.key())) {
                out.add(new Change.Violation(v, true));
            }
        }
        for (ViolationState v : was.violations()) {
            if (!after.contains(v.key()) && seen.add(v.key())) {
                out.add(new Change.Violation(v, false));
            }
        }
    }

    private static void costs(Snapshot was, Snapshot now, List<Change> out) {
        String a = was.costs().currency();
        String b = now.costs().currency();
        if (a == null || b == null) {
            return;
        }
        if (!a.equals(b)) {
            out.add(new Change.NotCompared("costs", "the baseline is priced in " + a + ", this build in " + b
                    + "; costs are not compared"));
            return;
        }
        Set<String> regions = new TreeSet<>(was.costs().monthly().keySet());
        regions.addAll(now.costs().monthly().keySet());
        for (String region : regions) {
            BigDecimal x = was.costs().monthly().getOrDefault(region, BigDecimal.ZERO);
            BigDecimal y = now.costs().monthly().getOrDefault(region, BigDecimal.ZERO);
            // Compared at the currency's minor unit: a difference no report would show is no change.
            String px = MoneyFormat.plain(x, a);
            String py = MoneyFormat.plain(y, a);
            if (!px.equals(py)) {
                out.add(new Change.Cost(region, a, x, y));
            }
        }
    }

    private static Map<String, SubnetState> byKey(List<SubnetState> subnets) {
        Map<String, SubnetState> out = new TreeMap<>();
        subnets.forEach(s -> out.put(s.ref().key(), s));
        return out;
    }

    /** The subnets by construct path, leaving out paths two subnets share (no identity to trust there). */
    private static Map<String, SubnetState> uniqueByPath(Collection<SubnetState> subnets) {
        Map<String, SubnetState> out = new TreeMap<>();
        Set<String> shared = new TreeSet<>();
        for (SubnetState s : subnets) {
            String k = s.ref().pathKey();
            if (k != null && out.putIfAbsent(k, s) != null) {
                shared.add(k);
            }
        }
        shared.forEach(out::remove);
        return out;
    }

    private static String list(List<String> services) {
        return services.isEmpty() ? "no service" : String.join(", ", services);
    }
}
