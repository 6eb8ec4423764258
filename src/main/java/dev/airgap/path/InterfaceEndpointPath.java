package dev.airgap.path;

import dev.airgap.network.Known;
import dev.airgap.network.RegionNetwork;
import dev.airgap.network.RouteTable;
import dev.airgap.network.RouteTarget;
import dev.airgap.network.SecurityGroup;
import dev.airgap.network.Subnet;
import dev.airgap.network.Vpc;
import dev.airgap.network.VpcEndpoint;
import dev.airgap.resolve.ResourceId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The path from a client subnet to an interface endpoint of its VPC: the endpoint's network interface in the
 * client's AZ (else another AZ's), the local route, the client's groups out, the ACLs of both subnets when the
 * traffic crosses a subnet boundary (stateless: requests on 443 and replies on ephemeral ports), and the endpoint's
 * groups in (by CIDR or by the client's security group).
 */
final class InterfaceEndpointPath {

    private final RegionNetwork network;
    private final RouteLookup lookup;
    private final FilterChecks filters;

    InterfaceEndpointPath(RegionNetwork network, RouteLookup lookup, FilterChecks filters) {
        this.network = network;
        this.lookup = lookup;
        this.filters = filters;
    }

    /** The endpoint's subnet nearest the client: the same subnet, else the same AZ, else the first one. */
    Known<Subnet> interfaceSubnet(VpcEndpoint e, Subnet client, Trace t) {
        Subnet sameAz = null;
        Subnet any = null;
        String unknown = null;
        for (Known<ResourceId> s : e.subnets()) {
            if (!s.isKnown()) {
                unknown = s.reason();
                continue;
            }
            Subnet sub = network.subnet(s.get()).orElse(null);
            if (sub == null) {
                unknown = "subnet " + s.get() + " is not in the analysed templates";
                continue;
            }
            if (sub.id().equals(client.id())) {
                return Known.of(sub);
            }
            if (sameAz == null && Boolean.TRUE.equals(sub.az().sameAs(client.az()))) {
                sameAz = sub;
            }
            any = any == null ? sub : any;
        }
        if (sameAz != null) {
            return Known.of(sameAz);
        }
        if (any != null) {
            if (t != null) {
                // Still reachable (the regional and endpoint names resolve to every AZ's interface), across AZs.
                t.code(Code.VPCE_SERVICE_NOT_INSTALLED_IN_AZ);
            }
            return Known.of(any);
        }
        return Known.unknown(unknown != null ? "the subnets of " + e.id().logicalId() + " are unknown: " + unknown
                : e.id().logicalId() + " has no subnets");
    }

    Trace walk(Subnet client, VpcEndpoint e, ClientProfile p) {
        return walk(client, e, p, false);
    }

    /**
     * @param privateDns the client finds the endpoint through private DNS, which needs the VPC's
     *                   {@code EnableDnsSupport} and {@code EnableDnsHostnames} (CloudFormation's default for the
     *                   latter is false, and the endpoint cannot be created with private DNS without it)
     */
    Trace walk(Subnet client, VpcEndpoint e, ClientProfile p, boolean privateDns) {
        Trace t = new Trace(network);
        t.hop(client.id(), "AWS::EC2::Subnet", "source: " + p.label());
        t.codes(p.assumptions());
        t.uncertain(network, e.id());
        if (privateDns) {
            dnsAttributes(t, e);
        }
        Known<Subnet> eni = interfaceSubnet(e, client, t);
        if (!eni.isKnown()) {
            t.unknown(eni.reason(), Code.ASSUMED_UNRESOLVED_VALUE);
            return t;
        }
        Subnet target = eni.get();
        route(t, client, target);
        EndpointGroups groups = endpointGroups(e);
        String eniLabel = e.id().logicalId() + "'s network interface in " + target.id().logicalId()
                + target.cidr().map(c -> " (" + dev.airgap.network.Cidrs.text(c) + ")").orElse("");
        filters.clientEgress(t, p, Party.block(target.cidr(), groups.ids(), eniLabel));
        Party clientParty = Party.block(client.cidr(), p.groupIds(), client.id().logicalId()
                + client.cidr().map(c -> " (" + dev.airgap.network.Cidrs.text(c) + ")").orElse(""));
        if (!target.id().equals(client.id())) {
            filters.leaving(t, network, client, Party.block(target.cidr(), Set.of(), eniLabel));
            filters.entering(t, network, target, clientParty);
        }
        if (groups.groups().isEmpty() && groups.unknown() == null) {
            t.unknown(e.id().logicalId() + " has no security group the templates give", Code.ASSUMED_UNRESOLVED_VALUE);
        } else {
            filters.targetIngress(t, groups.groups(), groups.unknown(), clientParty, p);
        }
        t.hop(e.id(), "AWS::EC2::VPCEndpoint", "interface endpoint " + e.serviceName() + ", network interface in "
                + target.id().logicalId());
        t.end = Trace.End.INTERFACE_ENDPOINT;
        t.endpoint = e.id();
        return t;
    }

    private void dnsAttributes(Trace t, VpcEndpoint e) {
        Vpc vpc = e.vpc().isKnown() ? network.vpc(e.vpc().get()).orElse(null) : null;
        if (vpc == null) {
            return;
        }
        for (dev.airgap.network.Known<Boolean> attr : List.of(vpc.dnsSupport(), vpc.dnsHostnames())) {
            if (!attr.isKnown()) {
                t.unknown("the DNS attributes of " + vpc.id().logicalId() + ": " + attr.reason(),
                        Code.ASSUMED_UNRESOLVED_VALUE);
                return;
            }
        }
        if (!vpc.dnsSupport().get() || !vpc.dnsHostnames().get()) {
            t.block(vpc.id(), "AWS::EC2::VPC", Code.PRIVATE_DNS_NEEDS_VPC_DNS_ATTRIBUTES,
                    "private DNS of " + e.id().logicalId() + " needs EnableDnsSupport and EnableDnsHostnames on "
                            + vpc.id().logicalId() + " (EnableDnsHostnames defaults to false): the endpoint cannot "
                            + "be created with private DNS",
                    "set EnableDnsSupport: true and EnableDnsHostnames: true on " + vpc.id().logicalId());
        }
    }

    private void route(Trace t, Subnet client, Subnet target) {
        Known<RouteTable> rt = network.routeTableOf(client);
        if (!rt.isKnown()) {
            // The endpoint's interfaces are in the VPC: the local route reaches them whatever the table.
            t.code(Code.ASSUMED_UNRESOLVED_VALUE);
            return;
        }
        RouteLookup.Result r = lookup.lookup(network.routes(rt.get().id()), new Destination.Block(target.cidr()));
        if (!target.cidr().isKnown() || (r.winner() != null && r.winner().target() instanceof RouteTarget.Local)) {
            t.hop(rt.get().id(), "AWS::EC2::RouteTable", "local route");
            return;
        }
        if (r.unknown() || r.winner() == null) {
            t.hop(rt.get().id(), "AWS::EC2::RouteTable", "local route (assumed)");
            t.code(Code.ASSUMED_UNRESOLVED_VALUE);
            return;
        }
        t.hop(rt.get().id(), "AWS::EC2::RouteTable", "route " + r.winner().describe());
        t.code(Code.MORE_SPECIFIC_ROUTE);
        if (Middleboxes.isMiddlebox(network, r.winner().target())) {
            // Middlebox routing inside the VPC: through the appliance, then the local route of its subnet.
            Known<Subnet> box = new Middleboxes(network).enter(t, r.winner().target(), client);
            if (box.isKnown()) {
                Known<RouteTable> boxTable = network.routeTableOf(box.get());
                RouteLookup.Result next = boxTable.isKnown() ? lookup.lookup(network.routes(boxTable.get().id()),
                        new Destination.Block(target.cidr())) : null;
                if (next != null && !next.unknown() && next.winner() != null
                        && next.winner().target() instanceof RouteTarget.Local) {
                    t.hop(boxTable.get().id(), "AWS::EC2::RouteTable", "local route");
                    return;
                }
            }
        }
        t.unknown("route " + r.winner().describe() + " in " + rt.get().id().logicalId() + " is more specific than "
                + "the local route for the endpoint's subnet; the traffic goes through "
                + r.winner().target().describe(), Code.MORE_SPECIFIC_ROUTE);
    }

    record EndpointGroups(List<SecurityGroup> groups, String unknown) {
        Set<ResourceId> ids() {
            Set<ResourceId> out = new LinkedHashSet<>();
            groups.forEach(g -> out.add(g.id()));
            return out;
        }
    }

    /** The endpoint's groups; none listed means the VPC's default group. */
    EndpointGroups endpointGroups(VpcEndpoint e) {
        List<SecurityGroup> out = new ArrayList<>();
        String unknown = null;
        if (e.securityGroups().isEmpty()) {
            if (e.vpc().isKnown()) {
                network.securityGroup(Vpc.defaultSecurityGroupId(e.vpc().get())).ifPresent(out::add);
            }
            if (out.isEmpty()) {
                unknown = e.id().logicalId() + " uses its VPC's default security group, which is not in the templates";
            }
        }
        for (Known<ResourceId> g : e.securityGroups()) {
            if (g.isKnown() && network.securityGroup(g.get()).isPresent()) {
                out.add(network.securityGroup(g.get()).get());
            } else {
                unknown = "a security group of " + e.id().logicalId() + " is unknown: "
                        + (g.isKnown() ? g.get() + " is not in the analysed templates" : g.reason());
            }
        }
        return new EndpointGroups(out, unknown);
    }
}
