package dev.airgap.cost;

import dev.airgap.cost.availability.EndpointAvailabilityChecker;
import dev.airgap.cost.availability.EndpointType;
import dev.airgap.network.Az;
import dev.airgap.network.Known;
import dev.airgap.network.NatGateway;
import dev.airgap.network.NetworkModel;
import dev.airgap.network.RegionNetwork;
import dev.airgap.network.Subnet;
import dev.airgap.network.VpcEndpoint;
import dev.airgap.network.Workload;
import dev.airgap.path.Access;
import dev.airgap.path.OnPremisesVerdict;
import dev.airgap.path.PathResult;
import dev.airgap.path.VpcResult;
import dev.airgap.resolve.ResolvedStack;
import dev.airgap.resolve.Resource;
import dev.airgap.resolve.ResourceId;
import dev.airgap.network.PublicIp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the templates create that costs money, read off the network model: interface and Gateway Load Balancer
 * endpoints with the AZs they occupy, gateway endpoints (free, listed beside them), NAT gateways and public IPv4
 * addresses. Each region of the model is priced on its own, so an environment-agnostic stack counts once per target
 * region.
 */
public final class CostInputs {

    private CostInputs() {
    }

    public static CostInput from(NetworkModel model, PathResult paths, Usage usage) {
        Set<String> onPremEndpoints = endpointsServingOnPremises(paths);
        CostInput.Builder in = CostInput.builder().usage(usage);
        for (RegionNetwork network : model.regions()) {
            String region = network.region();
            for (VpcEndpoint e : network.endpoints()) {
                String stack = e.id().stack();
                String id = e.id().logicalId();
                if (e.type() == VpcEndpoint.Type.INTERFACE) {
                    in.interfaceEndpoint(new InterfaceEndpointUse(stack, id, serviceOf(e), region,
                            azKeys(network, e), onPremEndpoints.contains(e.id().logicalId())));
                } else if (e.type() == VpcEndpoint.Type.GATEWAY_LOAD_BALANCER) {
                    in.gatewayLoadBalancerEndpoint(new GatewayLoadBalancerEndpointUse(stack, id, region));
                } else if (e.type() == VpcEndpoint.Type.GATEWAY) {
                    in.gatewayEndpoint(new GatewayEndpointUse(stack, id, serviceOf(e), region));
                }
            }
            Set<ResourceId> eips = addPublicAddresses(network, in);
            for (NatGateway nat : network.natGateways()) {
                in.natGateway(new NatGatewayUse(nat.id().stack(), nat.id().logicalId(), region));
                boolean isPublic = nat.publicConnectivity().orElse(true);
                boolean addressCounted = nat.allocation().value().filter(eips::contains).isPresent();
                if (isPublic && !addressCounted) {
                    in.publicIpv4(new PublicIpv4Use(nat.id().stack(), nat.id().logicalId(),
                            PublicIpv4Kind.NAT_GATEWAY, region));
                }
            }
        }
        return in.build();
    }

    /** One query per interface endpoint service and region, for the availability check. */
    public static List<EndpointAvailabilityChecker.Query> availabilityQueries(NetworkModel model) {
        Set<EndpointAvailabilityChecker.Query> out = new LinkedHashSet<>();
        for (RegionNetwork network : model.regions()) {
            if (network.region() == null) {
                continue;
            }
            for (VpcEndpoint e : network.endpoints()) {
                if (e.type() == VpcEndpoint.Type.INTERFACE && e.service().isKnown()) {
                    out.add(new EndpointAvailabilityChecker.Query(e.service().get(), EndpointType.INTERFACE,
                            network.region()));
                }
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * Elastic IPs (each one a billed address, whatever it is attached to) and instances that get a public IPv4
     * at launch. Returns the EIP resources, so a NAT gateway whose allocation is one of them is not counted twice.
     */
    private static Set<ResourceId> addPublicAddresses(RegionNetwork network, CostInput.Builder in) {
        Set<ResourceId> eips = new HashSet<>();
        for (ResolvedStack stack : network.stacks()) {
            for (Resource r : stack.resources().values()) {
                if ("AWS::EC2::EIP".equals(r.type())) {
                    eips.add(r.id());
                    in.publicIpv4(new PublicIpv4Use(r.id().stack(), r.id().logicalId(), PublicIpv4Kind.EIP,
                            network.region()));
                }
            }
        }
        for (Workload w : network.workloads()) {
            if ("AWS::EC2::Instance".equals(w.type()) && !network.hasElasticIp(w.id()) && launchesWithPublicIp(network, w)) {
                in.publicIpv4(new PublicIpv4Use(w.id().stack(), w.id().logicalId(), PublicIpv4Kind.INSTANCE,
                        network.region()));
            }
        }
        return eips;
    }

    private static boolean launchesWithPublicIp(RegionNetwork network, Workload w) {
        if (w.publicIp() == PublicIp.YES) {
            return true;
        }
        if (w.publicIp() != PublicIp.SUBNET_DEFAULT || w.subnets().isEmpty()) {
            return false;
        }
        Optional<Subnet> subnet = w.subnets().get(0).value().flatMap(network::subnet);
        return subnet.map(s -> s.mapPublicIp().orElse(false)).orElse(false);
    }

    private static String serviceOf(VpcEndpoint e) {
        return e.service().orElse(e.serviceName());
    }

    /**
     * The distinct AZs of an interface endpoint's subnets. AZs the templates leave to deployment still count as
     * distinct when their expressions differ; one subnet whose AZ cannot be told makes the count unknown (empty),
     * which the estimator reports rather than guessing.
     */
    private static List<String> azKeys(RegionNetwork network, VpcEndpoint e) {
        Set<String> keys = new LinkedHashSet<>();
        for (Known<ResourceId> ref : e.subnets()) {
            Optional<Subnet> subnet = ref.value().flatMap(network::subnet);
            if (subnet.isEmpty()) {
                return List.of();
            }
            Az az = subnet.get().az();
            if (az.name() != null) {
                keys.add(az.name());
            } else if (az.expression() != null) {
                keys.add(az.stack() + ":" + az.expression());
            } else {
                return List.of();
            }
        }
        return new ArrayList<>(keys);
    }

    /**
     * Logical IDs of the endpoints on-premises clients use. The on-prem verdict names the endpoint without its stack
     * (it may sit in another stack than the VPC), so a logical ID that recurs across stacks counts as needed
     * everywhere: that withholds a "replace with a gateway endpoint" advice rather than giving a wrong one.
     */
    private static Set<String> endpointsServingOnPremises(PathResult paths) {
        Set<String> out = new HashSet<>();
        for (VpcResult vpc : paths.vpcs()) {
            for (OnPremisesVerdict.Service s : vpc.onPremises().services().values()) {
                if (s.access() == Access.INTERFACE_ENDPOINT && s.endpoint() != null) {
                    out.add(s.endpoint());
                }
            }
        }
        return out;
    }
}
