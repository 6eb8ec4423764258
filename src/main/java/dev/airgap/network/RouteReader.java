package dev.airgap.network;

import dev.airgap.resolve.Resource;
import dev.airgap.resolve.ResourceId;
import dev.airgap.resolve.Value;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads an {@code AWS::EC2::Route}'s destination and target, whatever property names them. */
final class RouteReader {

    private final NetworkModelBuilder.Region region;

    RouteReader(NetworkModelBuilder.Region region) {
        this.region = region;
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
