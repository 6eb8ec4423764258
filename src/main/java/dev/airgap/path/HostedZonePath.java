package dev.airgap.path;

import dev.airgap.network.Cidrs;
import dev.airgap.network.Known;
import dev.airgap.network.PeeringConnection;
import dev.airgap.network.RegionNetwork;
import dev.airgap.network.Route;
import dev.airgap.network.RouteTable;
import dev.airgap.network.RouteTarget;
import dev.airgap.network.Subnet;
import dev.airgap.network.Vpc;
import dev.airgap.network.VpcEndpoint;
import dev.airgap.resolve.ResourceId;
import java.util.List;
import java.util.Optional;

/**
 * A client whose VPC has no interface endpoint with private DNS for the service asks Route 53, and a private hosted
 * zone associated with its VPC may answer with an interface endpoint's private IPs — the centralized-endpoint
 * pattern, where the endpoint is in a shared VPC reached over a transit gateway or peering. Such an answer replaces
 * the public addresses, so the routes to them (a gateway endpoint's prefix list included) no longer matter; what
 * matters is the path to the endpoint's network interface and back, and the filters on the way.
 */
final class HostedZonePath {

    private final RegionNetwork network;
    private final RouteLookup lookup;
    private final InterfaceEndpointPath interfaces;
    private final TransitGatewayRouter transitGateways;
    private final ZoneLookup zones;

    HostedZonePath(RegionNetwork network, RouteLookup lookup, InterfaceEndpointPath interfaces) {
        this.network = network;
        this.lookup = lookup;
        this.interfaces = interfaces;
        this.transitGateways = new TransitGatewayRouter(network);
        this.zones = new ZoneLookup(network);
    }

    /**
     * The zone answer for the names a default client of the service uses (for S3 also the bucket-style name, which
     * only a wildcard record answers), or null when no private zone applies and the public name stands (or, with
     * {@code ownPrivateDns}, the VPC's own endpoint does).
     */
    ZoneLookup.Answer answer(Subnet client, String service, boolean ownPrivateDns) {
        Vpc vpc = client.vpc().isKnown() ? network.vpc(client.vpc().get()).orElse(null) : null;
        if (vpc == null || network.hostedZones().isEmpty() && network.resolverAssociations().isEmpty()) {
            return null;
        }
        List<String> names = "s3".equals(service)
                ? List.of(DnsNames.regional(service, network.region()),
                "{bucket}." + DnsNames.regional(service, network.region()))
                : List.of(DnsNames.regional(service, network.region()));
        ZoneLookup.Answer first = null;
        for (String name : names) {
            ZoneLookup.Answer a = zones.resolve(vpc, name, !ownPrivateDns);
            if (a.kind() == ZoneLookup.Answer.Kind.UNKNOWN || a.kind() == ZoneLookup.Answer.Kind.NO_RECORD) {
                return a;
            }
            if (first == null) {
                first = a;
            } else if (a.kind() != first.kind() || a.endpoint() != null && !a.endpoint().equals(first.endpoint())) {
                return ZoneLookup.Answer.unknown(name, a.zone() != null ? a.zone() : first.zone(), "the names of "
                        + service + " resolve differently (" + first.name() + " and " + name + ")");
            }
        }
        return first.kind() == ZoneLookup.Answer.Kind.PUBLIC ? null : first;
    }

    /** The client's path to {@code service} as the zone's answer sends it. */
    Trace walk(Subnet client, String service, ZoneLookup.Answer answer, ClientProfile p) {
        Trace t = new Trace(network);
        t.hop(client.id(), "AWS::EC2::Subnet", "source: " + p.label());
        t.codes(p.assumptions());
        String zoneText = answer.zone() == null ? "" : "private hosted zone " + answer.zone().id().logicalId()
                + answer.zone().name().map(n -> " (" + n + ")").orElse("");
        switch (answer.kind()) {
            case UNKNOWN -> {
                if (answer.zone() != null) {
                    t.hop(answer.zone().id(), "AWS::Route53::HostedZone", zoneText + ": answer unknown");
                }
                t.unknown("what DNS answers for " + answer.name() + " is unknown: " + answer.reason(),
                        Code.ASSUMED_UNRESOLVED_VALUE);
                return t;
            }
            case NO_RECORD -> {
                t.hop(answer.zone().id(), "AWS::Route53::HostedZone", zoneText + ": no record for " + answer.name());
                t.block(answer.zone().id(), "AWS::Route53::HostedZone", Code.PRIVATE_HOSTED_ZONE_NO_RECORD,
                        zoneText + " is associated with the client's VPC and has no record for " + answer.name()
                                + ": the name does not resolve (no fallback to public DNS)",
                        "add a record for " + answer.name() + " (an alias to the interface endpoint's DnsEntries) to "
                                + answer.zone().id().logicalId() + ", or do not associate the zone with this VPC");
                return t;
            }
            default -> {
            }
        }
        VpcEndpoint e = network.endpoint(answer.endpoint()).orElseThrow();
        t.uncertain(network, answer.zone().id());
        t.uncertain(network, answer.record().id());
        t.hop(answer.zone().id(), "AWS::Route53::HostedZone", zoneText + ": record " + answer.record().id()
                .logicalId() + " answers " + answer.name() + " with the private IPs of " + e.id().logicalId());
        t.dnsAnswer = zoneText + ", associated with the client's VPC, answers " + answer.name() + " with the private "
                + "IPs of interface endpoint " + e.id().logicalId();
        t.code(Code.PRIVATE_HOSTED_ZONE_ANSWER);
        if (!e.service().isKnown()) {
            t.unknown("the zone answers " + answer.name() + " with " + e.id().logicalId() + ", whose service is unknown ("
                    + e.service().reason() + ")", Code.ASSUMED_UNRESOLVED_VALUE);
            return t;
        }
        if (!e.serves(service)) {
            // The client reaches an endpoint of another service: its TLS name and API do not match, the calls fail.
            t.block(answer.record().id(), "AWS::Route53::RecordSet", Code.PRIVATE_HOSTED_ZONE_WRONG_ENDPOINT,
                    "record " + answer.record().id().logicalId() + " answers " + answer.name() + " with interface "
                            + "endpoint " + e.id().logicalId() + ", which serves " + e.service().get() + ", not "
                            + service, "alias " + answer.name() + " to an interface endpoint for " + service);
            return t;
        }
        if (e.vpc().isKnown() && client.vpc().isKnown() && e.vpc().get().equals(client.vpc().get())) {
            Trace local = interfaces.walk(client, e, p);
            t.hops.addAll(local.hops.subList(1, local.hops.size()));
            t.codes.addAll(local.codes);
            t.blockers.addAll(local.blockers);
            t.unknowns.addAll(local.unknowns);
            t.groupsMatter |= local.groupsMatter;
            t.end = local.end;
            t.endpoint = local.endpoint;
            return t;
        }
        remote(t, client, e, p);
        return t;
    }

    /** To an endpoint in another VPC: across a transit gateway or peering, both ways, with the filters of both ends. */
    private void remote(Trace t, Subnet client, VpcEndpoint e, ClientProfile p) {
        t.uncertain(network, e.id());
        Known<Subnet> eni = interfaces.interfaceSubnet(e, client, t);
        if (!eni.isKnown()) {
            t.unknown(eni.reason(), Code.ASSUMED_UNRESOLVED_VALUE);
            return;
        }
        Subnet target = eni.get();
        String eniLabel = InterfaceEndpointPath.eniLabel(e, target);
        Crossing there = cross(t, client, target, "to " + eniLabel);
        if (there == null) {
            return;
        }
        Crossing back = cross(t, target, client, "back to " + client.id().logicalId());
        if (back == null) {
            return;
        }
        // Security groups cannot be referenced across a transit gateway: only address rules match there.
        interfaces.arrive(t, client, e, target, p, there.peering(), " in "
                + e.vpc().map(ResourceId::logicalId).orElse("another VPC"));
    }

    /** How one direction crossed between the two VPCs. */
    private record Crossing(boolean peering) {
    }

    /** Routes from one subnet to another VPC's subnet; null after recording a blocker or an unknown. */
    private Crossing cross(Trace t, Subnet from, Subnet to, String what) {
        Known<RouteTable> rt = network.routeTableOf(from);
        if (!rt.isKnown()) {
            t.unknown("route table of " + from.id().logicalId() + ": " + rt.reason(), Code.ASSUMED_UNRESOLVED_VALUE);
            return null;
        }
        Destination d = new Destination.Block(to.cidr());
        RouteLookup.Result r = lookup.lookup(network.routes(rt.get().id()), d);
        t.codes(r.notes());
        String table = rt.get().main() ? rt.get().path() : rt.get().id().logicalId();
        if (r.unknown()) {
            t.hop(rt.get().id(), "AWS::EC2::RouteTable", "route " + what + ": unknown");
            t.unknown(r.unknownReason(), Code.ASSUMED_UNRESOLVED_VALUE);
            return null;
        }
        if (r.winner() == null) {
            t.hop(rt.get().id(), "AWS::EC2::RouteTable", "no route " + what);
            t.block(rt.get().id(), "AWS::EC2::RouteTable", Code.NO_ROUTE_TO_DESTINATION, table + " has no route "
                    + what, "add a route for " + to.cidr().map(Cidrs::text).orElse("the other VPC's block") + " to "
                    + "the transit gateway or peering connection in " + table);
            return null;
        }
        Route route = r.winner();
        t.hop(rt.get().id(), "AWS::EC2::RouteTable", "route " + route.describe() + " (" + what + ")");
        if (t.uncertain(network, route.id()) || t.uncertain(network, route.targetResource())) {
            return null;
        }
        ResourceId toVpc = to.vpc().orElse(null);
        if (route.target() instanceof RouteTarget.TransitGateway g) {
            Optional<Subnet> entry = transitGateways.next(t, g.transitGateway(), from, d);
            if (entry.isEmpty()) {
                return null;
            }
            if (toVpc == null || !entry.get().vpc().isKnown() || !entry.get().vpc().get().equals(toVpc)) {
                t.unknown("the transit gateway sends the traffic " + what + " into "
                        + entry.get().vpc().map(ResourceId::logicalId).orElse("an unknown VPC"),
                        Code.ASSUMED_UNRESOLVED_VALUE);
                return null;
            }
            return local(t, entry.get(), to, what) ? new Crossing(false) : null;
        }
        if (route.target() instanceof RouteTarget.Peering pc) {
            PeeringConnection c = pc.peering().isKnown() ? network.peering(pc.peering().get()).orElse(null) : null;
            ResourceId a = c == null ? null : c.vpc().orElse(null);
            ResourceId b = c == null ? null : c.peerVpc().orElse(null);
            if (a == null || b == null || toVpc == null) {
                t.unknown("the route " + what + " goes to a peering connection whose VPCs the templates do not give",
                        Code.ASSUMED_UNRESOLVED_VALUE);
                return null;
            }
            ResourceId fromVpc = from.vpc().orElse(null);
            boolean joins = (a.equals(fromVpc) && b.equals(toVpc)) || (b.equals(fromVpc) && a.equals(toVpc));
            if (!joins) {
                t.block(c.id(), "AWS::EC2::VPCPeeringConnection", Code.PEERING_NOT_TRANSITIVE, "peering connection "
                        + c.id().logicalId() + " does not join " + fromVpc.logicalId() + " and " + toVpc.logicalId(),
                        "route " + to.cidr().map(Cidrs::text).orElse("the block") + " to a peering connection "
                                + "between the two VPCs");
                return null;
            }
            t.hop(c.id(), "AWS::EC2::VPCPeeringConnection", "peering " + what);
            return new Crossing(true);
        }
        t.unknown("the route " + what + " goes to " + route.target().describe() + ", which the analysis does not "
                + "follow to another VPC", Code.ASSUMED_UNRESOLVED_VALUE);
        return null;
    }

    /** From the transit gateway's attachment subnet to the destination subnet, inside the destination VPC. */
    private boolean local(Trace t, Subnet entry, Subnet to, String what) {
        if (entry.id().equals(to.id())) {
            return true;
        }
        Known<RouteTable> rt = network.routeTableOf(entry);
        RouteLookup.Result r = rt.isKnown() ? lookup.lookup(network.routes(rt.get().id()),
                new Destination.Block(to.cidr())) : null;
        if (r != null && !r.unknown() && r.winner() != null && r.winner().target() instanceof RouteTarget.Local) {
            return true;
        }
        t.unknown("from attachment subnet " + entry.id().logicalId() + " the traffic " + what + " does not take the "
                + "local route" + (r != null && r.winner() != null ? " (" + r.winner().describe() + ")" : ""),
                Code.MORE_SPECIFIC_ROUTE);
        return false;
    }
}
