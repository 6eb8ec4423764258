package dev.airgap;

import dev.airgap.deployed.DeployedStacks;
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

/**
 * The verdicts that differ between two analyses of the same run, one with the local templates and one with the
 * deployed templates of the same stacks: per subnet (stack, logical ID, region), the internet egress and, per
 * service, the access kind and whether the path is private. Subnets only one side has are differences too.
 * Everything else a verdict carries (hops, reasons, DNS names) is left out: it explains a verdict, it is not one.
 *
 * @param stacks      the names of the stacks that are both deployed and local (none: nothing was compared)
 * @param differences sorted by subnet, then internet before services, services by name
 */
public record Comparison(List<String> stacks, List<VerdictDifference> differences) {

    public Comparison {
        stacks = List.copyOf(stacks);
        differences = List.copyOf(differences);
    }

    /**
     * Analyses the run twice, once with the local templates and once with the deployed ones of the same names (both
     * with the same parameter values, the deployed ones, so that only the templates differ), on the same services.
     */
    static Comparison of(DeployedStacks deployed, List<StackTemplate> local, ResolveOptions resolve,
                         AnalysisRequest request) {
        Set<String> names = deployed.sameNameAs(local);
        if (names.isEmpty()) {
            return new Comparison(List.of(), List.of());
        }
        List<StackTemplate> localRun = deployed.joinedWith(local, true);
        List<StackTemplate> deployedRun = deployed.replacing(local);
        PathResult localPaths = paths(localRun, resolve, request, null);
        PathResult deployedPaths = paths(deployedRun, resolve, request, null);
        // By default each side analyses the services it has endpoints for; compare both on the same services.
        Set<String> services = new TreeSet<>(localPaths.services());
        services.addAll(deployedPaths.services());
        if (!localPaths.services().containsAll(services)) {
            localPaths = paths(localRun, resolve, request, List.copyOf(services));
        }
        if (!deployedPaths.services().containsAll(services)) {
            deployedPaths = paths(deployedRun, resolve, request, List.copyOf(services));
        }
        return new Comparison(List.copyOf(names), differences(localPaths, deployedPaths));
    }

    /** The lines the build log shows for this comparison, prefixed {@code compare}. */
    public List<String> warnings() {
        if (stacks.isEmpty()) {
            return List.of("compare: no deployed stack has the name of a local stack; nothing to compare");
        }
        String shown = String.join(", ", stacks);
        if (differences.isEmpty()) {
            return List.of("compare: the deployed and the local templates of " + shown + " give the same verdicts");
        }
        return differences.stream().map(d -> "compare " + shown + ": " + d.message()).toList();
    }

    private static PathResult paths(List<StackTemplate> stacks, ResolveOptions resolve, AnalysisRequest request,
                                    List<String> services) {
        NetworkModel model = NetworkModel.build(new Resolver(resolve).resolve(stacks));
        // The same options as the main analysis: a resource the user trusts must not make the comparison differ.
        return new PathAnalyzer().analyze(model, new PathOptions(services == null
                ? Analyzer.services(model, request) : services, request.onPremisesCidrs(), request.accessChecks(),
                request.trustedResources()));
    }

    static List<VerdictDifference> differences(PathResult local, PathResult deployed) {
        Map<String, SubnetResult> l = bySubnet(local);
        Map<String, SubnetResult> d = bySubnet(deployed);
        Set<String> keys = new TreeSet<>(l.keySet());
        keys.addAll(d.keySet());
        List<VerdictDifference> out = new ArrayList<>();
        for (String key : keys) {
            SubnetResult a = l.get(key);
            SubnetResult b = d.get(key);
            SubnetResult any = a == null ? b : a;
            if (a == null || b == null) {
                out.add(new VerdictDifference(any.subnet().id(), any.region(), VerdictDifference.Aspect.SUBNET, null,
                        a == null ? VerdictDifference.ABSENT : VerdictDifference.PRESENT,
                        b == null ? VerdictDifference.ABSENT : VerdictDifference.PRESENT));
                continue;
            }
            if (a.internet().egress() != b.internet().egress()) {
                out.add(new VerdictDifference(any.subnet().id(), any.region(), VerdictDifference.Aspect.INTERNET,
                        null, egress(a.internet()), egress(b.internet())));
            }
            Set<String> services = new TreeSet<>(a.services().keySet());
            services.addAll(b.services().keySet());
            for (String service : services) {
                String x = verdict(a.services().get(service));
                String y = verdict(b.services().get(service));
                if (!x.equals(y)) {
                    out.add(new VerdictDifference(any.subnet().id(), any.region(), VerdictDifference.Aspect.SERVICE,
                            service, x, y));
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
