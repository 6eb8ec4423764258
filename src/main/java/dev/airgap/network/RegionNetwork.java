package dev.airgap.network;

import dev.airgap.resolve.ResolvedStack;
import dev.airgap.resolve.ResourceId;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The network of every stack of the run analysed for one region, indexed by resource ID so that the path stage
 * never scans: an endpoint of one stack may attach to the route tables of another, so the model spans all stacks.
 * Immutable once built by {@link NetworkModel#build}.
 */
public final class RegionNetwork {

    final String region;
    final List<ResolvedStack> stacks;
    final Map<ResourceId, Vpc> vpcs;
    final Map<ResourceId, Subnet> subnets;
    final Map<ResourceId, RouteTable> routeTables;
    final Map<ResourceId, List<Route>> routes;
    final Map<ResourceId, Known<ResourceId>> associations;
    final Map<ResourceId, Gateway> gateways;
    final Map<ResourceId, List<GatewayAttachment>> attachmentsByVpc;
    final Map<ResourceId, NatGateway> natGateways;
    final Map<ResourceId, VpcEndpoint> endpoints;
    final Map<ResourceId, List<VpcEndpoint>> endpointsByVpc;
    final Map<ResourceId, Firewall> firewalls;
    final Map<ResourceId, SecurityGroup> securityGroups;
    final Map<ResourceId, List<SecurityGroup>> securityGroupsByVpc;
    final Map<ResourceId, NetworkAcl> networkAcls;
    final Map<ResourceId, Known<ResourceId>> aclAssociations;
    final Map<ResourceId, Workload> workloads;
    final Map<ResourceId, List<Workload>> workloadsBySubnet;
    final Map<ResourceId, NetworkInterface> networkInterfaces;
    final java.util.Set<ResourceId> publicAddresses;
    final Map<ResourceId, PrefixList> prefixLists;
    final List<VpnConnection> vpnConnections;
    final Map<ResourceId, TransitGatewayAttachment> tgwAttachments;
    final Map<ResourceId, TransitGatewayRouteTable> tgwRouteTables;
    final List<TransitGatewayRoute> tgwRoutes;
    final List<TransitGatewayLink> tgwLinks;
    final Map<ResourceId, PeeringConnection> peerings;
    final List<OtherResource> others;
    final Map<ResourceId, String> uncertain;
    final List<Route> unplacedRoutes;
    final java.util.Set<ResourceId> workloadGroups;
    final Map<ResourceId, ResourceId> associationResources;
    final Map<ResourceId, Known<Boolean>> forwarding;
    final List<String> unplacedIngress;
    final List<String> unplacedEgress;

    @SuppressWarnings("checkstyle:ParameterNumber")
    RegionNetwork(RegionBuilder b) {
        this.region = b.region;
        this.stacks = List.copyOf(b.stacks);
        this.vpcs = freeze(b.vpcs);
        this.subnets = freeze(b.subnets);
        this.routeTables = freeze(b.routeTables);
        this.routes = freezeLists(b.routes);
        this.associations = freeze(b.associations);
        this.gateways = freeze(b.gateways);
        this.attachmentsByVpc = freezeLists(b.attachmentsByVpc);
        this.natGateways = freeze(b.natGateways);
        this.endpoints = freeze(b.endpoints);
        this.endpointsByVpc = freezeLists(b.endpointsByVpc);
        this.firewalls = freeze(b.firewalls);
        this.securityGroups = freeze(b.securityGroups);
        this.securityGroupsByVpc = freezeLists(b.securityGroupsByVpc);
        this.networkAcls = freeze(b.networkAcls);
        this.aclAssociations = freeze(b.aclAssociations);
        this.workloads = freeze(b.workloads);
        this.workloadsBySubnet = freezeLists(b.workloadsBySubnet);
        this.networkInterfaces = freeze(b.networkInterfaces);
        this.publicAddresses = Collections.unmodifiableSet(new java.util.HashSet<>(b.publicAddresses));
        this.prefixLists = freeze(b.prefixLists);
        this.vpnConnections = List.copyOf(b.vpnConnections);
        this.tgwAttachments = freeze(b.tgwAttachments);
        this.tgwRouteTables = freeze(b.tgwRouteTables);
        this.tgwRoutes = List.copyOf(b.tgwRoutes);
        this.tgwLinks = List.copyOf(b.tgwLinks);
        this.peerings = freeze(b.peerings);
        this.others = List.copyOf(b.others);
        this.uncertain = freeze(b.uncertain);
        this.unplacedRoutes = List.copyOf(b.unplacedRoutes);
        java.util.Set<ResourceId> used = new java.util.HashSet<>();
        b.workloads.values().forEach(w -> w.securityGroups().forEach(g -> g.value().ifPresent(used::add)));
        this.workloadGroups = Collections.unmodifiableSet(used);
        this.associationResources = freeze(b.associationResources);
        this.forwarding = freeze(b.forwarding);
        this.unplacedIngress = List.copyOf(b.unplacedIngress);
        this.unplacedEgress = List.copyOf(b.unplacedEgress);
    }

    private static <K, V> Map<K, V> freeze(Map<K, V> m) {
        return Collections.unmodifiableMap(new java.util.LinkedHashMap<>(m));
    }

    private static <K, V> Map<K, List<V>> freezeLists(Map<K, List<V>> m) {
        java.util.LinkedHashMap<K, List<V>> out = new java.util.LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    /** The region, or null when it is unknown (environment-agnostic stacks without target regions). */
    public String region() {
        return region;
    }

    public List<ResolvedStack> stacks() {
        return stacks;
    }

    public Collection<Vpc> vpcs() {
        return vpcs.values();
    }

    public Optional<Vpc> vpc(ResourceId id) {
        return Optional.ofNullable(vpcs.get(id));
    }

    public Collection<Subnet> subnets() {
        return subnets.values();
    }

    public Optional<Subnet> subnet(ResourceId id) {
        return Optional.ofNullable(subnets.get(id));
    }

    public Optional<RouteTable> routeTable(ResourceId id) {
        return Optional.ofNullable(routeTables.get(id));
    }

    public Collection<RouteTable> routeTables() {
        return routeTables.values();
    }

    /** Routes of a table: the local routes first, then the template's, gateway endpoints' and propagated ones. */
    public List<Route> routes(ResourceId routeTable) {
        return routes.getOrDefault(routeTable, List.of());
    }

    /**
     * The route table a subnet uses: its explicit association, else its VPC's main route table. Unknown when the
     * association names a table the templates cannot give, or the subnet's VPC is unknown.
     */
    public Known<RouteTable> routeTableOf(Subnet subnet) {
        Known<ResourceId> explicit = associations.get(subnet.id());
        if (explicit != null) {
            if (!explicit.isKnown()) {
                return Known.unknown(explicit.reason());
            }
            RouteTable t = routeTables.get(explicit.get());
            return t != null ? Known.of(t)
                    : Known.unknown("route table " + explicit.get() + " is not a route table of the run");
        }
        if (!subnet.vpc().isKnown()) {
            return Known.unknown("the subnet's VPC is unknown (" + subnet.vpc().reason()
                    + "), so is its main route table");
        }
        Vpc vpc = vpcs.get(subnet.vpc().get());
        if (vpc == null) {
            return Known.unknown("the subnet's VPC " + subnet.vpc().get() + " is not in the analysed templates");
        }
        return Known.of(routeTables.get(vpc.mainRouteTableId()));
    }

    public Optional<Gateway> gateway(ResourceId id) {
        return Optional.ofNullable(gateways.get(id));
    }

    public List<GatewayAttachment> attachments(ResourceId vpc) {
        return attachmentsByVpc.getOrDefault(vpc, List.of());
    }

    public Optional<NatGateway> natGateway(ResourceId id) {
        return Optional.ofNullable(natGateways.get(id));
    }

    public Collection<NatGateway> natGateways() {
        return natGateways.values();
    }

    public Optional<VpcEndpoint> endpoint(ResourceId id) {
        return Optional.ofNullable(endpoints.get(id));
    }

    public Collection<VpcEndpoint> endpoints() {
        return endpoints.values();
    }

    public List<VpcEndpoint> endpoints(ResourceId vpc) {
        return endpointsByVpc.getOrDefault(vpc, List.of());
    }

    public Optional<Firewall> firewall(ResourceId id) {
        return Optional.ofNullable(firewalls.get(id));
    }

    public Optional<SecurityGroup> securityGroup(ResourceId id) {
        return Optional.ofNullable(securityGroups.get(id));
    }

    /** The VPC's groups in template order, its default group last. */
    public List<SecurityGroup> securityGroups(ResourceId vpc) {
        return securityGroupsByVpc.getOrDefault(vpc, List.of());
    }

    /** The network ACL a subnet uses: its association, else the VPC's default ACL (allow all). */
    public Known<NetworkAcl> networkAclOf(Subnet subnet) {
        Known<ResourceId> explicit = aclAssociations.get(subnet.id());
        if (explicit != null) {
            if (!explicit.isKnown()) {
                return Known.unknown(explicit.reason());
            }
            NetworkAcl acl = networkAcls.get(explicit.get());
            return acl != null ? Known.of(acl)
                    : Known.unknown("network ACL " + explicit.get() + " is not a network ACL of the run");
        }
        if (subnet.vpc().isKnown() && networkAcls.containsKey(Vpc.defaultNetworkAclId(subnet.vpc().get()))) {
            return Known.of(networkAcls.get(Vpc.defaultNetworkAclId(subnet.vpc().get())));
        }
        return Known.unknown("the subnet's VPC is not in the analysed templates, so its default network ACL is "
                + "unknown");
    }

    public Collection<Workload> workloads() {
        return workloads.values();
    }

    /**
     * Whether an instance or network interface of the run forwards traffic not addressed to it (its
     * source/destination check is off); unknown when the template leaves it to a value or a boot script.
     */
    public Known<Boolean> forwards(ResourceId instanceOrInterface) {
        Known<Boolean> k = forwarding.get(instanceOrInterface);
        return k != null ? k : Known.unknown(instanceOrInterface.logicalId() + " is not in the analysed templates");
    }

    /**
     * Standalone rules whose {@code GroupId} the templates cannot name (an import, a parameter), ingress or egress:
     * each may open any group of the region.
     */
    public List<String> unplacedRules(boolean ingress) {
        return ingress ? unplacedIngress : unplacedEgress;
    }

    public Optional<NetworkAcl> networkAcl(ResourceId id) {
        return Optional.ofNullable(networkAcls.get(id));
    }

    public Optional<Workload> workload(ResourceId id) {
        return Optional.ofNullable(workloads.get(id));
    }

    public List<Workload> workloadsIn(ResourceId subnet) {
        return workloadsBySubnet.getOrDefault(subnet, List.of());
    }

    public Optional<NetworkInterface> networkInterface(ResourceId id) {
        return Optional.ofNullable(networkInterfaces.get(id));
    }

    /** Whether an Elastic IP is associated with this instance or network interface. */
    public boolean hasElasticIp(ResourceId instanceOrInterface) {
        return publicAddresses.contains(instanceOrInterface);
    }

    public Optional<PrefixList> prefixList(ResourceId id) {
        return Optional.ofNullable(prefixLists.get(id));
    }

    public List<VpnConnection> vpnConnections() {
        return vpnConnections;
    }

    public Collection<TransitGatewayAttachment> transitGatewayAttachments() {
        return tgwAttachments.values();
    }

    public Optional<TransitGatewayAttachment> transitGatewayAttachment(ResourceId id) {
        return Optional.ofNullable(tgwAttachments.get(id));
    }

    public Optional<TransitGatewayRouteTable> transitGatewayRouteTable(ResourceId id) {
        return Optional.ofNullable(tgwRouteTables.get(id));
    }

    public Collection<TransitGatewayRouteTable> transitGatewayRouteTables() {
        return tgwRouteTables.values();
    }

    public List<TransitGatewayRoute> transitGatewayRoutes() {
        return tgwRoutes;
    }

    public List<TransitGatewayLink> transitGatewayLinks() {
        return tgwLinks;
    }

    public Optional<PeeringConnection> peering(ResourceId id) {
        return Optional.ofNullable(peerings.get(id));
    }

    public Collection<PeeringConnection> peerings() {
        return peerings.values();
    }

    public Collection<Gateway> gateways() {
        return gateways.values();
    }

    /**
     * Why a resource may not exist (its {@code Condition} cannot be decided before deployment), or empty when it
     * certainly exists. A path that depends on such a resource is UNKNOWN, never assumed.
     */
    public Optional<String> uncertain(ResourceId id) {
        return Optional.ofNullable(uncertain.get(id));
    }

    /**
     * Routes whose {@code RouteTableId} the templates cannot give (an import of a stack outside the run, a parameter
     * without value): they may belong to any table. Their {@link Route#routeTable()} is the route itself.
     */
    public List<Route> unplacedRoutes() {
        return unplacedRoutes;
    }

    /** Whether some workload of the run uses this security group. */
    public boolean usedByWorkload(ResourceId securityGroup) {
        return workloadGroups.contains(securityGroup);
    }

    /** The {@code SubnetRouteTableAssociation} that places a subnet in its route table, if any. */
    public Optional<ResourceId> associationOf(ResourceId subnet) {
        return Optional.ofNullable(associationResources.get(subnet));
    }

    /** Resources the model does not interpret. */
    public List<OtherResource> others() {
        return others;
    }
}
