package dev.airgap.path;

import dev.airgap.network.Cidrs;
import dev.airgap.network.Gateway;
import dev.airgap.network.GatewayAttachment;
import dev.airgap.network.Known;
import dev.airgap.network.RegionNetwork;
import dev.airgap.network.Route;
import dev.airgap.network.RouteDestination;
import dev.airgap.network.RouteTable;
import dev.airgap.network.RouteTarget;
import dev.airgap.network.Subnet;
import dev.airgap.network.TransitGatewayAttachment;
import dev.airgap.network.Vpc;
import dev.airgap.network.VpcEndpoint;
import dev.airgap.network.VpnConnection;
import dev.airgap.resolve.ResourceId;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * On-premises access through a VPC: connected when a VPN gateway is attached or a transit gateway attachment
 * exists; a service is reached privately only through an interface endpoint whose subnets route the on-prem blocks
 * back to the VPN or transit gateway and whose security groups (and ACLs) admit them on 443. Gateway endpoints never
 * serve on-premises.
 */
final class OnPremisesEvaluator {

    private final RegionNetwork network;
    private final RouteLookup lookup;
    private final FilterChecks filters;
    private final InterfaceEndpointPath interfaces;
    private final List<IPAddress> declared;
    private final Map<ResourceId, List<RouteTable>> tablesByVpc = new HashMap<>();
    private final Map<ResourceId, List<TransitGatewayAttachment>> tgwAttachmentsByVpc = new HashMap<>();

    OnPremisesEvaluator(RegionNetwork network, RouteLookup lookup, FilterChecks filters,
                        InterfaceEndpointPath interfaces, List<IPAddress> declared) {
        this.network = network;
        this.lookup = lookup;
        this.filters = filters;
        this.interfaces = interfaces;
        this.declared = declared;
        // Grouped once: evaluate runs per VPC, and scanning the region's tables and attachments each time made the
        // stage quadratic in the number of VPCs (the user-path benchmark's profile, BENCHMARKS.md).
        for (RouteTable t : network.routeTables()) {
            if (t.vpc().isKnown()) {
                tablesByVpc.computeIfAbsent(t.vpc().get(), k -> new ArrayList<>()).add(t);
            }
        }
        for (TransitGatewayAttachment a : network.transitGatewayAttachments()) {
            if (a.vpc().isKnown()) {
                tgwAttachmentsByVpc.computeIfAbsent(a.vpc().get(), k -> new ArrayList<>()).add(a);
            }
        }
    }

    OnPremisesVerdict evaluate(Vpc vpc, List<String> services) {
        List<String> via = new ArrayList<>();
        Set<ResourceId> gateways = new LinkedHashSet<>();
        for (GatewayAttachment a : network.attachments(vpc.id())) {
            if (a.kind() == Gateway.Kind.VPN && a.gateway().isKnown()) {
                via.add(a.gateway().get().logicalId());
                gateways.add(a.gateway().get());
            }
        }
        for (TransitGatewayAttachment a : tgwAttachmentsByVpc.getOrDefault(vpc.id(), List.of())) {
            if (a.transitGateway().isKnown()) {
                via.add(a.transitGateway().get().logicalId());
                gateways.add(a.transitGateway().get());
            }
        }
        List<IPAddress> cidrs = new ArrayList<>(declared);
        for (VpnConnection c : network.vpnConnections()) {
            boolean ours = (c.vpnGateway().isKnown() && gateways.contains(c.vpnGateway().get()))
                    || (c.transitGateway().isKnown() && gateways.contains(c.transitGateway().get()));
            if (ours) {
                for (IPAddress a : c.staticRoutes()) {
                    if (!cidrs.contains(a)) {
                        cidrs.add(a);
                    }
                }
            }
        }
        // Blocks the VPC's own route tables send to the VPN or transit gateway are on-premises (or other VPCs').
        for (RouteTable t : tablesByVpc.getOrDefault(vpc.id(), List.of())) {
            for (Route r : network.routes(t.id())) {
                if (r.destination() instanceof RouteDestination.Cidr c && c.block().isIPv4()
                        && Cidrs.prefixLength(c.block()) > 0 && Cidrs.isPrivateV4(c.block())
                        && returnsTo(r, gateways) && !inVpc(vpc, c.block()) && !cidrs.contains(c.block())) {
                    cidrs.add(c.block());
                }
            }
        }
        Map<String, OnPremisesVerdict.Service> out = new LinkedHashMap<>();
        for (String service : services) {
            out.put(service, service(vpc, service, !via.isEmpty(), gateways, cidrs));
        }
        return new OnPremisesVerdict(!via.isEmpty(), via, cidrs.stream().map(Cidrs::text).toList(), out);
    }

    private OnPremisesVerdict.Service service(Vpc vpc, String service, boolean connected, Set<ResourceId> gateways,
                                              List<IPAddress> cidrs) {
        List<VpcEndpoint> candidates = new ArrayList<>();
        boolean gatewayEndpoint = false;
        for (VpcEndpoint e : network.endpoints(vpc.id())) {
            if (!e.serves(service)) {
                continue;
            }
            if (e.type() == VpcEndpoint.Type.INTERFACE) {
                candidates.add(e);
            } else if (e.type() == VpcEndpoint.Type.GATEWAY) {
                gatewayEndpoint = true;
            }
        }
        if (!connected) {
            return new OnPremisesVerdict.Service(Access.NONE, null, List.of(Code.NOT_CONNECTED_TO_ON_PREMISES),
                    vpc.id().logicalId() + " has no VPN gateway, transit gateway or Direct Connect attachment",
                    List.of());
        }
        if (candidates.isEmpty()) {
            List<Code> codes = gatewayEndpoint ? List.of(Code.GATEWAY_ENDPOINT_NOT_FROM_ON_PREMISES) : List.of();
            return new OnPremisesVerdict.Service(Access.NONE, null, codes, "no interface endpoint for " + service
                    + " in " + vpc.id().logicalId() + (gatewayEndpoint ? "; gateway endpoints do not serve on-premises"
                    : ""), List.of(new Blocker(vpc.id(), "AWS::EC2::VPC", Code.NO_ROUTE_TO_DESTINATION,
                    "no interface endpoint for " + service, "add an interface VPC endpoint for " + service + " in "
                    + vpc.id().logicalId() + " whose security group admits the on-premises CIDRs on tcp/443",
                    Positions.of(network, vpc.id()))));
        }
        List<Trace> traces = new ArrayList<>();
        for (VpcEndpoint e : candidates) {
            for (Known<ResourceId> s : e.subnets()) {
                Subnet sub = s.isKnown() ? network.subnet(s.get()).orElse(null) : null;
                if (sub == null) {
                    continue;
                }
                Trace t = walk(e, sub, gateways, cidrs);
                if (t.complete()) {
                    List<Code> codes = new ArrayList<>(t.codes);
                    String dns = onPremisesDnsName(e, service);
                    return new OnPremisesVerdict.Service(Access.INTERFACE_ENDPOINT, e.id().logicalId(), codes,
                            "on-premises reaches interface endpoint " + e.id().logicalId() + " in "
                                    + sub.id().logicalId() + "; on-premises clients use " + dns,
                            List.of(), hopsFromOnPremises(gateways, sub, e, t), dns);
                }
                traces.add(t);
            }
        }
        List<Blocker> blockers = new ArrayList<>();
        Set<Code> codes = new LinkedHashSet<>();
        String unknown = null;
        for (Trace t : traces) {
            t.blockers.forEach(b -> {
                if (!blockers.contains(b)) {
                    blockers.add(b);
                }
            });
            codes.addAll(t.codes);
            if (t.isUnknown() && unknown == null) {
                unknown = String.join("; ", t.unknowns);
            }
        }
        if (unknown != null) {
            return new OnPremisesVerdict.Service(Access.UNKNOWN, null, new ArrayList<>(codes), unknown, List.of());
        }
        return new OnPremisesVerdict.Service(Access.NONE, null, new ArrayList<>(codes), blockers.isEmpty()
                ? "no interface endpoint subnet is usable from on-premises" : blockers.get(0).message(), blockers);
    }

    /**
     * With private DNS, on-premises resolvers see the endpoint's private IPs only when they forward the service's
     * regional name to a Route 53 Resolver inbound endpoint in the VPC; without it, clients must name the endpoint.
     */
    private String onPremisesDnsName(VpcEndpoint e, String service) {
        if (e.privateDns().orElse(false) || e.onlyInboundResolver()) {
            return DnsNames.regional(service, network.region()) + " (forwarded to a Route 53 Resolver inbound "
                    + "endpoint in the VPC)";
        }
        return DnsNames.endpointSpecific(service, network.region(), e.id().logicalId());
    }

    private List<Hop> hopsFromOnPremises(Set<ResourceId> gateways, Subnet sub, VpcEndpoint e, Trace t) {
        List<Hop> hops = new ArrayList<>();
        for (ResourceId g : new java.util.TreeSet<>(gateways)) {
            hops.add(new Hop(g, "gateway", "on-premises traffic enters the VPC here", Positions.of(network, g)));
        }
        hops.addAll(t.hops);
        hops.add(new Hop(e.id(), "AWS::EC2::VPCEndpoint", "interface endpoint network interface in "
                + sub.id().logicalId(), Positions.of(network, e.id())));
        network.routeTableOf(sub).value().ifPresent(rt -> hops.add(new Hop(rt.id(), "AWS::EC2::RouteTable",
                "routes the replies from " + sub.id().logicalId() + " back to on-premises",
                Positions.of(network, rt.id()))));
        return hops;
    }

    private Trace walk(VpcEndpoint e, Subnet sub, Set<ResourceId> gateways, List<IPAddress> cidrs) {
        Trace t = new Trace(network);
        Known<RouteTable> rt = network.routeTableOf(sub);
        if (!rt.isKnown()) {
            t.unknown("route table of " + sub.id().logicalId() + ": " + rt.reason(), Code.ASSUMED_UNRESOLVED_VALUE);
            return t;
        }
        List<Route> routes = network.routes(rt.get().id());
        if (cidrs.isEmpty()) {
            t.code(Code.ASSUMED_ON_PREMISES_CIDRS);
            boolean any = routes.stream().anyMatch(r -> returnsTo(r, gateways));
            if (!any) {
                t.block(rt.get().id(), "AWS::EC2::RouteTable", Code.NO_ROUTE_TO_DESTINATION,
                        rt.get().id().logicalId() + " of endpoint subnet " + sub.id().logicalId()
                                + " has no route back to on-premises",
                        "enable VPN route propagation on " + rt.get().id().logicalId()
                                + " or add routes to the on-premises CIDRs via the VPN or transit gateway");
            }
            filters.targetIngress(t, interfaces.endpointGroups(e).groups(), interfaces.endpointGroups(e).unknown(),
                    Party.block(Known.unknown("on-premises CIDRs not declared"), Set.of(), "on-premises (CIDRs "
                            + "not declared)"), null);
            if (!t.blocked() && t.unknowns.isEmpty()) {
                t.end = Trace.End.INTERFACE_ENDPOINT;
            }
            return t;
        }
        for (IPAddress c : cidrs) {
            RouteLookup.Result r = lookup.lookup(routes, new Destination.Block(Known.of(c)));
            if (r.unknown()) {
                t.unknown(r.unknownReason(), Code.ASSUMED_UNRESOLVED_VALUE);
            } else if (r.winner() == null || !returnsTo(r.winner(), gateways)) {
                t.block(rt.get().id(), "AWS::EC2::RouteTable", Code.NO_ROUTE_TO_DESTINATION,
                        rt.get().id().logicalId() + " of endpoint subnet " + sub.id().logicalId() + " does not route "
                                + Cidrs.text(c) + " back to on-premises" + (r.winner() == null ? ""
                                : " (it goes to " + r.winner().target().describe() + ")"),
                        "add route " + Cidrs.text(c) + " -> the VPN or transit gateway to " + rt.get().id().logicalId()
                                + ", or enable VPN route propagation on it");
            }
            Party onPrem = Party.block(Known.of(c), Set.of(), "on-premises " + Cidrs.text(c));
            filters.entering(t, network, sub, onPrem);
            InterfaceEndpointPath.EndpointGroups groups = interfaces.endpointGroups(e);
            filters.targetIngress(t, groups.groups(), groups.unknown(), onPrem, null);
        }
        if (!t.blocked() && t.unknowns.isEmpty()) {
            t.end = Trace.End.INTERFACE_ENDPOINT;
        }
        return t;
    }

    private static boolean inVpc(Vpc vpc, IPAddress block) {
        for (Known<IPAddress> c : vpc.cidrs()) {
            if (c.isKnown() && Cidrs.overlaps(c.get(), block)) {
                return true;
            }
        }
        return false;
    }

    private boolean returnsTo(Route r, Set<ResourceId> gateways) {
        RouteTarget target = r.target();
        if (target instanceof RouteTarget.VpnPropagation p) {
            return gateways.contains(p.vpnGateway());
        }
        if (target instanceof RouteTarget.Gateway g) {
            return g.gateway().isKnown() && gateways.contains(g.gateway().get());
        }
        if (target instanceof RouteTarget.TransitGateway g) {
            return g.transitGateway().isKnown() && gateways.contains(g.transitGateway().get());
        }
        return false;
    }
}
