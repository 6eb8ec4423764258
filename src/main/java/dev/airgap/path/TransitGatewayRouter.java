package dev.airgap.path;

import dev.airgap.network.Cidrs;
import dev.airgap.network.Gateway;
import dev.airgap.network.Known;
import dev.airgap.network.RegionNetwork;
import dev.airgap.network.Subnet;
import dev.airgap.network.TransitGatewayAttachment;
import dev.airgap.network.TransitGatewayLink;
import dev.airgap.network.TransitGatewayRoute;
import dev.airgap.network.TransitGatewayRouteTable;
import dev.airgap.network.Vpc;
import dev.airgap.resolve.ResourceId;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Follows a route into a transit gateway: the source VPC's attachment, the TGW route table it is associated with
 * (explicitly, or the TGW's default table), longest-prefix match over static and propagated routes, and the
 * attachment subnet in the destination VPC (the one in the source's AZ when there is one) where routing goes on.
 */
final class TransitGatewayRouter {

    private final RegionNetwork network;

    TransitGatewayRouter(RegionNetwork network) {
        this.network = network;
    }

    /** The subnet the traffic continues from, or empty after recording a blocker or an unknown. */
    Optional<Subnet> next(Trace t, Known<ResourceId> tgwId, Subnet from, Destination d) {
        Gateway tgw = tgwId.isKnown() ? network.gateway(tgwId.get()).orElse(null) : null;
        if (tgw == null || tgw.kind() != Gateway.Kind.TRANSIT) {
            t.unknown("the route goes to a transit gateway outside the analysed templates ("
                    + (tgwId.isKnown() ? tgwId.get().toString() : tgwId.reason()) + ")", Code.ASSUMED_UNRESOLVED_VALUE);
            return Optional.empty();
        }
        ResourceId fromVpc = from.vpc().orElse(null);
        TransitGatewayAttachment attachment = attachmentOf(tgw.id(), fromVpc);
        if (attachment == null) {
            t.hop(tgw.id(), tgw.typeName(), "no attachment of " + (fromVpc == null ? "the VPC" : fromVpc.logicalId()));
            t.unknown("no attachment of the source VPC to " + tgw.id().logicalId() + " is in the templates",
                    Code.ASSUMED_UNRESOLVED_VALUE);
            return Optional.empty();
        }
        Known<ResourceId> table = associatedTable(tgw, attachment);
        if (!table.isKnown()) {
            t.hop(tgw.id(), tgw.typeName(), "attachment " + attachment.id().logicalId());
            t.unknown(table.reason(), Code.ASSUMED_UNRESOLVED_VALUE);
            return Optional.empty();
        }
        TransitGatewayRoute winner = null;
        int best = -1;
        String maybe = null;
        for (TransitGatewayRoute r : routes(tgw, table.get())) {
            if (!r.destination().isKnown()) {
                maybe = "TGW route " + r.id().logicalId() + ": " + r.destination().reason();
                continue;
            }
            IPAddress dest = r.destination().get();
            int rank = Cidrs.prefixLength(dest);
            boolean definite;
            if (d instanceof Destination.Block b) {
                if (!b.block().isKnown()) {
                    maybe = "the destination block is unknown";
                    continue;
                }
                definite = Cidrs.contains(dest, b.block().get());
                if (!definite && Cidrs.overlaps(dest, b.block().get())) {
                    maybe = "TGW route " + Cidrs.text(dest) + " covers part of the destination";
                }
            } else {
                definite = dest.isIPv4() && rank == 0;
                if (!definite && dest.isIPv4() && !Cidrs.isPrivateV4(dest)) {
                    maybe = "TGW route " + Cidrs.text(dest) + " may cover the service's addresses";
                }
            }
            if (definite && (rank > best || (rank == best && winner != null && winner.propagated()
                    && !r.propagated()))) {
                winner = r;
                best = rank;
            }
        }
        t.hop(tgw.id(), tgw.typeName(), "route table " + table.get().logicalId() + (winner == null ? ": no route"
                : ": " + (winner.destination().isKnown() ? Cidrs.text(winner.destination().get()) : "?") + " -> "
                + (winner.blackhole() ? "blackhole" : winner.attachment().isKnown()
                        ? winner.attachment().get().logicalId() : "unknown attachment")));
        if (maybe != null) {
            t.unknown(maybe, Code.ASSUMED_UNRESOLVED_VALUE);
            return Optional.empty();
        }
        String learned = winner == null ? learnedRoutes(tgw, table.get()) : null;
        if (learned != null) {
            t.unknown(learned, Code.ASSUMED_UNRESOLVED_VALUE);
            return Optional.empty();
        }
        if (winner == null) {
            t.block(tgw.id(), tgw.typeName(), Code.TGW_NO_ROUTE, "transit gateway route table "
                            + table.get().logicalId() + " has no route for this traffic",
                    "add an AWS::EC2::TransitGatewayRoute 0.0.0.0/0 -> the egress VPC attachment to "
                            + table.get().logicalId());
            return Optional.empty();
        }
        if (winner.blackhole()) {
            t.block(winner.id(), "AWS::EC2::TransitGatewayRoute", Code.TGW_BLACKHOLE_ROUTE,
                    "the matching transit gateway route is a blackhole",
                    "remove Blackhole or add a more specific route");
            return Optional.empty();
        }
        TransitGatewayAttachment to = winner.attachment().isKnown()
                ? network.transitGatewayAttachment(winner.attachment().get()).orElse(null) : null;
        if (to == null || !to.vpc().isKnown() || network.vpc(to.vpc().get()).isEmpty()) {
            t.unknown("the transit gateway sends the traffic to an attachment outside the analysed templates "
                    + "(a VPN, Direct Connect or peering attachment, or another account's VPC)",
                    Code.ASSUMED_UNRESOLVED_VALUE);
            return Optional.empty();
        }
        if (to.id().equals(attachment.id())) {
            t.block(tgw.id(), tgw.typeName(), Code.ROUTING_LOOP, "the transit gateway sends the traffic back to "
                    + "the VPC it came from", "route it to the egress VPC's attachment");
            return Optional.empty();
        }
        Subnet entry = null;
        Subnet first = null;
        for (Known<ResourceId> s : to.subnets()) {
            Subnet sub = s.isKnown() ? network.subnet(s.get()).orElse(null) : null;
            if (sub == null) {
                continue;
            }
            first = first == null ? sub : first;
            if (Boolean.TRUE.equals(sub.az().sameAs(from.az()))) {
                entry = sub;
                break;
            }
        }
        if (entry == null) {
            entry = first;
            t.code(Code.ASSUMED_TGW_ATTACHMENT_SUBNET);
        }
        if (entry == null) {
            t.unknown("the subnets of attachment " + to.id().logicalId() + " are unknown",
                    Code.ASSUMED_UNRESOLVED_VALUE);
            return Optional.empty();
        }
        t.hop(to.id(), "AWS::EC2::TransitGatewayVpcAttachment", "into " + to.vpc().get().logicalId() + " through "
                + entry.id().logicalId());
        return Optional.of(entry);
    }

    /**
     * Why the table may hold routes the templates do not show: attachments made outside them (VPN, Direct Connect,
     * peering — a VPN connection to the TGW makes one) propagate into the default table, or an explicit propagation
     * names an attachment outside the run. Null when every route of the table is known.
     */
    private String learnedRoutes(Gateway tgw, ResourceId table) {
        boolean vpn = network.vpnConnections().stream().anyMatch(c -> c.transitGateway().isKnown()
                && c.transitGateway().get().equals(tgw.id()));
        if (table.equals(TransitGatewayRouteTable.defaultOf(tgw.id())) && tgw.defaultRouteTablePropagation()) {
            return "transit gateway " + tgw.id().logicalId() + " propagates into its default route table the routes of "
                    + (vpn ? "its VPN attachments" : "attachments made outside the templates (VPN, Direct Connect)")
                    + ", which may match this traffic";
        }
        for (TransitGatewayRoute r : network.transitGatewayRoutes()) {
            if (!r.routeTable().isKnown()) {
                return "TGW route " + r.id().logicalId() + " goes to a route table the templates cannot name ("
                        + r.routeTable().reason() + "); it may be this one";
            }
        }
        for (TransitGatewayLink l : network.transitGatewayLinks()) {
            if (l.kind() == TransitGatewayLink.Kind.PROPAGATION && l.routeTable().isKnown()
                    && l.routeTable().get().equals(table) && (!l.attachment().isKnown()
                    || network.transitGatewayAttachment(l.attachment().get()).isEmpty())) {
                return "route table " + table.logicalId() + " learns routes from an attachment outside the templates ("
                        + (l.attachment().isKnown() ? l.attachment().get().logicalId() : l.attachment().reason()) + ")";
            }
        }
        return null;
    }

    private TransitGatewayAttachment attachmentOf(ResourceId tgw, ResourceId vpc) {
        if (vpc == null) {
            return null;
        }
        for (TransitGatewayAttachment a : network.transitGatewayAttachments()) {
            if (a.transitGateway().isKnown() && a.transitGateway().get().equals(tgw) && a.vpc().isKnown()
                    && a.vpc().get().equals(vpc)) {
                return a;
            }
        }
        return null;
    }

    private Known<ResourceId> associatedTable(Gateway tgw, TransitGatewayAttachment a) {
        for (TransitGatewayLink l : network.transitGatewayLinks()) {
            if (l.kind() == TransitGatewayLink.Kind.ASSOCIATION && l.attachment().isKnown()
                    && l.attachment().get().equals(a.id())) {
                return l.routeTable().isKnown() ? l.routeTable()
                        : Known.unknown("the TGW route table of attachment " + a.id().logicalId() + " is unknown: "
                        + l.routeTable().reason());
            }
        }
        if (tgw.defaultRouteTableAssociation()) {
            return Known.of(TransitGatewayRouteTable.defaultOf(tgw.id()));
        }
        return Known.unknown("attachment " + a.id().logicalId() + " is associated with no TGW route table");
    }

    /** Static routes of the table, plus the VPC blocks of the attachments that propagate into it. */
    private List<TransitGatewayRoute> routes(Gateway tgw, ResourceId table) {
        List<TransitGatewayRoute> out = new ArrayList<>();
        for (TransitGatewayRoute r : network.transitGatewayRoutes()) {
            if (r.routeTable().isKnown() && r.routeTable().get().equals(table)) {
                out.add(r);
            }
        }
        List<ResourceId> propagating = new ArrayList<>();
        java.util.Set<ResourceId> explicit = new java.util.HashSet<>();
        for (TransitGatewayLink l : network.transitGatewayLinks()) {
            if (l.kind() == TransitGatewayLink.Kind.PROPAGATION && l.attachment().isKnown()) {
                explicit.add(l.attachment().get());
                if (l.routeTable().isKnown() && l.routeTable().get().equals(table)) {
                    propagating.add(l.attachment().get());
                }
            }
        }
        if (table.equals(TransitGatewayRouteTable.defaultOf(tgw.id())) && tgw.defaultRouteTablePropagation()) {
            for (TransitGatewayAttachment a : network.transitGatewayAttachments()) {
                if (a.transitGateway().isKnown() && a.transitGateway().get().equals(tgw.id())
                        && !explicit.contains(a.id())) {
                    propagating.add(a.id());
                }
            }
        }
        for (ResourceId att : propagating) {
            TransitGatewayAttachment a = network.transitGatewayAttachment(att).orElse(null);
            Vpc vpc = a != null && a.vpc().isKnown() ? network.vpc(a.vpc().get()).orElse(null) : null;
            if (vpc == null) {
                continue;
            }
            for (Known<IPAddress> c : vpc.cidrs()) {
                if (c.isKnown()) {
                    out.add(new TransitGatewayRoute(att, Known.of(table), c, Known.of(att), false, true));
                }
            }
        }
        return out;
    }
}
