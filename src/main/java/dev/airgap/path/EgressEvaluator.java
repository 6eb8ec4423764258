package dev.airgap.path;

import dev.airgap.network.Cidrs;
import dev.airgap.network.Gateway;
import dev.airgap.network.Known;
import dev.airgap.network.RegionNetwork;
import dev.airgap.network.Route;
import dev.airgap.network.RouteDestination;
import dev.airgap.network.RouteTable;
import dev.airgap.network.RouteTarget;
import dev.airgap.network.Subnet;
import java.util.ArrayList;
import java.util.List;

/**
 * Internet egress of a subnet, from routes and public IPs alone (filters can change any day; a route to the
 * internet is what "no internet" requirements are about). The worst of the subnet's clients counts:
 * internet gateway, then NAT, then unknown, then none. IPv6 routes to an internet or egress-only gateway count as
 * internet egress for subnets with IPv6.
 */
final class EgressEvaluator {

    private final RegionNetwork network;
    private final RouteWalker walker;

    EgressEvaluator(RegionNetwork network, RouteWalker walker) {
        this.network = network;
        this.walker = walker;
    }

    EgressVerdict evaluate(Subnet subnet, List<ClientProfile> profiles) {
        if (subnet.ipv6Only()) {
            return ipv6Only(subnet);
        }
        Trace best = null;
        Egress bestEgress = null;
        java.util.Set<Known<Boolean>> seen = new java.util.HashSet<>();
        for (ClientProfile p : profiles) {
            if (!seen.add(p.publicIp())) {
                continue; // egress depends on routes and the public IP only, not on the groups
            }
            Trace t = walker.walk(subnet, p, new Destination.Internet(), false);
            Egress e = egress(t);
            if (bestEgress == null || rank(e) > rank(bestEgress)) {
                best = t;
                bestEgress = e;
            }
            if (e == Egress.INTERNET_GATEWAY) {
                break;
            }
        }
        if (best == null) {
            return new EgressVerdict(Egress.UNKNOWN, List.of(), List.of(), "no client to evaluate", List.of());
        }
        if (bestEgress != Egress.INTERNET_GATEWAY) {
            String partial = partialInternetRoute(subnet, profiles);
            if (partial != null) {
                return new EgressVerdict(Egress.INTERNET_GATEWAY, best.hops, new ArrayList<>(best.codes), partial,
                        List.of());
            }
        }
        if (bestEgress != Egress.INTERNET_GATEWAY && subnet.ipv6()) {
            String v6 = ipv6Egress(subnet);
            if (v6 != null) {
                return new EgressVerdict(Egress.INTERNET_GATEWAY, best.hops, new ArrayList<>(best.codes), v6,
                        List.of());
            }
        }
        String reason;
        switch (bestEgress) {
            case INTERNET_GATEWAY:
                reason = "a route to an internet gateway and a public IPv4";
                break;
            case NAT_GATEWAY:
                reason = "a route to a NAT gateway (or NAT instance) that reaches an internet gateway";
                break;
            case UNKNOWN:
                reason = String.join("; ", best.unknowns);
                break;
            default:
                reason = best.blockers.isEmpty() ? "no route to the internet" : best.blockers.get(0).message();
        }
        return new EgressVerdict(bestEgress, best.hops, new ArrayList<>(best.codes), reason,
                bestEgress == Egress.NONE ? best.blockers : List.of());
    }

    private static Egress egress(Trace t) {
        if (t.complete() && t.end == Trace.End.INTERNET_GATEWAY) {
            return t.viaNat ? Egress.NAT_GATEWAY : Egress.INTERNET_GATEWAY;
        }
        if (t.complete() && t.end == Trace.End.GATEWAY_ENDPOINT) {
            return Egress.NONE;
        }
        if (t.isUnknown()) {
            return Egress.UNKNOWN;
        }
        return Egress.NONE;
    }

    private static int rank(Egress e) {
        switch (e) {
            case INTERNET_GATEWAY: return 3;
            case NAT_GATEWAY: return 2;
            case UNKNOWN: return 1;
            default: return 0;
        }
    }

    /**
     * A reason when the subnet's table sends a narrower public block (not {@code 0.0.0.0/0}) to an internet gateway
     * and a client has a public IPv4: part of the internet is reachable directly. Null otherwise.
     */
    private String partialInternetRoute(Subnet subnet, List<ClientProfile> profiles) {
        boolean publicIp = profiles.stream().anyMatch(p -> Boolean.TRUE.equals(p.publicIp().orElse(null)));
        Known<RouteTable> rt = network.routeTableOf(subnet);
        if (!publicIp || !rt.isKnown()) {
            return null;
        }
        for (Route r : network.routes(rt.get().id())) {
            if (r.destination() instanceof RouteDestination.Cidr c && c.block().isIPv4()
                    && Cidrs.prefixLength(c.block()) > 0 && !Cidrs.isPrivateV4(c.block())
                    && r.target() instanceof RouteTarget.Gateway g && g.gateway().isKnown()
                    && network.gateway(g.gateway().get()).map(Gateway::kind).orElse(null) == Gateway.Kind.INTERNET
                    && !(r.target() instanceof RouteTarget.Local)) {
                return "route " + r.describe() + " sends part of the internet to an internet gateway, and the source "
                        + "has a public IPv4";
            }
        }
        return null;
    }

    /**
     * An IPv6-only subnet's instances have no IPv4 address, so its IPv4 routes carry nothing of theirs (whatever a
     * route table shared with dual-stack subnets says) and its internet egress is what its IPv6 routes give. IPv6
     * routes other than to an internet or egress-only gateway (to a NAT gateway for NAT64, a transit gateway, a
     * firewall) are not followed: they make the verdict unknown, never none.
     */
    private EgressVerdict ipv6Only(Subnet subnet) {
        String only = subnet.id().logicalId() + " is IPv6-only (no IPv4 address, so no IPv4 route applies)";
        Known<RouteTable> rt = network.routeTableOf(subnet);
        if (!rt.isKnown()) {
            return new EgressVerdict(Egress.UNKNOWN, List.of(), List.of(Code.ASSUMED_UNRESOLVED_VALUE),
                    only + "; its route table is unknown: " + rt.reason(), List.of());
        }
        String internet = ipv6Egress(subnet);
        if (internet != null) {
            return new EgressVerdict(Egress.INTERNET_GATEWAY, List.of(), List.of(), only + "; " + internet,
                    List.of());
        }
        for (Route r : network.routes(rt.get().id())) {
            boolean v4 = r.destination() instanceof RouteDestination.Cidr c && c.block().isIPv4();
            if (v4 || r.target() instanceof RouteTarget.Local
                    || r.destination() instanceof RouteDestination.ServicePrefixList) {
                continue;
            }
            boolean toInternet = r.target() instanceof RouteTarget.EgressOnlyInternetGateway
                    || r.target() instanceof RouteTarget.Gateway g && g.gateway().isKnown()
                    && network.gateway(g.gateway().get()).map(Gateway::kind).orElse(null) == Gateway.Kind.INTERNET;
            String reason = toInternet
                    ? "IPv6 route " + r.describe() + " sends part of the internet to an internet gateway"
                    : "the analysis does not follow IPv6 route " + r.describe();
            return new EgressVerdict(toInternet ? Egress.INTERNET_GATEWAY : Egress.UNKNOWN, List.of(),
                    toInternet ? List.of() : List.of(Code.ASSUMED_UNRESOLVED_VALUE), only + "; " + reason, List.of());
        }
        return new EgressVerdict(Egress.NONE, List.of(), List.of(), only + "; it has no IPv6 route to an internet or "
                + "egress-only internet gateway", List.of());
    }

    /** A reason when the subnet's table sends {@code ::/0} to an internet or egress-only gateway, else null. */
    private String ipv6Egress(Subnet subnet) {
        Known<RouteTable> rt = network.routeTableOf(subnet);
        if (!rt.isKnown()) {
            return null;
        }
        for (Route r : network.routes(rt.get().id())) {
            if (!(r.destination() instanceof RouteDestination.Cidr c) || c.block().isIPv4()
                    || Cidrs.prefixLength(c.block()) != 0) {
                continue;
            }
            if (r.target() instanceof RouteTarget.EgressOnlyInternetGateway) {
                return "IPv6 route ::/0 to an egress-only internet gateway";
            }
            if (r.target() instanceof RouteTarget.Gateway g && g.gateway().isKnown()
                    && network.gateway(g.gateway().get()).map(Gateway::kind).orElse(null) == Gateway.Kind.INTERNET) {
                return "IPv6 route ::/0 to an internet gateway (IPv6 addresses are public)";
            }
        }
        return null;
    }
}
