package dev.airgap.deployed;

import dev.airgap.path.EgressVerdict;
import dev.airgap.path.PathResult;
import dev.airgap.path.ServiceVerdict;
import dev.airgap.path.SubnetResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The verdicts that differ between two analyses of the same run, one with the local templates and one with the
 * deployed templates of the same stacks: per subnet (stack, logical ID, region), the internet egress and, per
 * service, the access kind and whether the path is private. Subnets only one side has are differences too.
 * Everything else a verdict carries (hops, reasons, DNS names) is left out: it explains a verdict, it is not one.
 */
public final class VerdictComparison {

    private VerdictComparison() {
    }

    /** One line per difference, sorted by subnet then service. */
    public static List<String> differences(PathResult local, PathResult deployed) {
        Map<String, SubnetResult> l = bySubnet(local);
        Map<String, SubnetResult> d = bySubnet(deployed);
        Set<String> keys = new TreeSet<>(l.keySet());
        keys.addAll(d.keySet());
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            SubnetResult a = l.get(key);
            SubnetResult b = d.get(key);
            if (a == null || b == null) {
                out.add("subnet " + key + ": only in the " + (a == null ? "deployed" : "local") + " template");
                continue;
            }
            if (a.internet().egress() != b.internet().egress()) {
                out.add("subnet " + key + " internet: local " + egress(a.internet()) + ", deployed "
                        + egress(b.internet()));
            }
            Set<String> services = new TreeSet<>(a.services().keySet());
            services.addAll(b.services().keySet());
            for (String service : services) {
                ServiceVerdict x = a.services().get(service);
                ServiceVerdict y = b.services().get(service);
                if (!verdict(x).equals(verdict(y))) {
                    out.add("subnet " + key + " " + service + ": local " + verdict(x) + ", deployed " + verdict(y));
                }
            }
        }
        return out;
    }

    private static Map<String, SubnetResult> bySubnet(PathResult paths) {
        Map<String, SubnetResult> out = new TreeMap<>();
        for (SubnetResult s : paths.subnets()) {
            out.put(s.subnet().id() + " (" + (s.region() == null ? "region unknown" : s.region()) + ")", s);
        }
        return out;
    }

    private static String egress(EgressVerdict v) {
        return v == null ? "not analysed" : v.egress().name();
    }

    private static String verdict(ServiceVerdict v) {
        if (v == null) {
            return "not analysed";
        }
        return v.access().name() + (v.privatePath() ? " (private)" : " (not private)");
    }
}
