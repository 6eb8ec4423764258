package dev.airgap.network;

import dev.airgap.resolve.Resource;
import dev.airgap.resolve.ResourceId;
import dev.airgap.resolve.Value;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Route tables, their associations and routes (an {@code AWS::EC2::Route}'s destination and target, whatever
 * property names them), customer-managed prefix lists; in the second pass each table's routes: local ones for the
 * VPC's blocks, declared ones, and those of the gateway endpoints that name it.
 */
final class RouteReader {

    private final RegionBuilder region;

    private final List<Route> pendingRoutes = new ArrayList<>();

    RouteReader(RegionBuilder region) {
        this.region = region;
    }

    void readRouteTable(Resource r) {
        region.routeTables.put(r.id(), new RouteTable(r.id(), r.constructPath(),
                PropertyValues.ref(r.property("VpcId"), "VpcId"), false));
    }

    void readAssociation(Resource r) {
        Known<ResourceId> subnet = PropertyValues.ref(r.property("SubnetId"), "SubnetId");
        if (subnet.isKnown()) {
            region.associations.put(subnet.get(), PropertyValues.ref(r.property("RouteTableId"), "RouteTableId"));
            region.associationResources.put(subnet.get(), r.id());
        }
    }

    void readRoute(Resource r) {
        Known<ResourceId> table = PropertyValues.ref(r.property("RouteTableId"), "RouteTableId");
        if (!table.isKnown()) {
            // Most likely a table of a stack outside the run; the path stage notes that it may be one of ours.
            region.unplacedRoutes.add(new Route(r.id(), r.id(), destination(r), target(r)));
            return;
        }
        pendingRoutes.add(new Route(r.id(), table.get(), destination(r), target(r)));
    }

    void readPrefixList(Resource r) {
        List<IPAddress> entries = new ArrayList<>();
        String unknown = null;
        for (Value e : PropertyValues.items(r.property("Entries"))) {
            Value c = e instanceof Value.MapValue m ? m.get("Cidr") : e;
            IPAddress a = c instanceof Value.Text t ? Cidrs.parseOrNull(t.value()) : null;
            if (a == null) {
                unknown = PropertyValues.whyUnknown(c, "an entry");
            } else {
                entries.add(a);
            }
        }
        region.prefixLists.put(r.id(), new PrefixList(r.id(),
                unknown == null ? Known.of(entries) : Known.unknown(unknown)));
    }

    void assembleRoutes() {
        for (RouteTable t : region.routeTables.values()) {
            List<Route> list = new ArrayList<>();
            if (t.vpc().isKnown() && region.vpcs.containsKey(t.vpc().get())) {
                for (Known<IPAddress> c : region.vpcs.get(t.vpc().get()).cidrs()) {
                    if (c.isKnown()) {
                        list.add(new Route(t.vpc().get(), t.id(), new RouteDestination.Cidr(c.get()),
                                new RouteTarget.Local()));
                    }
                }
            }
            region.routes.put(t.id(), list);
        }
        for (Route r : pendingRoutes) {
            List<Route> list = region.routes.get(r.routeTable());
            if (list == null) {
                // A route into a table that is not in the run: keep it visible, it changes nothing analysed.
                region.others.add(new OtherResource(r.id(), "AWS::EC2::Route"));
            } else {
                list.add(r);
            }
        }
        for (VpcEndpoint e : region.endpoints.values()) {
            if (e.type() != VpcEndpoint.Type.GATEWAY) {
                continue;
            }
            // A gateway endpoint whose service is unknown may be S3's or DynamoDB's: its route may match.
            RouteDestination dest = e.service().isKnown()
                    ? new RouteDestination.ServicePrefixList(e.service().get(), e.id())
                    : new RouteDestination.Unresolved("the prefix list of gateway endpoint " + e.id().logicalId()
                    + ", whose service is unknown (" + e.service().reason() + ")");
            for (Known<ResourceId> t : e.routeTables()) {
                if (t.isKnown() && region.routes.containsKey(t.get())) {
                    region.routes.get(t.get()).add(new Route(e.id(), t.get(), dest,
                            new RouteTarget.GatewayEndpoint(e.id())));
                }
            }
        }
    }

    RouteDestination destination(Resource r) {
        Value v4 = r.property("DestinationCidrBlock");
        Value v6 = r.property("DestinationIpv6CidrBlock");
        Value pl = r.property("DestinationPrefixListId");
        Value v = !PropertyValues.absent(v4) ? v4 : !PropertyValues.absent(v6) ? v6 : null;
        if (v != null) {
            if (v instanceof Value.Text t) {
                IPAddress a = Cidrs.parseOrNull(t.value());
                return a != null ? new RouteDestination.Cidr(a)
                        : new RouteDestination.Unresolved("'" + t.value() + "' is not a CIDR block");
            }
            return new RouteDestination.Unresolved(PropertyValues.whyUnknown(v, "the destination"));
        }
        if (!PropertyValues.absent(pl)) {
            Known<ResourceId> list = PropertyValues.ref(pl, "DestinationPrefixListId");
            return new RouteDestination.PrefixList(list, PropertyValues.describe(pl), PrefixListCatalog.literalId(pl));
        }
        return new RouteDestination.Unresolved("the route has no destination");
    }

    RouteTarget target(Resource r) {
        if (has(r, "GatewayId")) {
            return new RouteTarget.Gateway(PropertyValues.ref(r.property("GatewayId"), "GatewayId"));
        }
        if (has(r, "NatGatewayId")) {
            return new RouteTarget.NatGateway(PropertyValues.ref(r.property("NatGatewayId"), "NatGatewayId"));
        }
        if (has(r, "InstanceId")) {
            return new RouteTarget.Instance(PropertyValues.ref(r.property("InstanceId"), "InstanceId"));
        }
        if (has(r, "NetworkInterfaceId")) {
            return new RouteTarget.NetworkInterface(
                    PropertyValues.ref(r.property("NetworkInterfaceId"), "NetworkInterfaceId"));
        }
        if (has(r, "TransitGatewayId")) {
            return new RouteTarget.TransitGateway(PropertyValues.ref(r.property("TransitGatewayId"), "TransitGatewayId"));
        }
        if (has(r, "VpcPeeringConnectionId")) {
            return new RouteTarget.Peering(
                    PropertyValues.ref(r.property("VpcPeeringConnectionId"), "VpcPeeringConnectionId"));
        }
        if (has(r, "VpcEndpointId")) {
            return vpcEndpointTarget(r.property("VpcEndpointId"));
        }
        if (has(r, "CarrierGatewayId")) {
            return new RouteTarget.CarrierGateway(PropertyValues.ref(r.property("CarrierGatewayId"), "CarrierGatewayId"));
        }
        if (has(r, "EgressOnlyInternetGatewayId")) {
            return new RouteTarget.EgressOnlyInternetGateway(
                    PropertyValues.ref(r.property("EgressOnlyInternetGatewayId"), "EgressOnlyInternetGatewayId"));
        }
        if (has(r, "CoreNetworkArn")) {
            return new RouteTarget.External("Cloud WAN core network", PropertyValues.describe(r.property("CoreNetworkArn")));
        }
        if (has(r, "LocalGatewayId")) {
            return new RouteTarget.External("Outposts local gateway", PropertyValues.describe(r.property("LocalGatewayId")));
        }
        return new RouteTarget.Unresolved("the route names no target");
    }

    /**
     * A route's {@code VpcEndpointId}: a GWLB endpoint of the run, or a Network Firewall endpoint — as the
     * per-AZ attribute the resolver gives, or as an expression over the firewall's {@code EndpointIds}.
     */
    RouteTarget vpcEndpointTarget(Value v) {
        if (v instanceof Value.Attr a && "AWS::NetworkFirewall::Firewall".equals(region.typeOf(a.target()))) {
            return new RouteTarget.FirewallEndpoint(a.target(), a.qualifier().isEmpty() ? null : a.qualifier());
        }
        // Parts of EndpointIds ("az:vpce-id" strings) left whole: the firewall is known, the AZ only if single.
        List<Value.Attr> found = new ArrayList<>();
        firewallAttrs(v, found);
        if (!found.isEmpty()) {
            Set<String> zones = new HashSet<>();
            found.forEach(a -> zones.add(a.qualifier()));
            String az = zones.size() == 1 && !found.get(0).qualifier().isEmpty() ? found.get(0).qualifier() : null;
            return new RouteTarget.FirewallEndpoint(found.get(0).target(), az);
        }
        if (v instanceof Value.Unknown u) {
            for (Resource r : region.all.values()) {
                if (r.type().equals("AWS::NetworkFirewall::Firewall")
                        && u.expression().contains(r.id().logicalId() + ".EndpointIds")) {
                    return new RouteTarget.FirewallEndpoint(r.id(), null);
                }
            }
        }
        return new RouteTarget.VpcEndpoint(PropertyValues.ref(v, "VpcEndpointId"));
    }

    void firewallAttrs(Value v, List<Value.Attr> into) {
        if (v instanceof Value.Attr a && "AWS::NetworkFirewall::Firewall".equals(region.typeOf(a.target()))) {
            into.add(a);
        } else if (v instanceof Value.Concat c) {
            c.parts().forEach(p -> firewallAttrs(p, into));
        } else if (v instanceof Value.ListValue l) {
            l.items().forEach(p -> firewallAttrs(p, into));
        }
    }

    static boolean has(Resource r, String property) {
        return !PropertyValues.absent(r.property(property));
    }
}
