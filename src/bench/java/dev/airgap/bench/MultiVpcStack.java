package dev.airgap.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One CloudFormation template of exactly {@value #RESOURCES} resources, shaped like {@code cdk synth} output of a
 * two-VPC application (construct-path metadata, {@code Fn::GetAtt}/{@code Fn::Select}/{@code Fn::GetAZs}/
 * {@code Fn::Join}/{@code Fn::Sub}, policies), so that every stage of the analysis has work to do:
 * <ul>
 * <li>an application VPC over three AZs with public, private (NAT) and isolated subnets, an internet gateway, three
 * NAT gateways, a network ACL, an S3 gateway endpoint whose policy names one bucket, eight interface endpoints with
 * their security groups, and instances with roles in every tier;</li>
 * <li>a shared-services VPC over two AZs (AZs by {@code Fn::GetAZs}), isolated, peered with the first one, with its
 * own S3 gateway endpoint and instances;</li>
 * <li>filler instances with security groups until the count is reached.</li>
 * </ul>
 * Copy {@code n} varies the CIDR blocks so that no two copies are byte-identical.
 */
final class MultiVpcStack {

    static final int RESOURCES = 257;
    static final String REGION = "us-east-1";
    private static final String[] AZS = {"us-east-1a", "us-east-1b", "us-east-1c"};
    private static final String[] TIERS = {"Public", "Private", "Isolated"};
    private static final List<String> INTERFACE_SERVICES =
            List.of("ssm", "ssmmessages", "ec2messages", "logs", "monitoring", "sts", "kms", "ecr.api");

    private final JsonNodeFactory f = JsonNodeFactory.instance;
    private final String stack;
    private final int n;
    private final ObjectNode resources = f.objectNode();

    private MultiVpcStack(String stack, int n) {
        this.stack = stack;
        this.n = n;
    }

    static ObjectNode template(String stack, int n) {
        return new MultiVpcStack(stack, n).build();
    }

    private ObjectNode build() {
        String a = "10." + (n % 250) + ".";
        String b = "172." + (16 + n % 16) + ".";
        appVpc(a);
        sharedVpc(b);
        peering(a, b);
        int i = 0;
        while (resources.size() < RESOURCES) {
            // filler: an instance and its security group, round-robin over the app VPC's tiers
            String sg = "FillerSg" + i;
            resource(sg, "AWS::EC2::SecurityGroup", "Filler" + i + "/SecurityGroup", props(
                    "GroupDescription", "filler", "VpcId", ref("AppVpc")));
            if (resources.size() < RESOURCES) {
                instance("Filler" + i, "AppSubnet" + TIERS[i % 3] + (i % 3), sg, "AppRole");
            }
            i++;
        }
        if (resources.size() != RESOURCES) {
            throw new IllegalStateException(resources.size() + " resources");
        }
        ObjectNode template = f.objectNode();
        template.put("Description", "airgap benchmark: two peered VPCs, copy " + n);
        template.set("Resources", resources);
        return template;
    }

    private void appVpc(String a) {
        resource("AppVpc", "AWS::EC2::VPC", "AppVpc/Resource", props("CidrBlock", a + "0.0/16",
                "EnableDnsSupport", true, "EnableDnsHostnames", true));
        resource("AppIgw", "AWS::EC2::InternetGateway", "AppVpc/IGW", null);
        resource("AppIgwAttachment", "AWS::EC2::VPCGatewayAttachment", "AppVpc/VPCGW",
                props("VpcId", ref("AppVpc"), "InternetGatewayId", ref("AppIgw")));
        resource("AppAcl", "AWS::EC2::NetworkAcl", "AppVpc/Acl", props("VpcId", ref("AppVpc")));
        for (int e = 0; e < 4; e++) {
            resource("AppAclEntry" + e, "AWS::EC2::NetworkAclEntry", "AppVpc/Acl/Entry" + e, props(
                    "NetworkAclId", ref("AppAcl"), "RuleNumber", 100 + e, "Protocol", -1, "RuleAction", "allow",
                    "Egress", e % 2 == 0, "CidrBlock", "0.0.0.0/0"));
        }
        for (int az = 0; az < 3; az++) {
            for (int t = 0; t < 3; t++) {
                String s = "AppSubnet" + TIERS[t] + az;
                String path = "AppVpc/" + TIERS[t] + "Subnet" + (az + 1);
                resource(s, "AWS::EC2::Subnet", path + "/Subnet", props("VpcId", ref("AppVpc"),
                        "CidrBlock", a + (az * 3 + t) * 16 + ".0/20", "AvailabilityZone", AZS[az],
                        "MapPublicIpOnLaunch", t == 0,
                        "Tags", f.arrayNode().add(props("Key", "aws-cdk:subnet-type", "Value", TIERS[t]))));
                resource(s + "Rt", "AWS::EC2::RouteTable", path + "/RouteTable", props("VpcId", ref("AppVpc")));
                resource(s + "RtAssoc", "AWS::EC2::SubnetRouteTableAssociation", path + "/RouteTableAssociation",
                        props("SubnetId", ref(s), "RouteTableId", ref(s + "Rt")));
                resource(s + "AclAssoc", "AWS::EC2::SubnetNetworkAclAssociation", path + "/AclAssociation",
                        props("SubnetId", ref(s), "NetworkAclId", ref("AppAcl")));
            }
            String pub = "AppSubnetPublic" + az;
            resource(pub + "Eip", "AWS::EC2::EIP", "AppVpc/PublicSubnet" + (az + 1) + "/EIP", props("Domain", "vpc"));
            resource(pub + "Nat", "AWS::EC2::NatGateway", "AppVpc/PublicSubnet" + (az + 1) + "/NATGateway",
                    props("SubnetId", ref(pub), "AllocationId", getAtt(pub + "Eip", "AllocationId")));
            resource(pub + "DefaultRoute", "AWS::EC2::Route", "AppVpc/PublicSubnet" + (az + 1) + "/DefaultRoute",
                    props("RouteTableId", ref(pub + "Rt"), "DestinationCidrBlock", "0.0.0.0/0",
                            "GatewayId", ref("AppIgw")));
            resource("AppSubnetPrivate" + az + "DefaultRoute", "AWS::EC2::Route",
                    "AppVpc/PrivateSubnet" + (az + 1) + "/DefaultRoute",
                    props("RouteTableId", ref("AppSubnetPrivate" + az + "Rt"), "DestinationCidrBlock", "0.0.0.0/0",
                            "NatGatewayId", ref(pub + "Nat")));
        }
        ArrayNode routeTables = f.arrayNode();
        for (int az = 0; az < 3; az++) {
            routeTables.add(ref("AppSubnetPrivate" + az + "Rt")).add(ref("AppSubnetIsolated" + az + "Rt"));
        }
        resource("AppS3Gateway", "AWS::EC2::VPCEndpoint", "AppVpc/S3Gateway/Resource", props(
                "VpcId", ref("AppVpc"), "ServiceName", join("com.amazonaws.", ref("AWS::Region"), ".s3"),
                "VpcEndpointType", "Gateway", "RouteTableIds", routeTables,
                "PolicyDocument", bucketPolicy("*", "bench-" + n + "-artifacts")));
        ArrayNode isolated = f.arrayNode();
        for (int az = 0; az < 3; az++) {
            isolated.add(ref("AppSubnetIsolated" + az));
        }
        for (String service : INTERFACE_SERVICES) {
            String id = "App" + service.replace(".", "") + "Endpoint";
            resource(id + "Sg", "AWS::EC2::SecurityGroup", "AppVpc/" + service + "/SecurityGroup", props(
                    "GroupDescription", service + " endpoint", "VpcId", ref("AppVpc"),
                    "SecurityGroupIngress", f.arrayNode().add(props("IpProtocol", "tcp", "FromPort", 443,
                            "ToPort", 443, "CidrIp", getAtt("AppVpc", "CidrBlock")))));
            resource(id, "AWS::EC2::VPCEndpoint", "AppVpc/" + service + "/Resource", props(
                    "VpcId", ref("AppVpc"), "ServiceName", "com.amazonaws." + REGION + "." + service,
                    "VpcEndpointType", "Interface", "PrivateDnsEnabled", true,
                    "SecurityGroupIds", f.arrayNode().add(getAtt(id + "Sg", "GroupId")),
                    "SubnetIds", isolated.deepCopy()));
        }
        role("AppRole", "bench-" + n + "-artifacts");
        for (int az = 0; az < 3; az++) {
            for (int t = 0; t < 3; t++) {
                String id = "App" + TIERS[t] + az;
                resource(id + "Sg", "AWS::EC2::SecurityGroup", id + "/InstanceSecurityGroup/Resource", props(
                        "GroupDescription", id, "VpcId", ref("AppVpc"),
                        "SecurityGroupEgress", f.arrayNode().add(props("IpProtocol", "-1",
                                "CidrIp", "0.0.0.0/0"))));
                instance(id, "AppSubnet" + TIERS[t] + az, id + "Sg", "AppRole");
            }
        }
    }

    private void sharedVpc(String b) {
        resource("SharedVpc", "AWS::EC2::VPC", "SharedVpc/Resource", props("CidrBlock", b + "0.0/16",
                "EnableDnsSupport", true, "EnableDnsHostnames", true));
        ArrayNode tables = f.arrayNode();
        for (int az = 0; az < 2; az++) {
            String s = "SharedSubnet" + az;
            String path = "SharedVpc/IsolatedSubnet" + (az + 1);
            resource(s, "AWS::EC2::Subnet", path + "/Subnet", props("VpcId", ref("SharedVpc"),
                    "CidrBlock", b + az * 16 + ".0/20",
                    "AvailabilityZone", select(az, getAzs()), "MapPublicIpOnLaunch", false));
            resource(s + "Rt", "AWS::EC2::RouteTable", path + "/RouteTable", props("VpcId", ref("SharedVpc")));
            resource(s + "RtAssoc", "AWS::EC2::SubnetRouteTableAssociation", path + "/RouteTableAssociation",
                    props("SubnetId", ref(s), "RouteTableId", ref(s + "Rt")));
            tables.add(ref(s + "Rt"));
        }
        resource("SharedS3Gateway", "AWS::EC2::VPCEndpoint", "SharedVpc/S3Gateway/Resource", props(
                "VpcId", ref("SharedVpc"), "ServiceName", sub("com.amazonaws.${AWS::Region}.s3"),
                "RouteTableIds", tables));
        role("SharedRole", "bench-" + n + "-shared");
        for (int az = 0; az < 2; az++) {
            String id = "Shared" + az;
            resource(id + "Sg", "AWS::EC2::SecurityGroup", id + "/InstanceSecurityGroup/Resource", props(
                    "GroupDescription", id, "VpcId", ref("SharedVpc")));
            instance(id, "SharedSubnet" + az, id + "Sg", "SharedRole");
        }
    }

    private void peering(String a, String b) {
        resource("Peering", "AWS::EC2::VPCPeeringConnection", "Peering", props(
                "VpcId", ref("AppVpc"), "PeerVpcId", ref("SharedVpc")));
        for (int az = 0; az < 3; az++) {
            resource("AppToShared" + az, "AWS::EC2::Route", "AppVpc/IsolatedSubnet" + (az + 1) + "/ToShared", props(
                    "RouteTableId", ref("AppSubnetIsolated" + az + "Rt"), "DestinationCidrBlock", b + "0.0/16",
                    "VpcPeeringConnectionId", ref("Peering")));
        }
        for (int az = 0; az < 2; az++) {
            resource("SharedToApp" + az, "AWS::EC2::Route", "SharedVpc/IsolatedSubnet" + (az + 1) + "/ToApp", props(
                    "RouteTableId", ref("SharedSubnet" + az + "Rt"), "DestinationCidrBlock", a + "0.0/16",
                    "VpcPeeringConnectionId", ref("Peering")));
        }
    }

    private void role(String id, String bucket) {
        resource(id, "AWS::IAM::Role", id + "/Resource", props("AssumeRolePolicyDocument", f.objectNode()
                .put("Version", "2012-10-17").set("Statement", f.arrayNode().add(props("Effect", "Allow",
                        "Principal", props("Service", "ec2.amazonaws.com"), "Action", "sts:AssumeRole"))),
                "ManagedPolicyArns", f.arrayNode().add(join("arn:", ref("AWS::Partition"),
                        ":iam::aws:policy/AmazonSSMManagedInstanceCore"))));
        resource(id + "DefaultPolicy", "AWS::IAM::Policy", id + "/DefaultPolicy/Resource", props(
                "PolicyName", id + "DefaultPolicy", "Roles", f.arrayNode().add(ref(id)),
                "PolicyDocument", bucketPolicy(null, bucket)));
        resource(id + "Profile", "AWS::IAM::InstanceProfile", id + "/InstanceProfile",
                props("Roles", f.arrayNode().add(ref(id))));
    }

    private void instance(String id, String subnet, String sg, String role) {
        resource(id, "AWS::EC2::Instance", id + "/Resource", props("ImageId", "ami-0123456789abcdef0",
                "InstanceType", "t3.micro", "SubnetId", ref(subnet), "IamInstanceProfile", ref(role + "Profile"),
                "SecurityGroupIds", f.arrayNode().add(getAtt(sg, "GroupId"))));
    }

    private ObjectNode bucketPolicy(String principal, String bucket) {
        ObjectNode statement = props("Effect", "Allow",
                "Action", f.arrayNode().add("s3:GetObject").add("s3:PutObject").add("s3:ListBucket"),
                "Resource", f.arrayNode().add(sub("arn:${AWS::Partition}:s3:::" + bucket))
                        .add(sub("arn:${AWS::Partition}:s3:::" + bucket + "/*")));
        if (principal != null) {
            statement.put("Principal", principal);
        }
        ObjectNode doc = f.objectNode().put("Version", "2012-10-17");
        doc.set("Statement", f.arrayNode().add(statement));
        return doc;
    }

    private void resource(String id, String type, String path, ObjectNode properties) {
        if (resources.has(id)) {
            throw new IllegalStateException("duplicate " + id);
        }
        ObjectNode r = resources.putObject(id);
        r.put("Type", type);
        if (properties != null) {
            r.set("Properties", properties);
        }
        r.putObject("Metadata").put("aws:cdk:path", stack + "/" + path);
    }

    private ObjectNode props(Object... kv) {
        ObjectNode o = f.objectNode();
        for (int i = 0; i < kv.length; i += 2) {
            o.set((String) kv[i], value(kv[i + 1]));
        }
        return o;
    }

    private JsonNode value(Object v) {
        if (v instanceof JsonNode node) {
            return node;
        }
        if (v instanceof Boolean bool) {
            return f.booleanNode(bool);
        }
        if (v instanceof Integer i) {
            return f.numberNode(i);
        }
        return f.textNode((String) v);
    }

    private ObjectNode ref(String id) {
        return props("Ref", id);
    }

    private ObjectNode getAtt(String id, String attribute) {
        return props("Fn::GetAtt", f.arrayNode().add(id).add(attribute));
    }

    private ObjectNode sub(String s) {
        return props("Fn::Sub", s);
    }

    private ObjectNode join(Object... parts) {
        ArrayNode list = f.arrayNode();
        for (Object p : parts) {
            list.add(value(p));
        }
        return props("Fn::Join", f.arrayNode().add("").add(list));
    }

    private ObjectNode getAzs() {
        return props("Fn::GetAZs", "");
    }

    private ObjectNode select(int index, JsonNode list) {
        return props("Fn::Select", f.arrayNode().add(index).add(list));
    }
}
