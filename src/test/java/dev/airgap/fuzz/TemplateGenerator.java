package dev.airgap.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Random but well-formed templates built from the model's vocabulary: a VPC with subnets, route tables, routes to an
 * internet gateway, NAT gateway or nothing, S3 endpoints, security groups, exports and imports, whose property
 * values are random intrinsic-function expressions ({@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub},
 * {@code Fn::Select}, {@code Fn::If}, {@code Fn::Cidr}, …) over the template's own names, conditions and mappings
 * — some of them wrong (missing targets, wrong argument counts), as a user's template may be.
 */
final class TemplateGenerator {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> CIDRS = List.of("10.0.0.0/16", "10.0.1.0/24", "10.0.0.0/8", "0.0.0.0/0",
            "192.168.0.0/32", "::/0", "2001:db8::/56", "10.0.0.0/33", "300.1.1.1/8", "10.0.0.1", "", "pl-1234",
            "10.0.0.0/-1", "a/b");
    private static final List<String> VALID_CIDRS = List.of("10.0.0.0/16", "10.0.1.0/24", "10.0.0.0/8",
            "0.0.0.0/0", "192.168.0.0/32", "::/0", "2001:db8::/56", "172.16.0.0/12");
    private static final List<String> ATTRIBUTES = List.of("CidrBlock", "VpcId", "Arn", "Ipv6CidrBlocks",
            "CidrBlockAssociations", "DefaultSecurityGroup", "AllocationId", "Id", "GroupId", "DnsEntries", "Nope");
    private static final List<String> PSEUDO = List.of("AWS::Region", "AWS::AccountId", "AWS::Partition",
            "AWS::StackName", "AWS::URLSuffix", "AWS::NoValue", "AWS::NotificationARNs");
    private static final List<String> TEXTS = List.of("prod", "dev", "com.amazonaws.us-east-1.s3", "Gateway",
            "Interface", "true", "false", "tcp", "-1", "443", "us-east-1a", "${AWS::Region}", "${", "}", "*");
    private static final List<String> CONDITIONS = List.of("IsProd", "HasNat");

    private final FuzzBytes in;
    private final List<String> ids = new ArrayList<>();
    private int budget = 400;

    TemplateGenerator(FuzzBytes in) {
        this.in = in;
    }

    /** One to three stacks; later ones may import what earlier ones export. */
    static List<ObjectNode> stacks(FuzzBytes in) {
        List<ObjectNode> stacks = new ArrayList<>();
        int n = 1 + in.pick(3);
        for (int i = 0; i < n; i++) {
            stacks.add(new TemplateGenerator(in).template(i));
        }
        return stacks;
    }

    ObjectNode template(int index) {
        ObjectNode t = F.objectNode();
        ObjectNode params = t.putObject("Parameters");
        params.putObject("Env").put("Type", "String").put("Default", in.pick(TEXTS))
                .set("AllowedValues", F.arrayNode().add("prod").add("dev"));
        params.putObject("VpcCidr").put("Type", in.pick(List.of("String", "CommaDelimitedList",
                "AWS::SSM::Parameter::Value<String>", "Number"))).put("Default", in.pick(in.pick(8) == 0 ? CIDRS : VALID_CIDRS));
        ObjectNode conditions = t.putObject("Conditions");
        conditions.set("IsProd", call("Fn::Equals", F.arrayNode().add(ref("Env")).add("prod")));
        conditions.set("HasNat", condition(2));
        if (in.pick(16) == 0) {
            conditions.set("Broken", condition(1)); // unused, may be malformed
        }
        ObjectNode maps = t.putObject("Mappings");
        maps.putObject("Net").putObject("prod").put("Cidr", in.pick(VALID_CIDRS)).set("Azs",
                F.arrayNode().add("us-east-1a").add("us-east-1b"));
        ObjectNode resources = t.putObject("Resources");
        // A skeleton that makes a network (VPC, gateway, subnets with route tables), then random extra resources;
        // references mostly point where they should, so most templates get through to the path analysis.
        List<String> kinds = new ArrayList<>(List.of("Vpc", "Igw", "Attachment"));
        int subnets = 1 + in.pick(3);
        for (int i = 0; i < subnets; i++) {
            kinds.addAll(List.of("Subnet", "RouteTable", "Association", "Route"));
        }
        List<String> extras = List.of("Route", "Nat", "Eip", "Endpoint", "SecurityGroup", "Bucket", "Instance",
                "Subnet", "RouteTable", "Association");
        for (int i = in.pick(6); i > 0; i--) {
            kinds.add(in.pick(extras));
        }
        for (int i = 0; i < kinds.size(); i++) {
            ids.add(kinds.get(i) + i);
        }
        for (int i = 0; i < kinds.size(); i++) {
            ObjectNode r = resource(kinds.get(i), i);
            if (in.pick(12) == 0) {
                r.put("Condition", in.pick(CONDITIONS));
            }
            resources.set(ids.get(i), r);
        }
        ObjectNode outputs = t.putObject("Outputs");
        for (int i = 0; i < 1 + in.pick(3); i++) {
            ObjectNode o = outputs.putObject("Out" + i);
            o.set("Value", expr(3));
            o.putObject("Export").put("Name", "Export" + in.pick(4));
        }
        return t;
    }

    /** A reference to the nearest resource of this kind before {@code index} (mostly), or any expression. */
    private JsonNode to(String kind, int index) {
        if (in.pick(5) != 0) {
            for (int i = Math.min(index, ids.size()) - 1; i >= 0; i--) {
                if (ids.get(i).startsWith(kind) && !ids.get(i).startsWith(kind + "Table")) {
                    return ref(ids.get(i));
                }
            }
            for (int i = index + 1; i < ids.size(); i++) {
                if (ids.get(i).startsWith(kind)) {
                    return ref(ids.get(i));
                }
            }
        }
        return expr(2);
    }

    private JsonNode cidr(int depth) {
        return in.pick(3) == 0 ? expr(depth) : F.textNode(in.pick(VALID_CIDRS));
    }

    private ObjectNode resource(String kind, int index) {
        ObjectNode r = F.objectNode();
        ObjectNode p = F.objectNode();
        switch (kind) {
            case "Vpc" -> {
                r.put("Type", "AWS::EC2::VPC");
                p.set("CidrBlock", in.pick(3) == 0 ? cidr(3) : F.textNode("10.0.0.0/16"));
            }
            case "Subnet" -> {
                r.put("Type", "AWS::EC2::Subnet");
                p.set("VpcId", to("Vpc", index));
                p.set("CidrBlock", in.flag() ? cidr(3) : call("Fn::Select", F.arrayNode().add(in.pick(4))
                        .add(call("Fn::Cidr", F.arrayNode().add(call("Fn::GetAtt", F.arrayNode().add("Vpc0")
                                .add("CidrBlock"))).add(4).add(8)))));
                p.set("AvailabilityZone", call("Fn::Select", F.arrayNode().add(in.pick(2)).add(azs())));
                p.set("MapPublicIpOnLaunch", in.flag() ? F.booleanNode(in.flag()) : expr(1));
            }
            case "RouteTable" -> {
                r.put("Type", "AWS::EC2::RouteTable");
                p.set("VpcId", to("Vpc", index));
            }
            case "Route" -> {
                r.put("Type", "AWS::EC2::Route");
                p.set("RouteTableId", to("RouteTable", index));
                p.set(in.pick(4) == 0 ? in.pick(List.of("DestinationIpv6CidrBlock", "DestinationPrefixListId"))
                        : "DestinationCidrBlock", cidr(2));
                switch (in.pick(4)) {
                    case 0 -> p.set("NatGatewayId", to("Nat", index));
                    case 1 -> p.set(in.pick(List.of("TransitGatewayId", "VpcEndpointId", "NetworkInterfaceId",
                            "EgressOnlyInternetGatewayId", "VpcPeeringConnectionId")), expr(2));
                    default -> p.set("GatewayId", to("Igw", index));
                }
                if (in.pick(3) == 0) {
                    r.set("DependsOn", F.textNode(ids.get(2)));
                }
            }
            case "Igw" -> r.put("Type", "AWS::EC2::InternetGateway");
            case "Attachment" -> {
                r.put("Type", "AWS::EC2::VPCGatewayAttachment");
                p.set("VpcId", to("Vpc", index));
                p.set(in.pick(5) == 0 ? "VpnGatewayId" : "InternetGatewayId", to("Igw", index));
            }
            case "Nat" -> {
                r.put("Type", "AWS::EC2::NatGateway");
                p.set("SubnetId", to("Subnet", index));
                p.set("AllocationId", call("Fn::GetAtt", F.arrayNode().add(resourceName()).add("AllocationId")));
                if (in.flag()) {
                    p.set("ConnectivityType", expr(1));
                }
            }
            case "Eip" -> r.put("Type", "AWS::EC2::EIP");
            case "Association" -> {
                r.put("Type", "AWS::EC2::SubnetRouteTableAssociation");
                p.set("SubnetId", to("Subnet", index));
                p.set("RouteTableId", to("RouteTable", index));
            }
            case "Endpoint" -> {
                r.put("Type", "AWS::EC2::VPCEndpoint");
                p.set("VpcId", to("Vpc", index));
                p.set("ServiceName", in.pick(4) != 0
                        ? call("Fn::Sub", F.textNode("com.amazonaws.${AWS::Region}." + in.pick(List.of("s3",
                                "dynamodb", "ecr.api", "sts", "nope"))))
                        : expr(2));
                p.set("VpcEndpointType", in.pick(4) == 0 ? expr(1) : F.textNode(in.flag() ? "Gateway" : "Interface"));
                p.set("RouteTableIds", F.arrayNode().add(to("RouteTable", index)).add(to("RouteTable", 0)));
                p.set("SubnetIds", F.arrayNode().add(to("Subnet", index)));
                p.set("SecurityGroupIds", list(2));
                if (in.flag()) {
                    p.set("PolicyDocument", policy());
                }
            }
            case "SecurityGroup" -> {
                r.put("Type", "AWS::EC2::SecurityGroup");
                p.set("VpcId", to("Vpc", index));
                p.set("GroupDescription", expr(1));
                ArrayNode egress = p.putArray("SecurityGroupEgress");
                for (int i = 0; i < in.pick(3); i++) {
                    ObjectNode rule = egress.addObject();
                    rule.set("IpProtocol", expr(1));
                    rule.set("CidrIp", cidr(2));
                    rule.set("FromPort", expr(1));
                    rule.set("ToPort", expr(1));
                }
            }
            case "Instance" -> {
                r.put("Type", "AWS::EC2::Instance");
                p.set("SubnetId", to("Subnet", index));
                p.set("SecurityGroupIds", list(2));
            }
            default -> {
                r.put("Type", "AWS::S3::Bucket");
                p.set("BucketName", expr(2));
            }
        }
        r.set("Properties", p);
        return r;
    }

    private ObjectNode policy() {
        ObjectNode doc = F.objectNode().put("Version", "2012-10-17");
        ArrayNode statements = doc.putArray("Statement");
        for (int i = 0; i < 1 + in.pick(2); i++) {
            ObjectNode s = statements.addObject();
            s.put("Effect", in.flag() ? "Allow" : "Deny");
            s.set("Principal", in.flag() ? F.textNode("*") : expr(1));
            s.set("Action", in.flag() ? F.textNode("s3:*") : expr(1));
            s.set("Resource", expr(2));
        }
        return doc;
    }

    private ArrayNode list(int depth) {
        ArrayNode a = F.arrayNode();
        for (int i = 0; i < in.pick(4); i++) {
            a.add(expr(depth));
        }
        return a;
    }

    private JsonNode condition(int depth) {
        int k = depth <= 0 ? 0 : in.pick(5);
        return switch (k) {
            case 1 -> call("Fn::And", F.arrayNode().add(condition(depth - 1)).add(condition(depth - 1)));
            case 2 -> call("Fn::Or", F.arrayNode().add(condition(depth - 1)).add(condition(depth - 1)));
            case 3 -> call("Fn::Not", F.arrayNode().add(condition(depth - 1)));
            case 4 -> call("Fn::Equals", F.arrayNode().add(expr(1)).add(expr(1)));
            default -> F.objectNode().put("Condition", "IsProd");
        };
    }

    /** A value expression of at most {@code depth} nested calls; about one in thirty is malformed. */
    JsonNode expr(int depth) {
        budget--;
        if (depth <= 0 || budget <= 0 || in.exhausted()) {
            return leaf();
        }
        if (in.pick(32) == 0) {
            return malformed(depth);
        }
        return switch (in.pick(15)) {
            case 0 -> ref(name());
            case 1 -> call("Fn::GetAtt", F.arrayNode().add(resourceName()).add(in.pick(ATTRIBUTES)));
            case 2 -> call("Fn::GetAtt", F.textNode(resourceName() + "." + in.pick(ATTRIBUTES)));
            case 3 -> call("Fn::Sub", in.flag() ? F.textNode(subText(false))
                    : F.arrayNode().add(subText(true)).add(F.objectNode().set("X", expr(depth - 1))));
            case 4 -> call("Fn::Select", F.arrayNode().add(in.flag() ? F.numberNode(in.pick(2))
                    : F.textNode(String.valueOf(in.pick(2)))).add(in.flag()
                    ? F.arrayNode().add(expr(depth - 1)).add(expr(depth - 1)) : azs()));
            case 5 -> call("Fn::If", F.arrayNode().add(in.pick(CONDITIONS)).add(expr(depth - 1)).add(expr(depth - 1)));
            case 6 -> call("Fn::Join", F.arrayNode().add(in.pick(List.of("", ",", "/"))).add(list(depth - 1)));
            case 7 -> call("Fn::Select", F.arrayNode().add(in.pick(4)).add(call("Fn::Cidr", F.arrayNode()
                    .add(in.flag() ? F.textNode(in.pick(VALID_CIDRS)) : call("Fn::GetAtt",
                            F.arrayNode().add(resourceName()).add("CidrBlock")))
                    .add(1 + in.pick(8)).add(in.pick(List.of(4, 8, 12, 16))))));
            case 8 -> azs();
            case 9 -> call("Fn::FindInMap", F.arrayNode().add("Net").add(in.flag() ? F.textNode("prod")
                    : ref("Env")).add("Cidr"));
            case 10 -> call("Fn::ImportValue", in.flag() ? F.textNode("Export" + in.pick(4))
                    : call("Fn::Sub", F.textNode("Export${Env}")));
            case 11 -> call("Fn::Select", F.arrayNode().add(0).add(call("Fn::Split", F.arrayNode().add(",")
                    .add(expr(depth - 1)))));
            case 12 -> call(in.pick(List.of("Fn::Base64", "Fn::ToJsonString")), expr(depth - 1));
            case 13 -> list(depth - 1);
            default -> F.textNode(in.pick(VALID_CIDRS));
        };
    }

    /** What a user's broken template may hold: unknown names, wrong argument shapes, unknown functions. */
    private JsonNode malformed(int depth) {
        return switch (in.pick(10)) {
            case 0 -> ref(in.pick(List.of("Missing", "AWS::Nope", "")));
            case 1 -> call("Fn::GetAtt", F.arrayNode().add(in.pick(List.of("Missing", "Env"))).add("Arn"));
            case 2 -> call("Fn::Select", F.arrayNode().add(in.pick(5) - 1).add(F.arrayNode()));
            case 3 -> call("Fn::If", F.arrayNode().add("Missing").add(expr(depth - 1)));
            case 4 -> call("Fn::Cidr", F.arrayNode().add(expr(depth - 1)).add(in.pick(300)).add(in.pick(140) - 4));
            case 5 -> call("Fn::Sub", F.textNode("${" + in.text(6) + "}"));
            case 6 -> call(in.pick(List.of("Fn::Length", "Fn::Transform", "Fn::Nope")), expr(depth - 1));
            case 7 -> F.objectNode().set("Key", expr(depth - 1));
            case 8 -> F.textNode(in.pick(CIDRS));
            default -> call(in.pick(List.of("Fn::Select", "Fn::If", "Fn::Sub", "Fn::GetAtt", "Ref", "Fn::Cidr")),
                    in.flag() ? F.arrayNode() : F.nullNode());
        };
    }

    private ObjectNode azs() {
        return call("Fn::GetAZs", in.flag() ? F.textNode("") : ref("AWS::Region"));
    }

    private JsonNode leaf() {
        return switch (in.pick(6)) {
            case 0 -> F.textNode(in.pick(VALID_CIDRS));
            case 1 -> ref(in.pick(PSEUDO));
            case 2 -> F.numberNode(in.pick(70000) - 2);
            case 3 -> F.booleanNode(in.flag());
            case 4 -> ref(name());
            default -> F.textNode(in.pick(TEXTS));
        };
    }

    private String subText(boolean withX) {
        return "${" + (withX && in.flag() ? "X" : name()) + "}" + in.pick(List.of("", "/24", "${AWS::Region}",
                "${!Literal}", "-${" + resourceName() + "." + in.pick(ATTRIBUTES) + "}"));
    }

    /** A parameter or resource of this template. */
    private String name() {
        return ids.isEmpty() || in.pick(5) == 0 ? in.pick(List.of("Env", "VpcCidr")) : in.pick(ids);
    }

    private String resourceName() {
        return ids.isEmpty() ? "Vpc0" : in.pick(ids);
    }

    private static ObjectNode ref(String name) {
        return F.objectNode().put("Ref", name);
    }

    private static ObjectNode call(String fn, JsonNode arg) {
        ObjectNode o = F.objectNode();
        o.set(fn, arg);
        return o;
    }
}
