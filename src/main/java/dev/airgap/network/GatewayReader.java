package dev.airgap.network;

import dev.airgap.resolve.Resource;
import dev.airgap.resolve.ResourceId;
import dev.airgap.resolve.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where traffic can leave a subnet other than by a route to another subnet: gateways and their attachments, NAT
 * gateways, Elastic IPs, VPC endpoints and Network Firewalls.
 */
final class GatewayReader {

    private final RegionBuilder region;

    GatewayReader(RegionBuilder region) {
        this.region = region;
    }

    void readGateway(Resource r, Gateway.Kind kind) {
        boolean assoc = !"disable".equalsIgnoreCase(PropertyValues.string(r.property("DefaultRouteTableAssociation"), "")
                .orElse("enable"));
        boolean prop = !"disable".equalsIgnoreCase(PropertyValues.string(r.property("DefaultRouteTablePropagation"), "")
                .orElse("enable"));
        region.gateways.put(r.id(), new Gateway(r.id(), r.constructPath(), kind,
                PropertyValues.ref(r.property("VpcId"), "VpcId"), assoc, prop));
    }

    void readGatewayAttachment(Resource r) {
        Known<ResourceId> vpc = PropertyValues.ref(r.property("VpcId"), "VpcId");
        boolean vpn = RouteReader.has(r, "VpnGatewayId");
        String property = vpn ? "VpnGatewayId" : "InternetGatewayId";
        GatewayAttachment a = new GatewayAttachment(r.id(), vpc, PropertyValues.ref(r.property(property), property),
                vpn ? Gateway.Kind.VPN : Gateway.Kind.INTERNET);
        if (vpc.isKnown()) {
            region.attachmentsByVpc.computeIfAbsent(vpc.get(), k -> new ArrayList<>()).add(a);
        }
    }

    void readNatGateway(Resource r) {
        Known<String> connectivity = PropertyValues.string(r.property("ConnectivityType"), "ConnectivityType");
        Known<Boolean> isPublic = PropertyValues.absent(r.property("ConnectivityType")) ? Known.of(true)
                : connectivity.map(c -> !"private".equalsIgnoreCase(c));
        Value alloc = r.property("AllocationId");
        Known<ResourceId> allocation = alloc instanceof Value.Attr a ? Known.of(a.target())
                : PropertyValues.ref(alloc, "AllocationId");
        region.natGateways.put(r.id(), new NatGateway(r.id(), r.constructPath(),
                PropertyValues.ref(r.property("SubnetId"), "SubnetId"), isPublic, allocation));
    }

    void readEip(Resource r) {
        PropertyValues.ref(r.property("InstanceId"), "InstanceId").value().ifPresent(region.publicAddresses::add);
    }

    void readEipAssociation(Resource r) {
        readEip(r);
        PropertyValues.ref(r.property("NetworkInterfaceId"), "NetworkInterfaceId").value()
                .ifPresent(region.publicAddresses::add);
    }

    void readEndpoint(Resource r) {
        VpcEndpoint.Type type = switch (PropertyValues.string(r.property("VpcEndpointType"), "").orElse("Gateway")) {
            case "Gateway" -> VpcEndpoint.Type.GATEWAY;
            case "Interface" -> VpcEndpoint.Type.INTERFACE;
            case "GatewayLoadBalancer" -> VpcEndpoint.Type.GATEWAY_LOAD_BALANCER;
            default -> VpcEndpoint.Type.OTHER;
        };
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
                PropertyValues.refs(r.property("SubnetIds"), "SubnetIds"),
                region.filterReader.groupRefs(r.property("SecurityGroupIds")),
                PropertyValues.bool(r.property("PrivateDnsEnabled"), false, "PrivateDnsEnabled"), onlyInbound,
                PropertyValues.absent(policy) ? null : policy);
        region.endpoints.put(r.id(), e);
        e.vpc().value().ifPresent(v -> region.endpointsByVpc.computeIfAbsent(v, k -> new ArrayList<>()).add(e));
    }

    void readFirewall(Resource r) {
        List<Known<ResourceId>> subnetIds = new ArrayList<>();
        for (Value m : PropertyValues.items(r.property("SubnetMappings"))) {
            if (m instanceof Value.MapValue map) {
                subnetIds.add(PropertyValues.ref(map.get("SubnetId"), "SubnetMappings.SubnetId"));
            } else {
                subnetIds.add(Known.unknown(PropertyValues.whyUnknown(m, "the firewall's subnet mappings")));
            }
        }
        region.firewalls.put(r.id(), new Firewall(r.id(), r.constructPath(),
                PropertyValues.ref(r.property("VpcId"), "VpcId"), subnetIds));
    }
}
