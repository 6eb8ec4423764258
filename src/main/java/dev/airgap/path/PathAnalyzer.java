package dev.airgap.path;

import dev.airgap.network.Cidrs;
import dev.airgap.network.NetworkModel;
import dev.airgap.network.RegionNetwork;
import dev.airgap.network.ServiceNames;
import dev.airgap.network.Subnet;
import dev.airgap.network.Vpc;
import dev.airgap.network.VpcEndpoint;
import dev.airgap.template.InputException;
import dev.airgap.template.SourcePosition;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Per subnet × service and per VPC on-premises: the path, its hops, its verdict and explanation codes — what AWS
 * Reachability Analyzer would say after deployment, from the templates. Stateless and thread-safe.
 */
public final class PathAnalyzer {

    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    /**
     * Analyses every subnet and VPC of the model.
     *
     * @throws InputException when an on-premises CIDR of the options is not a CIDR block
     */
    public PathResult analyze(NetworkModel model, PathOptions options) {
        List<String> services = services(model, options);
        List<IPAddress> onPrem = new ArrayList<>();
        for (String c : options.onPremisesCidrs()) {
            onPrem.add(Cidrs.parse(c, SourcePosition.of("configuration"), "on-premises CIDR"));
        }
        List<SubnetResult> subnets = new ArrayList<>();
        List<VpcResult> vpcs = new ArrayList<>();
        List<TrustedUse> trusted = new ArrayList<>();
        for (RegionNetwork network : model.regions()) {
            // Propagated VPN routes carry what on-prem advertises: the declared blocks and the VPN static routes.
            List<IPAddress> known = new ArrayList<>(onPrem);
            network.vpnConnections().forEach(c -> c.staticRoutes().stream().filter(a -> !known.contains(a))
                    .forEach(known::add));
            RouteLookup lookup = new RouteLookup(network, known);
            FilterChecks filters = new FilterChecks(network);
            RouteWalker walker = new RouteWalker(network, lookup, filters);
            InterfaceEndpointPath interfaces = new InterfaceEndpointPath(network, lookup, filters);
            ServiceEvaluator serviceEvaluator = new ServiceEvaluator(network, walker, interfaces,
                    new HostedZonePath(network, lookup, interfaces));
            EgressEvaluator egress = new EgressEvaluator(network, walker);
            BucketScopes buckets = new BucketScopes(model.run(), network, options.accessChecks());
            UnseenStacks unseen = UnseenStacks.of(network);
            UnmodelledResources unmodelled = UnmodelledResources.of(network, options.trustedResources());
            trusted.addAll(unmodelled.trusted());
            for (Subnet s : network.subnets()) {
                List<ClientProfile> profiles = ClientProfiles.of(network, s);
                Optional<String> untrusted = unseen.reason(s.vpc());
                Optional<String> changed = unmodelled.reason(s.vpc());
                Map<String, ServiceVerdict> verdicts = new LinkedHashMap<>();
                for (String service : services) {
                    ServiceVerdict v = buckets.apply(serviceEvaluator.evaluate(s, service, profiles));
                    v = untrusted.isPresent() ? unseen.apply(v, untrusted.get()) : v;
                    verdicts.put(service, changed.isPresent()
                            ? UnseenStacks.apply(v, changed.get(), Code.CHANGED_BY_UNMODELLED_RESOURCE) : v);
                }
                EgressVerdict internet = egress.evaluate(s, profiles);
                internet = untrusted.isPresent() ? unseen.apply(internet, untrusted.get()) : internet;
                subnets.add(new SubnetResult(network, s, changed.isPresent()
                        ? UnseenStacks.apply(internet, changed.get(), Code.CHANGED_BY_UNMODELLED_RESOURCE) : internet,
                        verdicts));
            }
            OnPremisesEvaluator onPremises = new OnPremisesEvaluator(network, lookup, filters, interfaces, onPrem);
            for (Vpc v : network.vpcs()) {
                vpcs.add(new VpcResult(network, v, onPremises.evaluate(v, services)));
            }
        }
        subnets.sort(Comparator.comparing((SubnetResult r) -> r.subnet().id().stack())
                .thenComparing(r -> r.subnet().id().logicalId()).thenComparing(SubnetResult::region, NULLS_FIRST));
        vpcs.sort(Comparator.comparing((VpcResult r) -> r.vpc().id().stack())
                .thenComparing(r -> r.vpc().id().logicalId()).thenComparing(VpcResult::region, NULLS_FIRST));
        return new PathResult(services, subnets, vpcs, trusted);
    }

    /**
     * The configured services, or {@code s3} plus the service of every endpoint in the templates (GWLB endpoints
     * are middleboxes, not services); an endpoint whose service name has no key is listed under
     * {@link ServiceNames#unresolvedKey}, so that it appears with its reason instead of being dropped.
     */
    public static List<String> services(NetworkModel model, PathOptions options) {
        if (!options.services().isEmpty()) {
            return options.services().stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        }
        TreeSet<String> found = new TreeSet<>();
        for (RegionNetwork n : model.regions()) {
            for (VpcEndpoint e : n.endpoints()) {
                if (e.type() != VpcEndpoint.Type.GATEWAY_LOAD_BALANCER) {
                    found.add(e.service().isKnown() ? e.service().get() : ServiceNames.unresolvedKey(e));
                }
            }
        }
        List<String> out = new ArrayList<>();
        out.add("s3");
        found.stream().filter(s -> !Objects.equals(s, "s3")).forEach(out::add);
        return out;
    }
}
