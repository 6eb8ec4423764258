package dev.airgap.network;

import dev.airgap.resolve.Presence;
import dev.airgap.resolve.ResolvedStack;
import dev.airgap.resolve.Resource;
import dev.airgap.resolve.ResourceId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mutable state while one region is built, frozen into a {@link RegionNetwork}. It dispatches each resource to the
 * reader of its kind (VPCs and subnets, routes, gateways and endpoints, filters, transit, workloads); the readers
 * write into the maps below, so that the second pass and {@link RegionNetwork} see one region.
 */
final class RegionBuilder {

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

    // pending pieces of the filters, assembled in the second pass
    final Map<ResourceId, List<SecurityGroupRule>> extraIngress = new HashMap<>();
    final Map<ResourceId, List<SecurityGroupRule>> extraEgress = new HashMap<>();
    final Map<ResourceId, Resource> groupResources = new LinkedHashMap<>();
    final Set<ResourceId> restrictedDefaultGroups = new HashSet<>();
    final Map<ResourceId, List<NetworkAclEntry>> aclEntries = new HashMap<>();
    final Map<ResourceId, Resource> aclResources = new LinkedHashMap<>();

    // workloads are read last: they name subnets, groups and launch templates read before them
    private final List<Resource> workloadResources = new ArrayList<>();
    private final Map<ResourceId, Resource> launchTemplates = new HashMap<>();
    private final Map<String, Resource> launchTemplatesByName = new HashMap<>();
    private final Map<ResourceId, Resource> launchConfigurations = new HashMap<>();

    final VpcReader vpcReader = new VpcReader(this);
    final RouteReader routeReader = new RouteReader(this);
    final GatewayReader gatewayReader = new GatewayReader(this);
    final FilterReader filterReader = new FilterReader(this);
    final TransitReader transitReader = new TransitReader(this);

    RegionBuilder(String region, List<ResolvedStack> stacks) {
        this.region = region;
        this.stacks = stacks;
        for (ResolvedStack s : stacks) {
            for (Resource r : s.resources().values()) {
                all.put(r.id(), r);
            }
        }
    }

    String typeOf(ResourceId id) {
        Resource r = all.get(id);
        return r == null ? null : r.type();
    }

    /** Pass 1: every resource into records and pending pieces. */
    void read() {
        for (ResolvedStack s : stacks) {
            for (Resource r : s.resources().values()) {
                readResource(r);
            }
        }
    }

    private void readResource(Resource r) {
        if (r.presence() == Presence.UNKNOWN) {
            uncertain.put(r.id(), "whether " + r.id().logicalId() + " is created is unknown"
                    + (r.presenceReason() == null || r.presenceReason().isEmpty() ? ""
                    : ": " + r.presenceReason()));
        }
        switch (r.type()) {
            case "AWS::EC2::VPC": vpcReader.readVpc(r); break;
            case "AWS::EC2::VPCCidrBlock": vpcReader.readCidrBlock(r); break;
            case "AWS::EC2::Subnet": vpcReader.readSubnet(r); break;
            case "AWS::EC2::RouteTable": routeReader.readRouteTable(r); break;
            case "AWS::EC2::SubnetRouteTableAssociation": routeReader.readAssociation(r); break;
            case "AWS::EC2::Route": routeReader.readRoute(r); break;
            case "AWS::EC2::PrefixList": routeReader.readPrefixList(r); break;
            case "AWS::EC2::InternetGateway": gatewayReader.readGateway(r, Gateway.Kind.INTERNET); break;
            case "AWS::EC2::EgressOnlyInternetGateway":
                gatewayReader.readGateway(r, Gateway.Kind.EGRESS_ONLY_INTERNET);
                break;
            case "AWS::EC2::VPNGateway": gatewayReader.readGateway(r, Gateway.Kind.VPN); break;
            case "AWS::EC2::CarrierGateway": gatewayReader.readGateway(r, Gateway.Kind.CARRIER); break;
            case "AWS::EC2::CustomerGateway": gatewayReader.readGateway(r, Gateway.Kind.CUSTOMER); break;
            case "AWS::EC2::TransitGateway": gatewayReader.readGateway(r, Gateway.Kind.TRANSIT); break;
            case "AWS::EC2::VPCGatewayAttachment": gatewayReader.readGatewayAttachment(r); break;
            case "AWS::EC2::NatGateway": gatewayReader.readNatGateway(r); break;
            case "AWS::EC2::EIP": gatewayReader.readEip(r); break;
            case "AWS::EC2::EIPAssociation": gatewayReader.readEipAssociation(r); break;
            case "AWS::EC2::VPCEndpoint": gatewayReader.readEndpoint(r); break;
            case "AWS::NetworkFirewall::Firewall": gatewayReader.readFirewall(r); break;
            case "AWS::EC2::SecurityGroup": groupResources.put(r.id(), r); break;
            case "AWS::EC2::SecurityGroupIngress": filterReader.readStandaloneRule(r, extraIngress, true); break;
            case "AWS::EC2::SecurityGroupEgress": filterReader.readStandaloneRule(r, extraEgress, false); break;
            case "Custom::VpcRestrictDefaultSG": filterReader.readRestrictDefaultSg(r); break;
            case "AWS::EC2::NetworkAcl": aclResources.put(r.id(), r); break;
            case "AWS::EC2::NetworkAclEntry": filterReader.readAclEntry(r); break;
            case "AWS::EC2::SubnetNetworkAclAssociation": filterReader.readAclAssociation(r); break;
            case "AWS::EC2::VPNGatewayRoutePropagation": transitReader.readVpnPropagation(r); break;
            case "AWS::EC2::VPNConnection": transitReader.readVpnConnection(r); break;
            case "AWS::EC2::VPNConnectionRoute": transitReader.readVpnRoute(r); break;
            case "AWS::EC2::TransitGatewayAttachment":
            case "AWS::EC2::TransitGatewayVpcAttachment":
                transitReader.readTgwAttachment(r);
                break;
            case "AWS::EC2::TransitGatewayRouteTable": transitReader.readTgwRouteTable(r); break;
            case "AWS::EC2::TransitGatewayRoute": transitReader.readTgwRoute(r); break;
            case "AWS::EC2::TransitGatewayRouteTableAssociation":
                transitReader.readTgwLink(r, TransitGatewayLink.Kind.ASSOCIATION);
                break;
            case "AWS::EC2::TransitGatewayRouteTablePropagation":
                transitReader.readTgwLink(r, TransitGatewayLink.Kind.PROPAGATION);
                break;
            case "AWS::EC2::VPCPeeringConnection": transitReader.readPeering(r); break;
            case "AWS::EC2::NetworkInterface":
                networkInterfaces.put(r.id(), new NetworkInterface(r.id(),
                        PropertyValues.ref(r.property("SubnetId"), "SubnetId"), filterReader.groupRefs(r.property("GroupSet")),
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

    /**
     * Pass 2: what depends on several resources (extra CIDR blocks and main route tables, default groups and ACLs,
     * local, gateway-endpoint and propagated routes, workloads).
     */
    void assemble() {
        vpcReader.assembleVpcs();
        filterReader.assembleSecurityGroups();
        filterReader.assembleNetworkAcls();
        routeReader.assembleRoutes();
        transitReader.assembleVpn();
        forwarding = Forwarding.read(all);
        new WorkloadReader(this).read(workloadResources, launchTemplates, launchTemplatesByName,
                launchConfigurations);
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
