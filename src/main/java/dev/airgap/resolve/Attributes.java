package dev.airgap.resolve;

import dev.airgap.template.SourcePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values of {@code Fn::GetAtt}. The attributes the network model needs are computed from the resource's own
 * resolved properties (a subnet's {@code AvailabilityZone} is whatever its template says); attributes that are the
 * physical ID give the same {@link Value.Ref} as {@code Ref}; every other attribute is a deploy-time
 * {@link Value.Attr}.
 */
final class Attributes {

    private static final String STACK = "AWS::CloudFormation::Stack";
    private static final String SUBNET = "AWS::EC2::Subnet";
    private static final String FIREWALL = "AWS::NetworkFirewall::Firewall";

    /** Attributes whose value is the physical ID that {@code Ref} returns, by resource type. */
    private static final Map<String, Set<String>> SAME_AS_REF = Map.ofEntries(
            Map.entry("AWS::EC2::VPC", Set.of("VpcId")),
            Map.entry(SUBNET, Set.of("SubnetId")),
            Map.entry("AWS::EC2::SecurityGroup", Set.of("GroupId")),
            Map.entry("AWS::EC2::RouteTable", Set.of("RouteTableId")),
            Map.entry("AWS::EC2::InternetGateway", Set.of("InternetGatewayId")),
            Map.entry("AWS::EC2::EgressOnlyInternetGateway", Set.of("Id")),
            Map.entry("AWS::EC2::NatGateway", Set.of("NatGatewayId")),
            Map.entry("AWS::EC2::VPCEndpoint", Set.of("Id")),
            Map.entry("AWS::EC2::NetworkAcl", Set.of("Id")),
            Map.entry("AWS::EC2::NetworkInterface", Set.of("Id")),
            Map.entry("AWS::EC2::Instance", Set.of("InstanceId")),
            Map.entry("AWS::EC2::PrefixList", Set.of("PrefixListId")),
            Map.entry("AWS::EC2::VPNGateway", Set.of("VPNGatewayId")),
            Map.entry("AWS::EC2::CustomerGateway", Set.of("CustomerGatewayId")),
            Map.entry("AWS::EC2::VPNConnection", Set.of("VpnConnectionId")),
            Map.entry("AWS::EC2::CarrierGateway", Set.of("CarrierGatewayId")),
            Map.entry("AWS::EC2::TransitGateway", Set.of("Id")),
            Map.entry("AWS::EC2::TransitGatewayAttachment", Set.of("Id")),
            Map.entry("AWS::EC2::TransitGatewayVpcAttachment", Set.of("Id")),
            Map.entry("AWS::EC2::TransitGatewayRouteTable", Set.of("TransitGatewayRouteTableId")),
            Map.entry("AWS::EC2::VPCPeeringConnection", Set.of("Id")),
            Map.entry("AWS::EC2::LaunchTemplate", Set.of("LaunchTemplateId")),
            Map.entry("AWS::EC2::EIP", Set.of("PublicIp")),
            Map.entry(FIREWALL, Set.of("FirewallArn")));

    /** A computed attribute: the resource's logical ID, its stack instance and the call's position. */
    @FunctionalInterface
    private interface Rule {
        Value apply(StackScope scope, String logicalId, SourcePosition at);
    }

    private static final Map<String, Rule> RULES = rules();

    private Attributes() {
    }

    private static Map<String, Rule> rules() {
        Map<String, Rule> r = new HashMap<>();
        r.put("AWS::EC2::VPC.CidrBlock", (s, id, at) -> fromProperty(s, id, "CidrBlock", at,
                "VPC " + id + " declares no CidrBlock: its CIDR comes from an IPAM pool at deployment"));
        r.put(SUBNET + ".CidrBlock", (s, id, at) -> fromProperty(s, id, "CidrBlock", at,
                "subnet " + id + " declares no CidrBlock: its CIDR comes from an IPAM pool at deployment"));
        r.put(SUBNET + ".AvailabilityZone", (s, id, at) -> fromProperty(s, id, "AvailabilityZone", at,
                "subnet " + id + " declares no AvailabilityZone: AWS chooses one at deployment"));
        r.put(SUBNET + ".VpcId", (s, id, at) -> fromProperty(s, id, "VpcId", at,
                "subnet " + id + " declares no VpcId"));
        r.put("AWS::EC2::SecurityGroup.VpcId", (s, id, at) -> fromProperty(s, id, "VpcId", at,
                "security group " + id + " declares no VpcId: it belongs to the account's default VPC"));
        r.put(FIREWALL + ".EndpointIds", Attributes::firewallEndpoints);
        r.put("AWS::S3::Bucket.Arn", (s, id, at) -> StringParts.concat(List.of(new Value.Text("arn:"),
                PseudoParameters.value("AWS::Partition", s, at), new Value.Text(":s3:::"),
                new Value.Ref(s.resourceId(id)))));
        return Map.copyOf(r);
    }

    static Value of(StackScope scope, String logicalId, String attribute, SourcePosition at) {
        String type = scope.resourceType(logicalId);
        if (STACK.equals(type) && attribute.startsWith("Outputs.")) {
            return nestedOutput(scope, logicalId, attribute.substring("Outputs.".length()), at);
        }
        if (SAME_AS_REF.getOrDefault(type, Set.of()).contains(attribute)) {
            return new Value.Ref(scope.resourceId(logicalId));
        }
        Rule rule = RULES.get(type + "." + attribute);
        if (rule != null) {
            return rule.apply(scope, logicalId, at);
        }
        return new Value.Attr(scope.resourceId(logicalId), attribute, "");
    }

    private static Value fromProperty(StackScope scope, String logicalId, String property, SourcePosition at,
                                      String whenAbsent) {
        Value v = scope.property(logicalId, property);
        if (v == null || v == Value.NoValue.INSTANCE) {
            return new Value.Unknown("Fn::GetAtt " + logicalId + "." + property, whenAbsent, at);
        }
        return v;
    }

    /**
     * A Network Firewall's {@code EndpointIds} are {@code "az:vpce-id"} strings, one per subnet mapping. Giving each
     * as {@code <subnet AZ> ":" <endpoint attribute>} lets templates that take them apart with
     * {@code Fn::Select}/{@code Fn::Split} reach the endpoint as an {@link Value.Attr} named by its AZ.
     */
    private static Value firewallEndpoints(StackScope scope, String logicalId, SourcePosition at) {
        Value mappings = scope.property(logicalId, "SubnetMappings");
        if (!(mappings instanceof Value.ListValue list)) {
            String why = mappings == null ? "firewall " + logicalId + " declares no SubnetMappings"
                    : "the SubnetMappings of firewall " + logicalId + " are not known: " + StringParts.reason(mappings);
            return new Value.Unknown("Fn::GetAtt " + logicalId + ".EndpointIds", why, at);
        }
        ResourceId firewall = scope.resourceId(logicalId);
        List<Value> endpoints = new ArrayList<>();
        for (Value mapping : list.items()) {
            Value subnet = mapping instanceof Value.MapValue m ? m.get("SubnetId") : null;
            Value az = subnetZone(scope, subnet, at);
            String qualifier = az instanceof Value.Text t ? t.value() : Render.of(az);
            endpoints.add(StringParts.concat(List.of(az, new Value.Text(":"),
                    new Value.Attr(firewall, "EndpointId", qualifier))));
        }
        return new Value.ListValue(endpoints);
    }

    /** The AZ of the subnet a value names, when that subnet is a resource of the run. */
    private static Value subnetZone(StackScope scope, Value subnet, SourcePosition at) {
        if (subnet instanceof Value.Ref ref) {
            StackScope owner = scope.run().find(ref.target().stack(), scope.region());
            if (owner != null && SUBNET.equals(owner.resourceType(ref.target().logicalId()))) {
                return of(owner, ref.target().logicalId(), "AvailabilityZone", at);
            }
        }
        String what = subnet == null ? "(none)" : Render.of(subnet);
        String why = subnet == null ? "a subnet mapping has no SubnetId"
                : subnet instanceof Value.Text t
                        ? "subnet '" + t.value() + "' is not a subnet of the analysed templates"
                : subnet instanceof Value.Ref r ? r.target().logicalId() + " is not a subnet of the analysed templates"
                : "the subnet is not known: " + StringParts.reason(subnet);
        return new Value.Unknown("Fn::GetAtt[" + what + ", AvailabilityZone]", why, at);
    }

    private static Value nestedOutput(StackScope scope, String logicalId, String output, SourcePosition at) {
        String expression = "Fn::GetAtt " + logicalId + ".Outputs." + output;
        StackScope child = scope.run().child(scope, logicalId);
        if (child == null) {
            return new Value.Unknown(expression, "the template of nested stack " + logicalId
                    + " is not part of this run (its TemplateURL is not a local file)", at);
        }
        return child.outputs().valueFor(output, expression, at);
    }
}
