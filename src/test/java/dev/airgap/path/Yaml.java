package dev.airgap.path;

/** Pieces of hand-written templates for the rule tests: one VPC, two subnets in two AZs, one route table each. */
final class Yaml {

    private Yaml() {
    }

    static final String BASE = """
            Resources:
              Vpc:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: 10.0.0.0/16
                  EnableDnsSupport: true
                  EnableDnsHostnames: true
              SubnetA:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Ref Vpc
                  CidrBlock: 10.0.1.0/24
                  AvailabilityZone: us-west-2a
              SubnetB:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Ref Vpc
                  CidrBlock: 10.0.2.0/24
                  AvailabilityZone: us-west-2b
              RtA:
                Type: AWS::EC2::RouteTable
                Properties:
                  VpcId: !Ref Vpc
              RtB:
                Type: AWS::EC2::RouteTable
                Properties:
                  VpcId: !Ref Vpc
              AssocA:
                Type: AWS::EC2::SubnetRouteTableAssociation
                Properties:
                  SubnetId: !Ref SubnetA
                  RouteTableId: !Ref RtA
              AssocB:
                Type: AWS::EC2::SubnetRouteTableAssociation
                Properties:
                  SubnetId: !Ref SubnetB
                  RouteTableId: !Ref RtB
            """;

    static final String IGW = """
              Igw:
                Type: AWS::EC2::InternetGateway
              IgwAttachment:
                Type: AWS::EC2::VPCGatewayAttachment
                Properties:
                  VpcId: !Ref Vpc
                  InternetGatewayId: !Ref Igw
            """;

    /** SubnetA public (0/0 -> Igw) with a NAT gateway; SubnetB private (0/0 -> Nat). */
    static final String NAT = IGW + """
              PublicRoute:
                Type: AWS::EC2::Route
                Properties:
                  RouteTableId: !Ref RtA
                  DestinationCidrBlock: 0.0.0.0/0
                  GatewayId: !Ref Igw
              Eip:
                Type: AWS::EC2::EIP
                Properties:
                  Domain: vpc
              Nat:
                Type: AWS::EC2::NatGateway
                Properties:
                  SubnetId: !Ref SubnetA
                  AllocationId: !GetAtt Eip.AllocationId
              PrivateRoute:
                Type: AWS::EC2::Route
                Properties:
                  RouteTableId: !Ref RtB
                  DestinationCidrBlock: 0.0.0.0/0
                  NatGatewayId: !Ref Nat
            """;

    static String route(String name, String table, String cidr, String target) {
        return "  " + name + ":\n    Type: AWS::EC2::Route\n    Properties:\n      RouteTableId: !Ref " + table
                + "\n      DestinationCidrBlock: " + cidr + "\n      " + target + "\n";
    }

    static String s3Gateway(String name, String... tables) {
        StringBuilder sb = new StringBuilder("  " + name + ":\n    Type: AWS::EC2::VPCEndpoint\n    Properties:\n"
                + "      VpcId: !Ref Vpc\n      ServiceName: !Sub com.amazonaws.${AWS::Region}.s3\n"
                + "      RouteTableIds:\n");
        for (String t : tables) {
            sb.append("        - !Ref ").append(t).append('\n');
        }
        return sb.toString();
    }

    /** An interface endpoint in the listed subnets with one security group. */
    static String interfaceEndpoint(String name, String service, boolean privateDns, String sg, String... subnets) {
        StringBuilder sb = new StringBuilder("  " + name + ":\n    Type: AWS::EC2::VPCEndpoint\n    Properties:\n"
                + "      VpcId: !Ref Vpc\n      VpcEndpointType: Interface\n"
                + "      ServiceName: !Sub com.amazonaws.${AWS::Region}." + service + "\n"
                + "      PrivateDnsEnabled: " + privateDns + "\n      SecurityGroupIds:\n        - !GetAtt " + sg
                + ".GroupId\n      SubnetIds:\n");
        for (String s : subnets) {
            sb.append("        - !Ref ").append(s).append('\n');
        }
        return sb.toString();
    }

    /** A security group with one ingress rule (tcp/443 from a CIDR or from a group) and default egress. */
    static String sg(String name, String ingressPeer) {
        String peer = ingressPeer == null ? "" : "      SecurityGroupIngress:\n        - IpProtocol: tcp\n"
                + "          FromPort: 443\n          ToPort: 443\n          "
                + (ingressPeer.contains("/") ? "CidrIp: " + ingressPeer : "SourceSecurityGroupId: !GetAtt "
                + ingressPeer + ".GroupId") + "\n";
        return "  " + name + ":\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: "
                + name + "\n      VpcId: !Ref Vpc\n" + peer;
    }

    static String instance(String name, String subnet, String sg) {
        return "  " + name + ":\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-1\n"
                + "      SubnetId: !Ref " + subnet + "\n      SecurityGroupIds:\n        - !GetAtt " + sg + ".GroupId\n";
    }
}
