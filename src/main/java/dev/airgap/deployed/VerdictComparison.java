package dev.airgap.deployed;

import dev.airgap.network.NetworkModel;
import dev.airgap.path.EgressVerdict;
import dev.airgap.path.PathAnalyzer;
import dev.airgap.path.PathOptions;
import dev.airgap.path.PathResult;
import dev.airgap.path.ServiceVerdict;
import dev.airgap.path.SubnetResult;
import dev.airgap.resolve.ResolveOptions;
import dev.airgap.resolve.Resolver;
import dev.airgap.template.StackTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The verdicts that differ between two analyses of the same run, one with the local templates and one with the
 * deployed templates of the same stacks: per subnet (stack, logical ID, region), the internet egress and, per
 * service, the access kind and whether the path is private. Subnets only one side has are differences too.
 * Everything else a verdict carries (hops, reasons, DNS names) is left out: it explains a verdict, it is not one.
 */
public final class VerdictComparison {

    private VerdictComparison() {
    }

    /**
     * Analyses the run twice, once with the local templates and once with the deployed ones of the same names (both
     * with the same parameter values, the deployed ones, so that only the templates differ), and reports each verdict
     * that differs as a warning line prefixed {@code compare}.
     */
    public static void report(DeployedStacks deployed, List<StackTemplate> local, ResolveOptions resolve,
                              PathOptions options, Consumer<String> warnings) {
        Set<String> names = deployed.sameNameAs(local);
        if (names.isEmpty()) {
            warnings.accept("compare: no deployed stack has the name of a local stack; nothing to compare");
            return;
        }
        List<StackTemplate> localRun = deployed.joinedWith(local, true);
        List<StackTemplate> deployedRun = deployed.replacing(local);
        PathResult localPaths = paths(localRun, resolve, options);
        PathResult deployedPaths = paths(deployedRun, resolve, options);
        // By default each side analyses the services it has endpoints for; compare both on the same services.
        Set<String> services = new TreeSet<>(localPaths.services());
        services.addAll(deployedPaths.services());
        PathOptions same = new PathOptions(List.copyOf(services), options.onPremisesCidrs());
        if (!localPaths.services().containsAll(services)) {
            localPaths = paths(localRun, resolve, same);
        }
        if (!deployedPaths.services().containsAll(services)) {
            deployedPaths = paths(deployedRun, resolve, same);
        }
        List<String> differences = differences(localPaths, deployedPaths);
        String shown = String.join(", ", names);
        if (differences.isEmpty()) {
            warnings.accept("compare: the deployed and the local templates of " + shown + " give the same verdicts");
        }
        for (String d : differences) {
            warnings.accept("compare " + shown + ": " + d);
        }
    }

    private static PathResult paths(List<StackTemplate> stacks, ResolveOptions resolve, PathOptions options) {
        return new PathAnalyzer().analyze(NetworkModel.build(new Resolver(resolve).resolve(stacks)), options);
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
