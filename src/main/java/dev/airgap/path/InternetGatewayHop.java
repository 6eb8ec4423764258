package dev.airgap.path;

import dev.airgap.network.Gateway;
import dev.airgap.network.GatewayAttachment;
import dev.airgap.network.Known;
import dev.airgap.network.RegionNetwork;
import dev.airgap.network.Route;
import dev.airgap.network.Subnet;
import dev.airgap.resolve.ResourceId;

/**
 * The last hop of a walk whose route names a gateway: an internet gateway passes traffic only when attached to the
 * route table's VPC, from a source with a public IPv4 (or a public NAT gateway's) in that VPC; a VPN gateway hands
 * it to on-premises; other gateways are not followed.
 */
final class InternetGatewayHop {

    private final RegionNetwork network;

    InternetGatewayHop(RegionNetwork network) {
        this.network = network;
    }

    /** Takes a route to a gateway; false always: the walk ends at the gateway (reached, blocked or unknown). */
    boolean follow(Trace t, Known<ResourceId> id, Route route, WalkState st) {
        if (!id.isKnown() || network.gateway(id.get()).isEmpty()) {
            t.unknown("the route goes to a gateway outside the analysed templates ("
                    + (id.isKnown() ? id.get().toString() : id.reason()) + ")", Code.ASSUMED_UNRESOLVED_VALUE);
            return false;
        }
        Gateway g = network.gateway(id.get()).get();
        t.hop(g.id(), g.typeName(), g.kind() == Gateway.Kind.INTERNET ? "internet gateway"
                : g.kind() == Gateway.Kind.VPN ? "VPN gateway to on-premises" : "gateway");
        if (g.kind() == Gateway.Kind.VPN) {
            t.unknown("the traffic leaves through VPN gateway " + g.id().logicalId() + " to on-premises; what "
                    + "happens there is not in the templates", Code.TRAFFIC_LEAVES_TO_ON_PREMISES);
            return false;
        }
        if (g.kind() != Gateway.Kind.INTERNET) {
            t.unknown("the route goes to " + g.typeName() + " " + g.id().logicalId() + ", which the analysis "
                    + "does not follow", Code.ASSUMED_UNRESOLVED_VALUE);
            return false;
        }
        ResourceId vpc = network.routeTable(route.routeTable()).flatMap(r -> r.vpc().value()).orElse(null);
        GatewayAttachment attachment = vpc == null ? null : attachment(vpc, g.id());
        if (attachment != null && t.uncertain(network, attachment.id())) {
            return false;
        }
        if (vpc != null && attachment == null) {
            t.block(g.id(), g.typeName(), Code.IGW_NOT_ATTACHED_TO_VPC,
                    g.id().logicalId() + " is not attached to " + vpc.logicalId(),
                    Fixes.attachIgw(g.id().logicalId(), vpc.logicalId()));
            return false;
        }
        if (st.privateNat) {
            t.block(g.id(), g.typeName(), Code.NGW_PRIVATE_CONNECTIVITY,
                    "a private NAT gateway's traffic to an internet gateway is dropped",
                    "use a public NAT gateway (ConnectivityType: public with an Elastic IP)");
            return false;
        }
        if (st.origin != WalkState.Origin.IN_VPC && !t.viaNat) {
            t.block(g.id(), g.typeName(), Code.NGW_REQUIRES_SOURCE_IN_VPC,
                    "traffic from another VPC reaches an internet gateway only through a NAT gateway here",
                    "route it to a NAT gateway in " + (vpc == null ? "the egress VPC" : vpc.logicalId()));
            return false;
        }
        if (!st.publicIp.isKnown()) {
            t.unknown("whether the source has a public IPv4 is unknown: " + st.publicIp.reason(),
                    Code.ASSUMED_UNRESOLVED_VALUE);
            return false;
        }
        if (!st.publicIp.get()) {
            Subnet src = st.current;
            t.block(g.id(), g.typeName(), Code.IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS,
                    "the route to " + g.id().logicalId() + " exists but the source has no public IPv4, so the "
                            + "internet gateway drops the traffic", Fixes.publicIp(src.id().logicalId()));
            return false;
        }
        t.end = Trace.End.INTERNET_GATEWAY;
        return false;
    }

    private GatewayAttachment attachment(ResourceId vpc, ResourceId gateway) {
        for (GatewayAttachment a : network.attachments(vpc)) {
            if (a.gateway().isKnown() && a.gateway().get().equals(gateway)) {
                return a;
            }
        }
        return null;
    }
}
