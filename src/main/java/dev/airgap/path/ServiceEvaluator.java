package dev.airgap.path;

import dev.airgap.network.RegionNetwork;
import dev.airgap.network.ServiceNames;
import dev.airgap.network.Subnet;
import dev.airgap.network.VpcEndpoint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides how one subnet reaches one service, for the client a default SDK or CLI is: it resolves the regional
 * name, which an interface endpoint with private DNS takes over inside the VPC; otherwise its traffic follows the
 * routes to the service's public addresses. When that finds no path but an interface endpoint is reachable, the
 * access is that endpoint with {@code requiresEndpointUrl}.
 */
final class ServiceEvaluator {

    private final RegionNetwork network;
    private final RouteWalker walker;
    private final InterfaceEndpointPath interfaces;

    ServiceEvaluator(RegionNetwork network, RouteWalker walker, InterfaceEndpointPath interfaces) {
        this.network = network;
        this.walker = walker;
        this.interfaces = interfaces;
    }

    /** One profile's outcome: the default client's trace and, when it found no path, the endpoint-URL trace. */
    private record Attempt(ClientProfile profile, Trace primary, Trace fallback, boolean privateDns) {
        Access access() {
            if (primary.complete()) {
                switch (primary.end) {
                    case GATEWAY_ENDPOINT: return primary.viaNat ? Access.NAT_GATEWAY : Access.GATEWAY_ENDPOINT;
                    case INTERNET_GATEWAY: return primary.viaNat ? Access.NAT_GATEWAY : Access.INTERNET_GATEWAY;
                    case INTERFACE_ENDPOINT: return Access.INTERFACE_ENDPOINT;
                    default: return Access.UNKNOWN;
                }
            }
            if (primary.isUnknown()) {
                return Access.UNKNOWN;
            }
            if (primary.end == Trace.End.OPEN && primary.unknowns.isEmpty() && primary.blockers.isEmpty()) {
                return Access.UNKNOWN;
            }
            return fallback != null && fallback.complete() ? Access.INTERFACE_ENDPOINT : Access.NONE;
        }

        boolean viaFallback() {
            return !primary.complete() && !primary.isUnknown() && fallback != null && fallback.complete();
        }
    }

    ServiceVerdict evaluate(Subnet subnet, String service, List<ClientProfile> profiles) {
        if (ServiceNames.isUnresolvedKey(service)) {
            return unresolvedService(service);
        }
        if (subnet.ipv6Only()) {
            return ipv6Only(subnet, service);
        }
        List<VpcEndpoint> candidates = new ArrayList<>();
        VpcEndpoint dnsEndpoint = null;
        String dnsUnknown = null;
        boolean inboundOnly = false;
        if (subnet.vpc().isKnown()) {
            for (VpcEndpoint e : network.endpoints(subnet.vpc().get())) {
                if (e.type() == VpcEndpoint.Type.INTERFACE && !e.service().isKnown()
                        && !Boolean.FALSE.equals(e.privateDns().orElse(null))) {
                    dnsUnknown = "interface endpoint " + e.id().logicalId() + " has an unknown service ("
                            + e.service().reason() + ") and may take over " + DnsNames.regional(service,
                            network.region()) + " with private DNS";
                }
                if (e.type() != VpcEndpoint.Type.INTERFACE || !e.serves(service)) {
                    continue;
                }
                candidates.add(e);
                boolean resolverOnly = "s3".equals(service) && e.onlyInboundResolver();
                inboundOnly |= resolverOnly;
                if (!e.privateDns().isKnown()) {
                    dnsUnknown = "PrivateDnsEnabled of " + e.id().logicalId() + ": " + e.privateDns().reason();
                } else if (e.privateDns().get() && !resolverOnly && !"dynamodb".equals(service)
                        && dnsEndpoint == null) {
                    dnsEndpoint = e;
                }
            }
        }
        List<Attempt> attempts = new ArrayList<>();
        // Clients that failed for reasons no security group changes settle every client with the same public IP.
        Set<dev.airgap.network.Known<Boolean>> settled = new java.util.HashSet<>();
        for (ClientProfile p : profiles) {
            if (settled.contains(p.publicIp())) {
                continue;
            }
            Trace primary = dnsEndpoint != null ? interfaces.walk(subnet, dnsEndpoint, p, true)
                    : ServiceNames.isPrivateLink(service) ? noPublicAddress(subnet, service)
                    : walker.walk(subnet, p, new Destination.Service(service), true);
            Trace fallback = null;
            if (dnsEndpoint == null && !primary.complete() && !primary.isUnknown()) {
                for (VpcEndpoint e : candidates) {
                    Trace f = interfaces.walk(subnet, e, p);
                    if (fallback == null || f.complete()) {
                        fallback = f;
                    }
                    if (f.complete()) {
                        break;
                    }
                }
            }
            Attempt a = new Attempt(p, primary, fallback, dnsEndpoint != null);
            attempts.add(a);
            boolean failed = a.access() == Access.NONE || a.access() == Access.UNKNOWN;
            if (failed && !primary.groupsMatter && p.groupsUnknown() == null
                    && (fallback == null || !fallback.groupsMatter)) {
                settled.add(p.publicIp());
            }
            if (a.access() != Access.NONE && a.access() != Access.UNKNOWN && profiles.size() > 8) {
                break; // one group that gets through is enough; do not evaluate hundreds
            }
        }
        return verdict(subnet, service, attempts, dnsUnknown, inboundOnly);
    }

    private ServiceVerdict verdict(Subnet subnet, String service, List<Attempt> attempts, String dnsUnknown,
                                   boolean inboundOnly) {
        Attempt chosen = null;
        for (Attempt a : attempts) {
            Access acc = a.access();
            if (acc != Access.NONE && acc != Access.UNKNOWN) {
                chosen = a;
                break;
            }
        }
        String region = network.region();
        if (chosen != null && dnsUnknown != null && !chosen.privateDns()) {
            // Whether the regional name resolves to the endpoint decides the path: do not guess.
            return unknown(service, chosen.primary(), dnsUnknown, List.of());
        }
        if (chosen != null) {
            Access access = chosen.access();
            Trace t = chosen.viaFallback() ? chosen.fallback() : chosen.primary();
            List<String> groups = new ArrayList<>();
            for (Attempt a : attempts) {
                if (a.access() == access) {
                    for (String g : a.profile().groupNames()) {
                        if (!groups.contains(g)) {
                            groups.add(g);
                        }
                    }
                }
            }
            List<Code> codes = codes(t);
            if (inboundOnly) {
                codes.add(Code.PRIVATE_DNS_ONLY_FOR_INBOUND_RESOLVER);
            }
            boolean url = chosen.viaFallback();
            if (url) {
                codes.add(Code.INTERFACE_ENDPOINT_REQUIRES_ENDPOINT_URL);
            }
            List<Hop> hops = new ArrayList<>(t.hops);
            boolean isPrivate = access == Access.GATEWAY_ENDPOINT || access == Access.INTERFACE_ENDPOINT;
            IpType ip = access == Access.INTERFACE_ENDPOINT ? IpType.PRIVATE : IpType.PUBLIC;
            String dns = access == Access.INTERFACE_ENDPOINT && url
                    ? DnsNames.endpointSpecific(service, region, t.endpoint.logicalId())
                    : DnsNames.regional(service, region);
            dev.airgap.resolve.ResourceId endpoint = access == Access.INTERNET_GATEWAY ? null : t.endpoint;
            return new ServiceVerdict(service, access, isPrivate, ip, dns, url,
                    endpoint == null ? null : endpoint.logicalId(), hops, codes,
                    reason(subnet, service, access, chosen, t), List.of(), groups, endpoint,
                    chosen.profile().workload(), null);
        }
        boolean anyUnknown = attempts.stream().anyMatch(a -> a.access() == Access.UNKNOWN);
        Attempt first = attempts.get(0);
        if (!anyUnknown && dnsUnknown != null) {
            return unknown(service, first.primary(), dnsUnknown, List.of());
        }
        if (anyUnknown) {
            Attempt u = attempts.stream().filter(a -> a.access() == Access.UNKNOWN).findFirst().orElse(first);
            Trace t = u.primary();
            String why = t.unknowns.isEmpty() ? "the path could not be completed" : String.join("; ", t.unknowns);
            return unknown(service, t, why, t.blockers);
        }
        // Every blocker of the client closest to getting through: the most actionable list of fixes.
        Attempt best = first;
        for (Attempt a : attempts) {
            if (blockerCount(a) < blockerCount(best)) {
                best = a;
            }
        }
        List<Blocker> blockers = new ArrayList<>();
        Set<Code> codes = new LinkedHashSet<>();
        addAll(blockers, best.primary().blockers);
        codes.addAll(best.primary().codes);
        if (best.fallback() != null) {
            addAll(blockers, best.fallback().blockers);
            codes.addAll(best.fallback().codes);
        }
        StringBuilder why = new StringBuilder(subnet.id().logicalId()).append(" cannot reach ").append(service);
        if (!blockers.isEmpty()) {
            why.append(": ").append(blockers.get(0).message());
            if (blockers.size() > 1) {
                why.append(" (and ").append(blockers.size() - 1).append(" more blocker")
                        .append(blockers.size() > 2 ? "s" : "").append(')');
            }
        }
        return new ServiceVerdict(service, Access.NONE, false, null, DnsNames.regional(service, region), false, null,
                best.primary().hops, new ArrayList<>(codes), why.toString(), blockers, List.of(), null,
                best.profile().workload(), null);
    }

    /**
     * The walk follows IPv4 routes to the service's IPv4 addresses, which an IPv6-only subnet's clients cannot use.
     * What they reach instead depends on what the client resolves and on paths not modelled here: dual-stack
     * service names over an IPv6 internet or egress-only route (public), DNS64 with NAT64, or an interface endpoint
     * with IPv6 addresses. Any verdict from the IPv4 walk could be contradicted by the deployed stack, so none is given.
     */
    /**
     * A PrivateLink endpoint service has no public address: routes to the internet do not reach it, only an
     * interface endpoint does (through its private DNS name, or its own name as endpoint URL).
     */
    private Trace noPublicAddress(Subnet subnet, String service) {
        Trace t = new Trace(network);
        t.hop(subnet.id(), "AWS::EC2::Subnet", "source");
        t.block(subnet.id(), "AWS::EC2::Subnet", Code.NO_ROUTE_TO_DESTINATION, service + " is a PrivateLink "
                + "endpoint service: it has no public address, only an interface endpoint reaches it",
                "create an interface endpoint for the service name com.amazonaws.vpce.REGION." + service
                        + " in the VPC of " + subnet.id().logicalId());
        return t;
    }

    /** An endpoint whose service name has no key: which service it serves, and so how anyone reaches it, is unknown. */
    private ServiceVerdict unresolvedService(String service) {
        VpcEndpoint e = network.endpoints().stream().filter(x -> ServiceNames.unresolvedKey(x).equals(service))
                .findFirst().orElse(null);
        String why = e == null ? "the service of endpoint " + service.substring(service.indexOf(':') + 1)
                + " (in another region) is unknown"
                : "the service of endpoint " + e.id().logicalId() + " is unknown: " + e.service().reason();
        return new ServiceVerdict(service, Access.UNKNOWN, false, null, DnsNames.regional(service, network.region()),
                false, null, List.of(), List.of(Code.ASSUMED_UNRESOLVED_VALUE), why, List.of(), List.of(),
                null, null, null);
    }

    private ServiceVerdict ipv6Only(Subnet subnet, String service) {
        String why = subnet.id().logicalId() + " is IPv6-only: how it reaches " + service + " depends on paths the "
                + "analysis does not follow (dual-stack service names over IPv6 routes, DNS64 with NAT64, interface "
                + "endpoints with IPv6 addresses)";
        return new ServiceVerdict(service, Access.UNKNOWN, false, null, DnsNames.regional(service, network.region()),
                false, null, List.of(), List.of(Code.ASSUMED_UNRESOLVED_VALUE), why, List.of(), List.of(), null, null,
                null);
    }

    private ServiceVerdict unknown(String service, Trace t, String why, List<Blocker> blockers) {
        return new ServiceVerdict(service, Access.UNKNOWN, false, null, DnsNames.regional(service, network.region()),
                false, null, t.hops, codes(t, Code.ASSUMED_UNRESOLVED_VALUE), why, blockers, List.of(), null, null,
                null);
    }

    private static int blockerCount(Attempt a) {
        return a.primary().blockers.size() + (a.fallback() == null ? 0 : a.fallback().blockers.size());
    }

    private static void addAll(List<Blocker> into, List<Blocker> more) {
        for (Blocker b : more) {
            if (!into.contains(b)) {
                into.add(b);
            }
        }
    }

    private static List<Code> codes(Trace t, Code... extra) {
        Set<Code> out = new LinkedHashSet<>(t.codes);
        out.addAll(List.of(extra));
        return new ArrayList<>(out);
    }

    private String reason(Subnet subnet, String service, Access access, Attempt a, Trace t) {
        String region = network.region();
        switch (access) {
            case GATEWAY_ENDPOINT:
                return "the route table sends " + service + " traffic to gateway endpoint " + t.endpoint.logicalId()
                        + " (prefix-list route); the client uses " + DnsNames.regional(service, region)
                        + " and the service's public IPs over the AWS network";
            case INTERFACE_ENDPOINT:
                if (a.viaFallback()) {
                    return "the default client finds no path (" + firstProblem(a.primary()) + "); interface endpoint "
                            + t.endpoint.logicalId() + " is reachable with its endpoint-specific DNS name "
                            + "(--endpoint-url and "
                            + "--region" + (region == null ? "" : " " + region) + ")"
                            + ("dynamodb".equals(service) ? ""
                            : "; set PrivateDnsEnabled: true on " + t.endpoint.logicalId()
                            + " for clients with default settings");
                }
                return "private DNS of interface endpoint " + t.endpoint.logicalId() + " resolves "
                        + DnsNames.regional(service, region) + " to its private IPs inside the VPC";
            case NAT_GATEWAY:
                return "the traffic leaves through a NAT gateway" + (t.end == Trace.End.GATEWAY_ENDPOINT
                        ? " and then gateway endpoint " + t.endpoint.logicalId() : " and the internet gateway")
                        + "; instances here have no public IP of their own";
            case INTERNET_GATEWAY:
                return "the route table sends the traffic to an internet gateway and the source has a public IPv4: "
                        + "traffic to " + service + "'s public IPs stays on the AWS network, but "
                        + subnet.id().logicalId()
                        + " is reachable from the internet (not private)";
            default:
                return "";
        }
    }

    private static String firstProblem(Trace t) {
        if (!t.blockers.isEmpty()) {
            return t.blockers.get(0).message();
        }
        return t.unknowns.isEmpty() ? "no path" : t.unknowns.get(0);
    }
}
