package dev.airgap.network;

import dev.airgap.resolve.Resource;
import dev.airgap.resolve.ResourceId;
import dev.airgap.resolve.Value;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What joins a VPC to other networks: transit gateway attachments, route tables, routes and their associations and
 * propagations, peering connections, VPN connections with their static routes and route propagations. VPN pieces
 * are separate resources, assembled in the second pass.
 */
final class TransitReader {

    private final RegionBuilder region;
    private final List<Resource> propagations = new ArrayList<>();
    private final Map<ResourceId, List<IPAddress>> vpnStaticRoutes = new HashMap<>();
    private final List<Resource> vpnConnectionResources = new ArrayList<>();

    TransitReader(RegionBuilder region) {
        this.region = region;
    }

    void readTgwAttachment(Resource r) {
        region.tgwAttachments.put(r.id(), new TransitGatewayAttachment(r.id(),
                PropertyValues.ref(r.property("TransitGatewayId"), "TransitGatewayId"),
                PropertyValues.ref(r.property("VpcId"), "VpcId"),
                PropertyValues.refs(r.property("SubnetIds"), "SubnetIds")));
    }

    void readTgwRouteTable(Resource r) {
        region.tgwRouteTables.put(r.id(), new TransitGatewayRouteTable(r.id(),
                PropertyValues.ref(r.property("TransitGatewayId"), "TransitGatewayId")));
    }

    void readTgwLink(Resource r, TransitGatewayLink.Kind kind) {
        region.tgwLinks.add(new TransitGatewayLink(r.id(), kind,
                tgwRouteTableRef(r.property("TransitGatewayRouteTableId")),
                PropertyValues.ref(r.property("TransitGatewayAttachmentId"), "TransitGatewayAttachmentId")));
    }

    void readTgwRoute(Resource r) {
        IPAddress a = Cidrs.parseOrNull(PropertyValues.string(r.property("DestinationCidrBlock"), "").orElse(null));
        Known<IPAddress> dest = a != null ? Known.of(a)
                : Known.unknown(PropertyValues.whyUnknown(r.property("DestinationCidrBlock"), "the destination"));
        boolean blackhole = PropertyValues.bool(r.property("Blackhole"), false, "").orElse(false);
        region.tgwRoutes.add(new TransitGatewayRoute(r.id(), tgwRouteTableRef(r.property("TransitGatewayRouteTableId")),
                dest, PropertyValues.ref(r.property("TransitGatewayAttachmentId"), "TransitGatewayAttachmentId"),
                blackhole, false));
    }

    /** A TGW route table, with the gateway's default table named by {@code Fn::GetAtt Tgw.*DefaultRouteTableId}. */
    private static Known<ResourceId> tgwRouteTableRef(Value v) {
        if (v instanceof Value.Attr a && (a.attribute().equals("AssociationDefaultRouteTableId")
                || a.attribute().equals("PropagationDefaultRouteTableId"))) {
            return Known.of(TransitGatewayRouteTable.defaultOf(a.target()));
        }
        return PropertyValues.ref(v, "TransitGatewayRouteTableId");
    }

    void readPeering(Resource r) {
        region.peerings.put(r.id(), new PeeringConnection(r.id(), PropertyValues.ref(r.property("VpcId"), "VpcId"),
                PropertyValues.ref(r.property("PeerVpcId"), "PeerVpcId"),
                PropertyValues.string(r.property("PeerRegion"), "PeerRegion").orElse(null)));
    }

    void readVpnPropagation(Resource r) {
        propagations.add(r);
    }

    void readVpnConnection(Resource r) {
        vpnConnectionResources.add(r);
    }

    void readVpnRoute(Resource r) {
        Known<ResourceId> conn = PropertyValues.ref(r.property("VpnConnectionId"), "VpnConnectionId");
        IPAddress a = Cidrs.parseOrNull(PropertyValues.string(r.property("DestinationCidrBlock"), "").orElse(null));
        if (conn.isKnown() && a != null) {
            vpnStaticRoutes.computeIfAbsent(conn.get(), k -> new ArrayList<>()).add(a);
        }
    }

    /** VPN connections with their static routes; propagated on-premises routes into the tables they name. */
    void assembleVpn() {
        for (Resource r : vpnConnectionResources) {
            region.vpnConnections.add(new VpnConnection(r.id(),
                    PropertyValues.ref(r.property("VpnGatewayId"), "VpnGatewayId"),
                    PropertyValues.ref(r.property("TransitGatewayId"), "TransitGatewayId"),
                    PropertyValues.ref(r.property("CustomerGatewayId"), "CustomerGatewayId"),
                    vpnStaticRoutes.getOrDefault(r.id(), List.of())));
        }
        for (Resource p : propagations) {
            Known<ResourceId> vgw = PropertyValues.ref(p.property("VpnGatewayId"), "VpnGatewayId");
            if (!vgw.isKnown()) {
                continue;
            }
            for (Known<ResourceId> t : PropertyValues.refs(p.property("RouteTableIds"), "RouteTableIds")) {
                if (t.isKnown() && region.routes.containsKey(t.get())) {
                    region.routes.get(t.get()).add(new Route(p.id(), t.get(),
                            new RouteDestination.Unresolved("routes learned from on-premises"),
                            new RouteTarget.VpnPropagation(vgw.get())));
                }
            }
        }
    }
}
