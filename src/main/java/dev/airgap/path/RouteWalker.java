package dev.airgap.path;

import dev.airgap.network.Known;
import dev.airgap.network.NatGateway;
import dev.airgap.network.NetworkInterface;
import dev.airgap.network.PublicIp;
import dev.airgap.network.RegionNetwork;
import dev.airgap.network.Route;
import dev.airgap.network.RouteTable;
import dev.airgap.network.RouteTarget;
import dev.airgap.network.ServiceNames;
import dev.airgap.network.Subnet;
import dev.airgap.network.VpcEndpoint;
import dev.airgap.network.Workload;
import dev.airgap.resolve.ResourceId;
import java.util.Optional;
import java.util.Set;

/**
 * Follows routes from a subnet towards public addresses (a service's or the internet's), hop by hop: through
 * firewall and GWLB endpoints into their subnets, through NAT gateways and NAT instances into theirs, through
 * transit gateways into other VPCs of the run, until an internet gateway, a gateway endpoint, a block or an unknown.
 */
final class RouteWalker {

    private static final int MAX_STEPS = 16;

    private final RegionNetwork network;
    private final RouteLookup lookup;
    private final FilterChecks filters;
    private final TransitGatewayRouter transitGateways;
    private final Middleboxes middleboxes;
    private final InternetGatewayHop internetGateways;

    RouteWalker(RegionNetwork network, RouteLookup lookup, FilterChecks filters) {
        this.network = network;
        this.lookup = lookup;
        this.filters = filters;
        this.transitGateways = new TransitGatewayRouter(network);
        this.middleboxes = new Middleboxes(network);
        this.internetGateways = new InternetGatewayHop(network);
    }

    /**
     * Walks from a client in {@code subnet}. With {@code checkFilters}, the client's security groups and the ACLs of
     * every subnet crossed are checked too (internet egress is decided by routes and public IPs alone).
     */
    Trace walk(Subnet subnet, ClientProfile client, Destination d, boolean checkFilters) {
        Trace t = new Trace(network);
        t.hop(subnet.id(), "AWS::EC2::Subnet", "source: " + client.label());
        t.codes(client.assumptions());
        Party party = d instanceof Destination.Service s ? Party.publicService(s.service()) : Party.internet();
        if (checkFilters) {
            filters.clientEgress(t, client, party);
            filters.leaving(t, network, subnet, party);
        }
        WalkState st = new WalkState();
        st.current = subnet;
        st.source = subnet;
        st.publicIp = client.publicIp();
        for (int step = 0; step < MAX_STEPS; step++) {
            Known<RouteTable> rt = network.routeTableOf(st.current);
            if (!rt.isKnown()) {
                t.unknown("route table of " + st.current.id().logicalId() + ": " + rt.reason(),
                        Code.ASSUMED_UNRESOLVED_VALUE);
                return t;
            }
            RouteTable table = rt.get();
            network.associationOf(st.current.id()).ifPresent(a -> t.uncertain(network, a));
            if (t.uncertain(network, table.id())) {
                return t;
            }
            if (!st.visited.add(table.id())) {
                t.block(table.id(), "AWS::EC2::RouteTable", Code.ROUTING_LOOP,
                        "the path comes back to " + table.id().logicalId(), "break the loop in the routes of "
                                + table.id().logicalId());
                return t;
            }
            RouteLookup.Result r = lookup.lookup(network.routes(table.id()), d);
            t.codes(r.notes());
            if (r.unknown()) {
                t.hop(table.id(), "AWS::EC2::RouteTable", tableDetail(table));
                t.unknown(r.unknownReason(), Code.ASSUMED_UNRESOLVED_VALUE);
                return t;
            }
            if (r.winner() == null) {
                t.hop(table.id(), "AWS::EC2::RouteTable", tableDetail(table) + ": no route matches");
                noRoute(t, table, d, st);
                return t;
            }
            Route route = r.winner();
            t.hop(table.id(), "AWS::EC2::RouteTable", tableDetail(table) + ": route " + route.describe());
            if (t.uncertain(network, route.id()) || t.uncertain(network, route.targetResource())) {
                return t;
            }
            if (!follow(t, route, d, st, checkFilters, party)) {
                return t;
            }
        }
        t.unknown("the path has more than " + MAX_STEPS + " hops", Code.ASSUMED_UNRESOLVED_VALUE);
        return t;
    }

    private static String tableDetail(RouteTable t) {
        return t.main() ? "main route table (no explicit association)" : "associated route table";
    }

    private void noRoute(Trace t, RouteTable table, Destination d, WalkState st) {
        String name = table.main() ? table.path() : table.id().logicalId();
        if (d instanceof Destination.Service s) {
            t.block(table.id(), "AWS::EC2::RouteTable", Code.NO_ROUTE_TO_DESTINATION,
                    name + " has no route to " + s.service() + (st.previous != null ? " after "
                            + st.previous.id().logicalId() : ""),
                    Fixes.noRouteToService(s.service(), name, network.region()));
        } else {
            t.block(table.id(), "AWS::EC2::RouteTable", Code.NO_ROUTE_TO_DESTINATION,
                    name + " has no route to the internet", Fixes.noRouteToInternet(name));
        }
        if (t.viaNat) {
            t.code(Code.NGW_NO_INTERNET_ROUTE);
        }
    }

    /** Takes one route; false when the walk ends here (reached, blocked or unknown). */
    private boolean follow(Trace t, Route route, Destination d, WalkState st, boolean checkFilters, Party party) {
        RouteTarget target = route.target();
        if (target instanceof RouteTarget.GatewayEndpoint g) {
            return gatewayEndpoint(t, g.endpoint(), d, st);
        }
        if (target instanceof RouteTarget.Gateway g) {
            return internetGateways.follow(t, g.gateway(), route, st);
        }
        if (target instanceof RouteTarget.NatGateway n) {
            return natGateway(t, n.natGateway(), route, st, checkFilters, party);
        }
        if (target instanceof RouteTarget.Instance i) {
            return natInstance(t, i.instance(), true, st, checkFilters, party);
        }
        if (target instanceof RouteTarget.NetworkInterface n) {
            return natInstance(t, n.networkInterface(), false, st, checkFilters, party);
        }
        if (target instanceof RouteTarget.FirewallEndpoint || target instanceof RouteTarget.VpcEndpoint) {
            return middlebox(t, target, d, st, checkFilters, party);
        }
        if (target instanceof RouteTarget.TransitGateway g) {
            Optional<Subnet> next = transitGateways.next(t, g.transitGateway(), st.current, d);
            if (next.isEmpty()) {
                return false;
            }
            st.previous = st.current;
            st.current = next.get();
            st.origin = WalkState.Origin.TRANSIT_GATEWAY;
            return true;
        }
        if (target instanceof RouteTarget.Peering p) {
            if (p.peering().isKnown() && network.peering(p.peering().get()).isPresent()) {
                t.hop(p.peering().get(), "AWS::EC2::VPCPeeringConnection", "route " + route.describe());
                t.block(p.peering().get(), "AWS::EC2::VPCPeeringConnection", Code.PEERING_NOT_TRANSITIVE,
                        "a peering connection carries only traffic between the two VPCs; the peer's internet "
                                + "gateway, NAT gateway and gateway endpoints do not serve this VPC",
                        "give this VPC its own gateway endpoint or NAT gateway, or use a transit gateway");
            } else {
                t.unknown("the route goes to a peering connection outside the analysed templates ("
                        + target.describe() + ")", Code.ASSUMED_UNRESOLVED_VALUE);
            }
            return false;
        }
        if (target instanceof RouteTarget.Local) {
            t.unknown("the route to these public addresses is the VPC's local route (the VPC uses public "
                    + "address space)", Code.ASSUMED_UNRESOLVED_VALUE);
            return false;
        }
        if (target instanceof RouteTarget.EgressOnlyInternetGateway) {
            t.unknown("an egress-only internet gateway carries IPv6 only", Code.ASSUMED_UNRESOLVED_VALUE);
            return false;
        }
        t.unknown("the route goes to " + target.describe() + ", which the analysis cannot follow",
                Code.ASSUMED_UNRESOLVED_VALUE);
        return false;
    }

    private boolean gatewayEndpoint(Trace t, ResourceId id, Destination d, WalkState st) {
        VpcEndpoint e = network.endpoint(id).orElseThrow();
        t.hop(id, "AWS::EC2::VPCEndpoint", "gateway endpoint " + e.serviceName());
        if (st.origin != WalkState.Origin.IN_VPC) {
            t.block(id, "AWS::EC2::VPCEndpoint", Code.GATEWAY_ENDPOINT_NOT_TRANSITIVE,
                    "a gateway endpoint does not serve traffic that arrives through a transit gateway",
                    "send the traffic through a NAT gateway in this VPC, or use an interface endpoint");
            return false;
        }
        String endpointRegion = ServiceNames.region(e.serviceName());
        if (endpointRegion != null && network.region() != null && !endpointRegion.equals(network.region())) {
            t.block(id, "AWS::EC2::VPCEndpoint", Code.GATEWAY_ENDPOINT_OTHER_REGION,
                    "the endpoint's service " + e.serviceName() + " is in " + endpointRegion + ", the VPC in "
                            + network.region(), "use com.amazonaws.${AWS::Region}." + e.service().orElse("s3"));
            return false;
        }
        t.end = Trace.End.GATEWAY_ENDPOINT;
        t.endpoint = id;
        return false;
    }

    private boolean natGateway(Trace t, Known<ResourceId> id, Route route, WalkState st, boolean checkFilters,
                               Party party) {
        if (!id.isKnown() || network.natGateway(id.get()).isEmpty()) {
            t.unknown("the route goes to a NAT gateway outside the analysed templates", Code.ASSUMED_UNRESOLVED_VALUE);
            return false;
        }
        NatGateway nat = network.natGateway(id.get()).get();
        t.hop(nat.id(), "AWS::EC2::NatGateway", "translates the source address");
        if (!nat.subnet().isKnown() || network.subnet(nat.subnet().get()).isEmpty()) {
            t.unknown("the subnet of " + nat.id().logicalId() + " is unknown", Code.ASSUMED_UNRESOLVED_VALUE);
            return false;
        }
        if (!nat.publicConnectivity().isKnown()) {
            t.unknown("ConnectivityType of " + nat.id().logicalId() + ": " + nat.publicConnectivity().reason(),
                    Code.ASSUMED_UNRESOLVED_VALUE);
            return false;
        }
        Subnet natSubnet = network.subnet(nat.subnet().get()).get();
        // As with an internet gateway that is not attached to the table's VPC: EC2 refuses a route whose target
        // is in another VPC ("route table rtb-… and interface … belong to different networks", InvalidParameterValue;
        // seen for a NAT gateway in saltstack/salt#38791, for an internet gateway in
        // smoketurner/serverless-vpc-plugin#147), so such a route never carries traffic.
        ResourceId tableVpc = network.routeTable(route.routeTable()).flatMap(r -> r.vpc().value()).orElse(null);
        ResourceId natVpc = natSubnet.vpc().value().orElse(null);
        if (tableVpc != null && natVpc != null && !tableVpc.equals(natVpc)) {
            t.block(nat.id(), "AWS::EC2::NatGateway", Code.NGW_IN_OTHER_VPC,
                    nat.id().logicalId() + " is in " + natVpc.logicalId() + ", the route table in "
                            + tableVpc.logicalId() + "; a NAT gateway is a route target only in its own VPC",
                    Fixes.natInVpc(tableVpc.logicalId()));
            return false;
        }
        enterTransitSubnet(t, st, natSubnet, checkFilters, party);
        t.viaNat = true;
        st.source = natSubnet;
        st.privateNat = !nat.publicConnectivity().get();
        st.publicIp = Known.of(nat.publicConnectivity().get());
        st.origin = WalkState.Origin.IN_VPC;
        return true;
    }

    private boolean natInstance(Trace t, Known<ResourceId> id, boolean instance, WalkState st, boolean checkFilters,
                                Party party) {
        if (!id.isKnown()) {
            t.unknown("the route's " + (instance ? "instance" : "network interface") + " is unknown: " + id.reason(),
                    Code.ASSUMED_UNRESOLVED_VALUE);
            return false;
        }
        Known<ResourceId> subnetId;
        Known<Boolean> publicIp;
        String type;
        if (instance) {
            Workload w = network.workload(id.get()).orElse(null);
            if (w == null || w.subnets().isEmpty()) {
                t.unknown("instance " + id.get() + " is not in the analysed templates", Code.ASSUMED_UNRESOLVED_VALUE);
                return false;
            }
            subnetId = w.subnets().get(0);
            type = w.type();
            publicIp = w.publicIp() == PublicIp.YES ? Known.of(true) : w.publicIp() == PublicIp.NO ? Known.of(false)
                    : null;
        } else {
            NetworkInterface n = network.networkInterface(id.get()).orElse(null);
            if (n == null) {
                t.unknown("network interface " + id.get() + " is not in the analysed templates",
                        Code.ASSUMED_UNRESOLVED_VALUE);
                return false;
            }
            subnetId = n.subnet();
            type = "AWS::EC2::NetworkInterface";
            publicIp = network.hasElasticIp(n.id()) ? Known.of(true) : null;
        }
        if (!subnetId.isKnown() || network.subnet(subnetId.get()).isEmpty()) {
            t.unknown("the subnet of NAT instance " + id.get().logicalId() + " is unknown",
                    Code.ASSUMED_UNRESOLVED_VALUE);
            return false;
        }
        Subnet natSubnet = network.subnet(subnetId.get()).get();
        Known<Boolean> forwards = network.forwards(id.get());
        if (!forwards.isKnown()) {
            t.unknown("whether " + id.get().logicalId() + " forwards traffic is unknown: " + forwards.reason(),
                    Code.ASSUMED_UNRESOLVED_VALUE);
            return false;
        }
        if (!forwards.get()) {
            t.block(id.get(), type, Code.SOURCE_DEST_CHECK_ENABLED, "the route goes to " + id.get().logicalId()
                    + ", whose source/destination check is on: EC2 drops traffic not addressed to it",
                    "set SourceDestCheck: false on " + id.get().logicalId() + " if it is meant to forward (NAT)");
            return false;
        }
        if (publicIp == null) {
            publicIp = ClientProfiles.publicIpv4(natSubnet);
        }
        t.hop(id.get(), type, "NAT instance (assumed to forward and translate)");
        t.code(Code.ASSUMED_NAT_INSTANCE);
        enterTransitSubnet(t, st, natSubnet, checkFilters, party);
        t.viaNat = true;
        st.source = natSubnet;
        st.publicIp = publicIp;
        st.origin = WalkState.Origin.IN_VPC;
        return true;
    }

    /** Into a firewall or GWLB endpoint's subnet; a Gateway-type endpoint named by VpcEndpointId is a gateway. */
    private boolean middlebox(Trace t, RouteTarget target, Destination d, WalkState st, boolean checkFilters,
                              Party party) {
        if (target instanceof RouteTarget.VpcEndpoint v) {
            VpcEndpoint e = v.endpoint().isKnown() ? network.endpoint(v.endpoint().get()).orElse(null) : null;
            if (e == null) {
                t.unknown("the route goes to a VPC endpoint outside the analysed templates ("
                        + (v.endpoint().isKnown() ? v.endpoint().get().toString() : v.endpoint().reason()) + ")",
                        Code.ASSUMED_UNRESOLVED_VALUE);
                return false;
            }
            if (e.type() == VpcEndpoint.Type.GATEWAY) {
                return gatewayEndpoint(t, e.id(), d, st);
            }
            if (e.type() != VpcEndpoint.Type.GATEWAY_LOAD_BALANCER) {
                t.unknown("the route goes to " + e.id().logicalId() + ", which is not a Gateway Load Balancer endpoint",
                        Code.ASSUMED_UNRESOLVED_VALUE);
                return false;
            }
        }
        Known<Subnet> next = middleboxes.enter(t, target, st.current);
        if (!next.isKnown()) {
            t.unknown(next.reason(), Code.ASSUMED_UNRESOLVED_VALUE);
            return false;
        }
        enterTransitSubnet(t, st, next.get(), checkFilters, party);
        return true;
    }

    /** Moves the walk into a middle subnet (NAT, firewall, appliance), checking its ACL both ways. */
    private void enterTransitSubnet(Trace t, WalkState st, Subnet next, boolean checkFilters, Party party) {
        if (checkFilters && !next.id().equals(st.current.id())) {
            filters.entering(t, network, next, Party.block(st.source.cidr(), java.util.Set.of(),
                    st.source.id().logicalId()));
            filters.leaving(t, network, next, party);
        }
        t.hop(next.id(), "AWS::EC2::Subnet", "continues with the routes of " + next.id().logicalId());
        st.previous = st.current;
        st.current = next;
    }
}
