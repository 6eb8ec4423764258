package dev.airgap.network;

import dev.airgap.resolve.ResolvedRun;
import dev.airgap.resolve.ResolvedStack;
import dev.airgap.resolve.Resource;
import dev.airgap.resolve.ResourceId;
import dev.airgap.resolve.Value;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns resolved resources into the typed model, region by region. One pass reads every resource into records and
 * pending pieces (standalone rules, extra CIDR blocks, routes), a second pass assembles what depends on several
 * resources (local routes, main route tables, default groups and ACLs, gateway-endpoint routes, workloads).
 */
final class NetworkModelBuilder {

    private static final String DEFAULT_SG_ATTR = "DefaultSecurityGroup";
    private static final String DEFAULT_ACL_ATTR = "DefaultNetworkAcl";

    NetworkModel build(ResolvedRun run) {
        // Group stacks by region; TreeMap with nulls first keeps the order deterministic.
        Map<String, List<ResolvedStack>> byRegion = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        for (ResolvedStack s : run.stacks()) {
            byRegion.computeIfAbsent(s.region(), k -> new ArrayList<>()).add(s);
        }
        List<RegionNetwork> regions = new ArrayList<>();
        for (Map.Entry<String, List<ResolvedStack>> e : byRegion.entrySet()) {
            Region r = new Region(e.getKey(), e.getValue());
            r.read();
            r.assemble();
            regions.add(new RegionNetwork(r));
        }
        return new NetworkModel(regions, run);
    }

    /** Mutable state while one region is built; frozen into a {@link RegionNetwork}. */
    static final class Region {
        final String region;
        final List<ResolvedStack> stacks;
        final Map<ResourceId, Resource> all = new HashMap<>();

        final Map<ResourceId, Vpc> vpcs = new LinkedHashMap<>();
        final Map<ResourceId, Subnet> subnets = new LinkedHashMap<>();
        final Map<ResourceId, RouteTable> routeTables = new LinkedHashMap<>();
        final Map<ResourceId, List<Route>> routes = new LinkedHashMap<>();
        final Map<ResourceId, Known<ResourceId>> associations = new HashMap<>();
        final Map<ResourceId, Gateway> gateways = new LinkedHashMap<>();
        final Map<ResourceId, List<GatewayAttachment>> attachmentsByVpc = new HashMap<>();
        final Map<ResourceId, NatGateway> natGateways = new LinkedHashMap<>();
        final Map<ResourceId, VpcEndpoint> endpoints = new LinkedHashMap<>();
        final Map<ResourceId, List<VpcEndpoint>> endpointsByVpc = new HashMap<>();
        final Map<ResourceId, Firewall> firewalls = new LinkedHashMap<>();
        final Map<ResourceId, SecurityGroup> securityGroups = new LinkedHashMap<>();
        final Map<ResourceId, List<SecurityGroup>> securityGroupsByVpc = new HashMap<>();
        final Map<ResourceId, NetworkAcl> networkAcls = new LinkedHashMap<>();
        final Map<ResourceId, Known<ResourceId>> aclAssociations = new HashMap<>();
        final Map<ResourceId, Workload> workloads = new LinkedHashMap<>();
        final Map<ResourceId, List<Workload>> workloadsBySubnet = new HashMap<>();
        final Map<ResourceId, NetworkInterface> networkInterfaces = new LinkedHashMap<>();
        final Set<ResourceId> publicAddresses = new HashSet<>();
        final Map<ResourceId, PrefixList> prefixLists = new LinkedHashMap<>();
        final List<VpnConnection> vpnConnections = new ArrayList<>();
        final Map<ResourceId, TransitGatewayAttachment> tgwAttachments = new LinkedHashMap<>();
        final Map<ResourceId, TransitGatewayRouteTable> tgwRouteTables = new LinkedHashMap<>();
        final List<TransitGatewayRoute> tgwRoutes = new ArrayList<>();
        final List<TransitGatewayLink> tgwLinks = new ArrayList<>();
        final Map<ResourceId, PeeringConnection> peerings = new LinkedHashMap<>();
        final List<OtherResource> others = new ArrayList<>();
        /** Standalone security-group rules whose group the templates cannot name, by logical ID and reason. */
        final List<String> unplacedIngress = new ArrayList<>();
        final List<String> unplacedEgress = new ArrayList<>();
        /** Routes whose route table the templates cannot name. */
        final List<Route> unplacedRoutes = new ArrayList<>();
        /** Resources whose {@code Condition} cannot be decided: they may not exist at all. */
        final Map<ResourceId, String> uncertain = new HashMap<>();
        /** Whether each instance and network interface forwards traffic not addressed to it. */
        Map<ResourceId, Known<Boolean>> forwarding = new HashMap<>();
        /** The association resource that puts a subnet in a route table, for presence checks. */
        final Map<ResourceId, ResourceId> associationResources = new HashMap<>();

        // pending pieces, assembled in the second pass
        private final Map<ResourceId, List<Known<IPAddress>>> extraCidrs = new HashMap<>();
        private final Set<ResourceId> ipv6Vpcs = new HashSet<>();
        final Map<ResourceId, List<SecurityGroupRule>> extraIngress = new HashMap<>();
        final Map<ResourceId, List<SecurityGroupRule>> extraEgress = new HashMap<>();
        final Map<ResourceId, Resource> groupResources = new LinkedHashMap<>();
        final Set<ResourceId> restrictedDefaultGroups = new HashSet<>();
        final Map<ResourceId, List<NetworkAclEntry>> aclEntries = new HashMap<>();
        final Map<ResourceId, Resource> aclResources = new LinkedHashMap<>();
        private final List<Route> pendingRoutes = new ArrayList<>();
        private final List<Resource> propagations = new ArrayList<>();
        private final Map<ResourceId, List<IPAddress>> vpnStaticRoutes = new HashMap<>();
        private final List<Resource> vpnConnectionResources = new ArrayList<>();
        private final List<Resource> workloadResources = new ArrayList<>();
        private final Map<ResourceId, Resource> launchTemplates = new HashMap<>();
        private final Map<String, Resource> launchTemplatesByName = new HashMap<>();
        private final Map<ResourceId, Resource> launchConfigurations = new HashMap<>();

        Region(String region, List<ResolvedStack> stacks) {
            this.region = region;
            this.stacks = stacks;
            for (ResolvedStack s : stacks) {
                for (Resource r : s.resources().values()) {
                    all.put(r.id(), r);
                }
            }
        }

        private RouteReader routeReader;
        private FilterReader filterReader;

        RouteReader routes() {
            if (routeReader == null) {
                routeReader = new RouteReader(this);
            }
            return routeReader;
        }

        FilterReader filters() {
            if (filterReader == null) {
                filterReader = new FilterReader(this);
            }
            return filterReader;
        }

        String typeOf(ResourceId id) {
            Resource r = all.get(id);
            return r == null ? null : r.type();
        }

        // ---------------------------------------------------------------- pass 1

        void read() {
            for (ResolvedStack s : stacks) {
                for (Resource r : s.resources().values()) {
                    readResource(r);
                }
            }
        }

        private void readResource(Resource r) {
            if (r.presence() == dev.airgap.resolve.Presence.UNKNOWN) {
                uncertain.put(r.id(), "whether " + r.id().logicalId() + " is created is unknown"
                        + (r.presenceReason() == null || r.presenceReason().isEmpty() ? ""
                        : ": " + r.presenceReason()));
            }
            switch (r.type()) {
                case "AWS::EC2::VPC": readVpc(r); break;
                case "AWS::EC2::VPCCidrBlock": readCidrBlock(r); break;
                case "AWS::EC2::Subnet": readSubnet(r); break;
                case "AWS::EC2::RouteTable":
                    routeTables.put(r.id(), new RouteTable(r.id(), r.constructPath(),
                            PropertyValues.ref(r.property("VpcId"), "VpcId"), false));
                    break;
                case "AWS::EC2::SubnetRouteTableAssociation": readAssociation(r); break;
                case "AWS::EC2::Route": readRoute(r); break;
                case "AWS::EC2::InternetGateway": gateway(r, Gateway.Kind.INTERNET); break;
                case "AWS::EC2::EgressOnlyInternetGateway": gateway(r, Gateway.Kind.EGRESS_ONLY_INTERNET); break;
                case "AWS::EC2::VPNGateway": gateway(r, Gateway.Kind.VPN); break;
                case "AWS::EC2::CarrierGateway": gateway(r, Gateway.Kind.CARRIER); break;
                case "AWS::EC2::CustomerGateway": gateway(r, Gateway.Kind.CUSTOMER); break;
                case "AWS::EC2::TransitGateway": gateway(r, Gateway.Kind.TRANSIT); break;
                case "AWS::EC2::VPCGatewayAttachment": readGatewayAttachment(r); break;
                case "AWS::EC2::NatGateway": readNatGateway(r); break;
                case "AWS::EC2::EIP": readEip(r); break;
                case "AWS::EC2::EIPAssociation": readEipAssociation(r); break;
                case "AWS::EC2::VPCEndpoint": readEndpoint(r); break;
                case "AWS::NetworkFirewall::Firewall": readFirewall(r); break;
                case "AWS::EC2::SecurityGroup": groupResources.put(r.id(), r); break;
                case "AWS::EC2::SecurityGroupIngress": filters().readStandaloneRule(r, extraIngress, true); break;
                case "AWS::EC2::SecurityGroupEgress": filters().readStandaloneRule(r, extraEgress, false); break;
                case "Custom::VpcRestrictDefaultSG": readRestrictDefaultSg(r); break;
                case "AWS::EC2::NetworkAcl": aclResources.put(r.id(), r); break;
                case "AWS::EC2::NetworkAclEntry": filters().readAclEntry(r); break;
                case "AWS::EC2::SubnetNetworkAclAssociation":
                    Known<ResourceId> subnet = PropertyValues.ref(r.property("SubnetId"), "SubnetId");
                    if (subnet.isKnown()) {
                        aclAssociations.put(subnet.get(), aclRef(r.property("NetworkAclId")));
                    }
                    break;
                case "AWS::EC2::VPNGatewayRoutePropagation": propagations.add(r); break;
                case "AWS::EC2::VPNConnection": vpnConnectionResources.add(r); break;
                case "AWS::EC2::VPNConnectionRoute": readVpnRoute(r); break;
                case "AWS::EC2::TransitGatewayAttachment":
                case "AWS::EC2::TransitGatewayVpcAttachment":
                    tgwAttachments.put(r.id(), new TransitGatewayAttachment(r.id(),
                            PropertyValues.ref(r.property("TransitGatewayId"), "TransitGatewayId"),
                            PropertyValues.ref(r.property("VpcId"), "VpcId"),
                            PropertyValues.refs(r.property("SubnetIds"), "SubnetIds")));
                    break;
                case "AWS::EC2::TransitGatewayRouteTable":
                    tgwRouteTables.put(r.id(), new TransitGatewayRouteTable(r.id(),
                            PropertyValues.ref(r.property("TransitGatewayId"), "TransitGatewayId")));
                    break;
                case "AWS::EC2::TransitGatewayRoute": readTgwRoute(r); break;
                case "AWS::EC2::TransitGatewayRouteTableAssociation":
                    tgwLinks.add(new TransitGatewayLink(r.id(), TransitGatewayLink.Kind.ASSOCIATION,
                            tgwRouteTableRef(r.property("TransitGatewayRouteTableId")),
                            PropertyValues.ref(r.property("TransitGatewayAttachmentId"), "TransitGatewayAttachmentId")));
                    break;
                case "AWS::EC2::TransitGatewayRouteTablePropagation":
                    tgwLinks.add(new TransitGatewayLink(r.id(), TransitGatewayLink.Kind.PROPAGATION,
                            tgwRouteTableRef(r.property("TransitGatewayRouteTableId")),
                            PropertyValues.ref(r.property("TransitGatewayAttachmentId"), "TransitGatewayAttachmentId")));
                    break;
                case "AWS::EC2::VPCPeeringConnection":
                    peerings.put(r.id(), new PeeringConnection(r.id(), PropertyValues.ref(r.property("VpcId"), "VpcId"),
                            PropertyValues.ref(r.property("PeerVpcId"), "PeerVpcId"),
                            PropertyValues.string(r.property("PeerRegion"), "PeerRegion").orElse(null)));
                    break;
                case "AWS::EC2::PrefixList": readPrefixList(r); break;
                case "AWS::EC2::NetworkInterface":
                    networkInterfaces.put(r.id(), new NetworkInterface(r.id(),
                            PropertyValues.ref(r.property("SubnetId"), "SubnetId"), groupRefs(r.property("GroupSet")),
                            PropertyValues.bool(r.property("SourceDestCheck"), true, "SourceDestCheck").orElse(true)));
                    break;
                case "AWS::EC2::LaunchTemplate":
                    launchTemplates.put(r.id(), r);
                    PropertyValues.string(r.property("LaunchTemplateName"), "name").value()
                            .ifPresent(n -> launchTemplatesByName.put(n, r));
                    break;
                case "AWS::AutoScaling::LaunchConfiguration": launchConfigurations.put(r.id(), r); break;
                case "AWS::EC2::Instance":
                case "AWS::AutoScaling::AutoScalingGroup":
                case "AWS::Lambda::Function":
                case "AWS::ECS::Service":
                case "AWS::ECS::TaskSet":
                    workloadResources.add(r);
                    break;
                default:
                    others.add(new OtherResource(r.id(), r.type()));
                    workloadResources.add(r); // WorkloadKinds and the general rule may place interfaces
            }
        }

        private void readVpc(Resource r) {
            List<Known<IPAddress>> cidrs = new ArrayList<>();
            cidrs.add(cidr(r, r.property("CidrBlock"), "CidrBlock", true));
            vpcs.put(r.id(), new Vpc(r.id(), r.constructPath(), cidrs,
                    PropertyValues.bool(r.property("EnableDnsSupport"), true, "EnableDnsSupport"),
                    PropertyValues.bool(r.property("EnableDnsHostnames"), false, "EnableDnsHostnames"),
                    false, r.tags(), r.position()));
        }

        private void readCidrBlock(Resource r) {
            Known<ResourceId> vpc = PropertyValues.ref(r.property("VpcId"), "VpcId");
            if (!vpc.isKnown()) {
                return;
            }
            if (!PropertyValues.absent(r.property("CidrBlock")) || !PropertyValues.absent(r.property("Ipv4IpamPoolId"))) {
                extraCidrs.computeIfAbsent(vpc.get(), k -> new ArrayList<>())
                        .add(cidr(r, r.property("CidrBlock"), "CidrBlock", true));
            } else {
                ipv6Vpcs.add(vpc.get());
            }
        }

        /** A CIDR of a VPC or subnet: an invalid literal is bad input; an unknown one stays unknown. */
        Known<IPAddress> cidr(Resource r, Value v, String what, boolean strict) {
            if (v instanceof Value.Text t) {
                if (strict) {
                    return Known.of(Cidrs.parse(t.value(), r.position(), r.id().logicalId() + " " + what));
                }
                IPAddress a = Cidrs.parseOrNull(t.value());
                return a != null ? Known.of(a) : Known.unknown(what + " '" + t.value() + "' is not a CIDR block");
            }
            if (v instanceof Value.Attr a && a.attribute().equals("CidrBlock") && vpcs.containsKey(a.target())) {
                Known<IPAddress> primary = vpcs.get(a.target()).cidrs().get(0);
                if (primary.isKnown()) {
                    return primary;
                }
            }
            if (PropertyValues.absent(v)) {
                return Known.unknown(what + " is not given (an IPAM pool or an address assigned at deployment)");
            }
            return Known.unknown(PropertyValues.whyUnknown(v, what));
        }

        private void readSubnet(Resource r) {
            Value azValue = r.property("AvailabilityZone");
            if (PropertyValues.absent(azValue)) {
                azValue = r.property("AvailabilityZoneId");
            }
            Az az;
            if (azValue instanceof Value.Text t) {
                az = Az.named(t.value());
            } else if (azValue instanceof Value.Unknown u) {
                az = Az.expression(u.expression(), null);
            } else if (PropertyValues.absent(azValue)) {
                az = Az.unspecified();
            } else {
                az = Az.expression(PropertyValues.describe(azValue), null);
            }
            boolean ipv6 = !PropertyValues.absent(r.property("Ipv6CidrBlock"))
                    || PropertyValues.bool(r.property("AssignIpv6AddressOnCreation"), false, "").orElse(false)
                    || PropertyValues.bool(r.property("Ipv6Native"), false, "").orElse(false);
            // An IPv4 block comes from CidrBlock or from an IPAM pool; without either the subnet is IPv6-only.
            boolean ipv6Only = PropertyValues.bool(r.property("Ipv6Native"), false, "").orElse(false)
                    || !PropertyValues.absent(r.property("Ipv6CidrBlock")) && PropertyValues.absent(r.property("CidrBlock"))
                    && PropertyValues.absent(r.property("Ipv4IpamPoolId")) && PropertyValues.absent(r.property("Ipv4NetmaskLength"));
            subnets.put(r.id(), new Subnet(r.id(), r.constructPath(), PropertyValues.ref(r.property("VpcId"), "VpcId"), az,
                    cidr(r, r.property("CidrBlock"), "CidrBlock", true),
                    PropertyValues.bool(r.property("MapPublicIpOnLaunch"), false, "MapPublicIpOnLaunch"), ipv6, ipv6Only,
                    r.tags(), r.position()));
        }

        private void readAssociation(Resource r) {
            Known<ResourceId> subnet = PropertyValues.ref(r.property("SubnetId"), "SubnetId");
            if (subnet.isKnown()) {
                associations.put(subnet.get(), PropertyValues.ref(r.property("RouteTableId"), "RouteTableId"));
                associationResources.put(subnet.get(), r.id());
            }
        }

        private void readRoute(Resource r) {
            Known<ResourceId> table = PropertyValues.ref(r.property("RouteTableId"), "RouteTableId");
            if (!table.isKnown()) {
                // Most likely a table of a stack outside the run; the path stage notes that it may be one of ours.
                unplacedRoutes.add(new Route(r.id(), r.id(), routes().destination(r), routes().target(r)));
                return;
            }
            pendingRoutes.add(new Route(r.id(), table.get(), routes().destination(r), routes().target(r)));
        }

        private void gateway(Resource r, Gateway.Kind kind) {
            boolean assoc = !"disable".equalsIgnoreCase(PropertyValues.string(r.property("DefaultRouteTableAssociation"), "")
                    .orElse("enable"));
            boolean prop = !"disable".equalsIgnoreCase(PropertyValues.string(r.property("DefaultRouteTablePropagation"), "")
                    .orElse("enable"));
            gateways.put(r.id(), new Gateway(r.id(), r.constructPath(), kind,
                    PropertyValues.ref(r.property("VpcId"), "VpcId"), assoc, prop));
        }

        private void readGatewayAttachment(Resource r) {
            Known<ResourceId> vpc = PropertyValues.ref(r.property("VpcId"), "VpcId");
            boolean vpn = RouteReader.has(r, "VpnGatewayId");
            GatewayAttachment a = new GatewayAttachment(r.id(), vpc,
                    PropertyValues.ref(r.property(vpn ? "VpnGatewayId" : "InternetGatewayId"), vpn ? "VpnGatewayId"
                            : "InternetGatewayId"), vpn ? Gateway.Kind.VPN : Gateway.Kind.INTERNET);
            if (vpc.isKnown()) {
                attachmentsByVpc.computeIfAbsent(vpc.get(), k -> new ArrayList<>()).add(a);
            }
        }

        private void readNatGateway(Resource r) {
            Known<String> connectivity = PropertyValues.string(r.property("ConnectivityType"), "ConnectivityType");
            Known<Boolean> isPublic = PropertyValues.absent(r.property("ConnectivityType")) ? Known.of(true)
                    : connectivity.map(c -> !"private".equalsIgnoreCase(c));
            Value alloc = r.property("AllocationId");
            Known<ResourceId> allocation = alloc instanceof Value.Attr a ? Known.of(a.target())
                    : PropertyValues.ref(alloc, "AllocationId");
            natGateways.put(r.id(), new NatGateway(r.id(), r.constructPath(),
                    PropertyValues.ref(r.property("SubnetId"), "SubnetId"), isPublic, allocation));
        }

        private void readEip(Resource r) {
            PropertyValues.ref(r.property("InstanceId"), "InstanceId").value().ifPresent(publicAddresses::add);
        }

        private void readEipAssociation(Resource r) {
            PropertyValues.ref(r.property("InstanceId"), "InstanceId").value().ifPresent(publicAddresses::add);
            PropertyValues.ref(r.property("NetworkInterfaceId"), "NetworkInterfaceId").value().ifPresent(publicAddresses::add);
        }

        private void readEndpoint(Resource r) {
            String typeText = PropertyValues.string(r.property("VpcEndpointType"), "").orElse("Gateway");
            VpcEndpoint.Type type;
            switch (typeText) {
                case "Gateway": type = VpcEndpoint.Type.GATEWAY; break;
                case "Interface": type = VpcEndpoint.Type.INTERFACE; break;
                case "GatewayLoadBalancer": type = VpcEndpoint.Type.GATEWAY_LOAD_BALANCER; break;
                default: type = VpcEndpoint.Type.OTHER;
            }
            Value dnsOptions = r.property("DnsOptions");
            boolean onlyInbound = dnsOptions instanceof Value.MapValue m
                    && m.get("PrivateDnsOnlyForInboundResolverEndpoint") instanceof Value.Text t
                    && t.value().equalsIgnoreCase("OnlyInboundResolver");
            Value policy = r.property("PolicyDocument");
            VpcEndpoint e = new VpcEndpoint(r.id(), r.constructPath(), PropertyValues.ref(r.property("VpcId"), "VpcId"), type,
                    ServiceNames.key(r.property("ServiceName")),
                    Objects.requireNonNullElse(ServiceNames.display(r.property("ServiceName")),
                            PropertyValues.describe(r.property("ServiceName"))),
                    PropertyValues.refs(r.property("RouteTableIds"), "RouteTableIds"),
                    PropertyValues.refs(r.property("SubnetIds"), "SubnetIds"), groupRefs(r.property("SecurityGroupIds")),
                    PropertyValues.bool(r.property("PrivateDnsEnabled"), false, "PrivateDnsEnabled"), onlyInbound,
                    PropertyValues.absent(policy) ? null : policy);
            endpoints.put(r.id(), e);
            e.vpc().value().ifPresent(v -> endpointsByVpc.computeIfAbsent(v, k -> new ArrayList<>()).add(e));
        }

        private void readFirewall(Resource r) {
            List<Known<ResourceId>> subnetIds = new ArrayList<>();
            for (Value m : PropertyValues.items(r.property("SubnetMappings"))) {
                if (m instanceof Value.MapValue map) {
                    subnetIds.add(PropertyValues.ref(map.get("SubnetId"), "SubnetMappings.SubnetId"));
                } else {
                    subnetIds.add(Known.unknown(PropertyValues.whyUnknown(m, "the firewall's subnet mappings")));
                }
            }
            firewalls.put(r.id(), new Firewall(r.id(), r.constructPath(), PropertyValues.ref(r.property("VpcId"), "VpcId"),
                    subnetIds));
        }

        /** Security group references, with {@code Fn::GetAtt Vpc.DefaultSecurityGroup} mapped to the default group. */
        List<Known<ResourceId>> groupRefs(Value v) {
            List<Known<ResourceId>> out = new ArrayList<>();
            for (Value item : PropertyValues.items(v)) {
                out.add(groupRef(item));
            }
            return out;
        }

        Known<ResourceId> groupRef(Value v) {
            if (v instanceof Value.Attr a) {
                if (a.attribute().equals(DEFAULT_SG_ATTR)) {
                    return Known.of(Vpc.defaultSecurityGroupId(a.target()));
                }
                if (a.attribute().equals("GroupId")) {
                    return Known.of(a.target());
                }
            }
            return PropertyValues.ref(v, "the security group");
        }

        Known<ResourceId> aclRef(Value v) {
            if (v instanceof Value.Attr a && a.attribute().equals(DEFAULT_ACL_ATTR)) {
                return Known.of(Vpc.defaultNetworkAclId(a.target()));
            }
            return PropertyValues.ref(v, "NetworkAclId");
        }

        private Known<ResourceId> tgwRouteTableRef(Value v) {
            if (v instanceof Value.Attr a && (a.attribute().equals("AssociationDefaultRouteTableId")
                    || a.attribute().equals("PropagationDefaultRouteTableId"))) {
                return Known.of(defaultTgwRouteTable(a.target()));
            }
            return PropertyValues.ref(v, "TransitGatewayRouteTableId");
        }

        static ResourceId defaultTgwRouteTable(ResourceId tgw) {
            return new ResourceId(tgw.stack(), tgw.logicalId() + ".DefaultRouteTable");
        }

        private void readRestrictDefaultSg(Resource r) {
            Value v = r.property("DefaultSecurityGroupId");
            Known<ResourceId> g = groupRef(v);
            if (g.isKnown()) {
                restrictedDefaultGroups.add(g.get());
            }
        }

        private void readVpnRoute(Resource r) {
            Known<ResourceId> conn = PropertyValues.ref(r.property("VpnConnectionId"), "VpnConnectionId");
            IPAddress a = Cidrs.parseOrNull(PropertyValues.string(r.property("DestinationCidrBlock"), "").orElse(null));
            if (conn.isKnown() && a != null) {
                vpnStaticRoutes.computeIfAbsent(conn.get(), k -> new ArrayList<>()).add(a);
            }
        }

        private void readTgwRoute(Resource r) {
            IPAddress a = Cidrs.parseOrNull(PropertyValues.string(r.property("DestinationCidrBlock"), "").orElse(null));
            Known<IPAddress> dest = a != null ? Known.of(a)
                    : Known.unknown(PropertyValues.whyUnknown(r.property("DestinationCidrBlock"), "the destination"));
            boolean blackhole = PropertyValues.bool(r.property("Blackhole"), false, "").orElse(false);
            tgwRoutes.add(new TransitGatewayRoute(r.id(), tgwRouteTableRef(r.property("TransitGatewayRouteTableId")),
                    dest, PropertyValues.ref(r.property("TransitGatewayAttachmentId"), "TransitGatewayAttachmentId"),
                    blackhole, false));
        }

        private void readPrefixList(Resource r) {
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
            prefixLists.put(r.id(), new PrefixList(r.id(),
                    unknown == null ? Known.of(entries) : Known.unknown(unknown)));
        }

        // ---------------------------------------------------------------- pass 2

        void assemble() {
            assembleVpcs();
            filters().assembleSecurityGroups();
            filters().assembleNetworkAcls();
            assembleRoutes();
            assembleVpn();
            forwarding = Forwarding.read(all);
            new WorkloadReader(this).read(workloadResources, launchTemplates, launchTemplatesByName,
                    launchConfigurations);
        }

        private void assembleVpcs() {
            for (Map.Entry<ResourceId, Vpc> e : new ArrayList<>(vpcs.entrySet())) {
                Vpc v = e.getValue();
                List<Known<IPAddress>> cidrs = new ArrayList<>(v.cidrs());
                cidrs.addAll(extraCidrs.getOrDefault(v.id(), List.of()));
                Vpc full = new Vpc(v.id(), v.path(), cidrs, v.dnsSupport(), v.dnsHostnames(),
                        ipv6Vpcs.contains(v.id()), v.tags(), v.position());
                vpcs.put(v.id(), full);
                RouteTable main = new RouteTable(full.mainRouteTableId(), v.path() + " (main route table)",
                        Known.of(v.id()), true);
                routeTables.put(main.id(), main);
            }
        }

        private void assembleRoutes() {
            for (RouteTable t : routeTables.values()) {
                List<Route> list = new ArrayList<>();
                if (t.vpc().isKnown() && vpcs.containsKey(t.vpc().get())) {
                    for (Known<IPAddress> c : vpcs.get(t.vpc().get()).cidrs()) {
                        if (c.isKnown()) {
                            list.add(new Route(t.vpc().get(), t.id(), new RouteDestination.Cidr(c.get()),
                                    new RouteTarget.Local()));
                        }
                    }
                }
                routes.put(t.id(), list);
            }
            for (Route r : pendingRoutes) {
                List<Route> list = routes.get(r.routeTable());
                if (list == null) {
                    // A route into a table that is not in the run: keep it visible, it changes nothing analysed.
                    others.add(new OtherResource(r.id(), "AWS::EC2::Route"));
                } else {
                    list.add(r);
                }
            }
            for (VpcEndpoint e : endpoints.values()) {
                if (e.type() != VpcEndpoint.Type.GATEWAY) {
                    continue;
                }
                // A gateway endpoint whose service is unknown may be S3's or DynamoDB's: its route may match.
                RouteDestination dest = e.service().isKnown()
                        ? new RouteDestination.ServicePrefixList(e.service().get(), e.id())
                        : new RouteDestination.Unresolved("the prefix list of gateway endpoint " + e.id().logicalId()
                        + ", whose service is unknown (" + e.service().reason() + ")");
                for (Known<ResourceId> t : e.routeTables()) {
                    if (t.isKnown() && routes.containsKey(t.get())) {
                        routes.get(t.get()).add(new Route(e.id(), t.get(), dest,
                                new RouteTarget.GatewayEndpoint(e.id())));
                    }
                }
            }
        }

        private void assembleVpn() {
            for (Resource r : vpnConnectionResources) {
                vpnConnections.add(new VpnConnection(r.id(), PropertyValues.ref(r.property("VpnGatewayId"), "VpnGatewayId"),
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
                    if (t.isKnown() && routes.containsKey(t.get())) {
                        routes.get(t.get()).add(new Route(p.id(), t.get(),
                                new RouteDestination.Unresolved("routes learned from on-premises"),
                                new RouteTarget.VpnPropagation(vgw.get())));
                    }
                }
            }
        }

        void addWorkload(Workload w) {
            workloads.put(w.id(), w);
            for (Known<ResourceId> s : w.subnets()) {
                if (s.isKnown()) {
                    List<Workload> list = workloadsBySubnet.computeIfAbsent(s.get(), k -> new ArrayList<>());
                    if (!list.contains(w)) {
                        list.add(w);
                    }
                }
            }
        }
    }
}
