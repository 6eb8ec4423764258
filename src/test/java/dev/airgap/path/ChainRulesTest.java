package dev.airgap.path;

import static dev.airgap.path.Fixtures.analyze;
import static dev.airgap.path.Fixtures.s3;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Paths through firewalls, GWLB endpoints, transit gateways and peering; what the templates cannot say. */
class ChainRulesTest {

    private static final String REGION = "us-west-2";

    /** SubnetA: NAT (public); SubnetB: firewall; SubnetC (app) routes to the firewall, which routes to the NAT. */
    private static final String FIREWALL = Yaml.BASE + Yaml.IGW + """
              SubnetC:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Ref Vpc
                  CidrBlock: 10.0.3.0/24
                  AvailabilityZone: us-west-2b
              RtC:
                Type: AWS::EC2::RouteTable
                Properties:
                  VpcId: !Ref Vpc
              AssocC:
                Type: AWS::EC2::SubnetRouteTableAssociation
                Properties:
                  SubnetId: !Ref SubnetC
                  RouteTableId: !Ref RtC
              Firewall:
                Type: AWS::NetworkFirewall::Firewall
                Properties:
                  FirewallName: fw
                  FirewallPolicyArn: arn:aws:network-firewall:us-west-2:111111111111:firewall-policy/p
                  VpcId: !Ref Vpc
                  SubnetMappings:
                    - SubnetId: !Ref SubnetB
              Eip:
                Type: AWS::EC2::EIP
              Nat:
                Type: AWS::EC2::NatGateway
                Properties:
                  SubnetId: !Ref SubnetA
                  AllocationId: !GetAtt Eip.AllocationId
            """ + Yaml.route("PublicRoute", "RtA", "0.0.0.0/0", "GatewayId: !Ref Igw")
            + Yaml.route("FirewallRoute", "RtB", "0.0.0.0/0", "NatGatewayId: !Ref Nat")
            // as the AWS samples write it: EndpointIds are "az:vpce-id" strings
            + Yaml.route("AppRoute", "RtC", "0.0.0.0/0",
                    "VpcEndpointId: !Select [1, !Split [':', !Select [0, !GetAtt Firewall.EndpointIds]]]");

    @Test
    void chainThroughAFirewallEndpointAndANatGatewayIsNatAccess() {
        PathResult r = analyze(REGION, FIREWALL);
        ServiceVerdict v = s3(r, "SubnetC");
        assertThat(v.access()).isEqualTo(Access.NAT_GATEWAY);
        assertThat(v.codes()).contains(Code.FIREWALL_RULES_NOT_EVALUATED);
        assertThat(v.hops()).extracting(Hop::component).containsSubsequence("SubnetC", "RtC", "Firewall", "SubnetB",
                "RtB", "Nat", "SubnetA", "RtA", "Igw");
        assertThat(r.subnet("SubnetC").orElseThrow().internet().egress()).isEqualTo(Egress.NAT_GATEWAY);
    }

    @Test
    void routeToATransitGatewayOutsideTheRunIsUnknown() {
        String yaml = Yaml.BASE + Yaml.route("ToTgw", "RtA", "0.0.0.0/0", "TransitGatewayId: tgw-0123456789");
        PathResult r = analyze(REGION, yaml);
        ServiceVerdict v = s3(r, "SubnetA");
        assertThat(v.access()).isEqualTo(Access.UNKNOWN);
        assertThat(v.reason()).contains("transit gateway outside the analysed templates");
        assertThat(r.subnet("SubnetA").orElseThrow().internet().egress()).isEqualTo(Egress.UNKNOWN);
    }

    @Test
    void transitGatewayIsFollowedIntoAnEgressVpcOfTheRun() {
        String yaml = Yaml.BASE + Yaml.NAT + """
              SpokeVpc:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: 10.1.0.0/16
              SpokeSubnet:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Ref SpokeVpc
                  CidrBlock: 10.1.1.0/24
                  AvailabilityZone: us-west-2b
              SpokeRt:
                Type: AWS::EC2::RouteTable
                Properties:
                  VpcId: !Ref SpokeVpc
              SpokeAssoc:
                Type: AWS::EC2::SubnetRouteTableAssociation
                Properties:
                  SubnetId: !Ref SpokeSubnet
                  RouteTableId: !Ref SpokeRt
              Tgw:
                Type: AWS::EC2::TransitGateway
                Properties:
                  DefaultRouteTableAssociation: disable
                  DefaultRouteTablePropagation: disable
              EgressAttachment:
                Type: AWS::EC2::TransitGatewayAttachment
                Properties:
                  TransitGatewayId: !Ref Tgw
                  VpcId: !Ref Vpc
                  SubnetIds: [!Ref SubnetB]
              SpokeAttachment:
                Type: AWS::EC2::TransitGatewayAttachment
                Properties:
                  TransitGatewayId: !Ref Tgw
                  VpcId: !Ref SpokeVpc
                  SubnetIds: [!Ref SpokeSubnet]
              TgwRt:
                Type: AWS::EC2::TransitGatewayRouteTable
                Properties:
                  TransitGatewayId: !Ref Tgw
              SpokeAssociation:
                Type: AWS::EC2::TransitGatewayRouteTableAssociation
                Properties:
                  TransitGatewayAttachmentId: !Ref SpokeAttachment
                  TransitGatewayRouteTableId: !Ref TgwRt
              TgwDefault:
                Type: AWS::EC2::TransitGatewayRoute
                Properties:
                  TransitGatewayRouteTableId: !Ref TgwRt
                  DestinationCidrBlock: 0.0.0.0/0
                  TransitGatewayAttachmentId: !Ref EgressAttachment
            """ + Yaml.route("SpokeDefault", "SpokeRt", "0.0.0.0/0", "TransitGatewayId: !Ref Tgw");
        PathResult r = analyze(REGION, yaml);
        ServiceVerdict v = s3(r, "SpokeSubnet");
        assertThat(v.access()).isEqualTo(Access.NAT_GATEWAY);
        assertThat(v.hops()).extracting(Hop::component).containsSubsequence("SpokeRt", "Tgw", "EgressAttachment",
                "RtB", "Nat", "RtA", "Igw");
        // A gateway endpoint in the egress VPC does not serve traffic that arrives through the transit gateway.
        String withEndpoint = yaml + Yaml.s3Gateway("S3Gateway", "RtB");
        ServiceVerdict blocked = s3(analyze(REGION, withEndpoint), "SpokeSubnet");
        assertThat(blocked.access()).isEqualTo(Access.NONE);
        assertThat(blocked.codes()).contains(Code.GATEWAY_ENDPOINT_NOT_TRANSITIVE);
    }

    @Test
    void peeringDoesNotCarryTrafficToThePeersGateways() {
        String yaml = Yaml.BASE + """
              OtherVpc:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: 10.9.0.0/16
              Peering:
                Type: AWS::EC2::VPCPeeringConnection
                Properties:
                  VpcId: !Ref Vpc
                  PeerVpcId: !Ref OtherVpc
            """ + Yaml.route("ToPeer", "RtA", "0.0.0.0/0", "VpcPeeringConnectionId: !Ref Peering");
        ServiceVerdict v = s3(analyze(REGION, yaml), "SubnetA");
        assertThat(v.access()).isEqualTo(Access.NONE);
        assertThat(v.codes()).contains(Code.PEERING_NOT_TRANSITIVE);
    }

    @Test
    void natInstanceIsFollowedWithAnAssumption() {
        String yaml = Yaml.BASE + Yaml.IGW + Yaml.route("PublicRoute", "RtA", "0.0.0.0/0", "GatewayId: !Ref Igw")
                + """
              NatInstance:
                Type: AWS::EC2::Instance
                Properties:
                  ImageId: ami-nat
                  SourceDestCheck: false
                  NetworkInterfaces:
                    - DeviceIndex: "0"
                      SubnetId: !Ref SubnetA
                      AssociatePublicIpAddress: true
            """ + Yaml.route("ViaNatInstance", "RtB", "0.0.0.0/0", "InstanceId: !Ref NatInstance");
        ServiceVerdict v = s3(analyze(REGION, yaml), "SubnetB");
        assertThat(v.access()).isEqualTo(Access.NAT_GATEWAY);
        assertThat(v.codes()).contains(Code.ASSUMED_NAT_INSTANCE);
    }

    @Test
    void aSubnetWhoseVpcIsImportedIsUnknownWithAReason() {
        String yaml = """
            Resources:
              Imported:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !ImportValue shared-vpc
                  CidrBlock: 10.0.1.0/24
            """;
        PathResult r = analyze(REGION, yaml);
        ServiceVerdict v = s3(r, "Imported");
        assertThat(v.access()).isEqualTo(Access.UNKNOWN);
        assertThat(v.reason()).contains("VPC is unknown");
        assertThat(r.subnet("Imported").orElseThrow().internet().egress()).isEqualTo(Egress.UNKNOWN);
    }

    @Test
    void routeToAVpnGatewayLeavesTheTemplatesAndIsUnknown() {
        String yaml = Yaml.BASE + """
              Vgw:
                Type: AWS::EC2::VPNGateway
                Properties:
                  Type: ipsec.1
              VgwAttachment:
                Type: AWS::EC2::VPCGatewayAttachment
                Properties:
                  VpcId: !Ref Vpc
                  VpnGatewayId: !Ref Vgw
            """ + Yaml.route("ToOnPrem", "RtA", "0.0.0.0/0", "GatewayId: !Ref Vgw");
        ServiceVerdict v = s3(analyze(REGION, yaml), "SubnetA");
        assertThat(v.access()).isEqualTo(Access.UNKNOWN);
        assertThat(v.codes()).contains(Code.TRAFFIC_LEAVES_TO_ON_PREMISES);
    }

    @Test
    void aGatewayEndpointThatMayNotBeCreatedIsUnknownNotPrivate() {
        dev.airgap.resolve.ResolvedRun run = Fixtures.run(REGION, Yaml.BASE + Yaml.NAT + Yaml.s3Gateway("S3Endpoint", "RtB"));
        java.util.List<dev.airgap.resolve.ResolvedStack> stacks = new java.util.ArrayList<>();
        for (dev.airgap.resolve.ResolvedStack st : run.stacks()) {
            java.util.Map<String, dev.airgap.resolve.Resource> res = new java.util.LinkedHashMap<>();
            st.resources().forEach((k, r) -> res.put(k, k.equals("S3Endpoint") ? new dev.airgap.resolve.Resource(r.id(),
                    r.type(), r.properties(), dev.airgap.resolve.Presence.UNKNOWN, "condition UseEndpoint depends on "
                    + "parameter Env", r.position(), r.constructPath(), r.metadata()) : r));
            stacks.add(new dev.airgap.resolve.ResolvedStack(st.template(), st.region(), res, st.outputs(), st.exports()));
        }
        PathResult r = new PathAnalyzer().analyze(dev.airgap.network.NetworkModel.build(
                new dev.airgap.resolve.ResolvedRun(stacks)), PathOptions.defaults());
        ServiceVerdict v = s3(r, "SubnetB");
        assertThat(v.access()).isEqualTo(Access.UNKNOWN);
        assertThat(v.reason()).contains("S3Endpoint").contains("condition UseEndpoint");
    }

    @Test
    void gatewayLoadBalancerEndpointIsAHopIntoItsSubnet() {
        String yaml = Yaml.BASE + Yaml.NAT.replace("RtB", "RtC") + """
              SubnetC:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Ref Vpc
                  CidrBlock: 10.0.3.0/24
                  AvailabilityZone: us-west-2b
              RtC:
                Type: AWS::EC2::RouteTable
                Properties:
                  VpcId: !Ref Vpc
              AssocC:
                Type: AWS::EC2::SubnetRouteTableAssociation
                Properties:
                  SubnetId: !Ref SubnetC
                  RouteTableId: !Ref RtC
              Gwlbe:
                Type: AWS::EC2::VPCEndpoint
                Properties:
                  VpcId: !Ref Vpc
                  VpcEndpointType: GatewayLoadBalancer
                  ServiceName: com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0
                  SubnetIds: [!Ref SubnetC]
            """ + Yaml.route("ToAppliance", "RtB", "0.0.0.0/0", "VpcEndpointId: !Ref Gwlbe");
        PathResult r = analyze(REGION, yaml);
        assertThat(r.services()).containsExactly("s3");
        ServiceVerdict v = s3(r, "SubnetB");
        assertThat(v.access()).isEqualTo(Access.NAT_GATEWAY);
        assertThat(v.codes()).contains(Code.FIREWALL_RULES_NOT_EVALUATED);
        assertThat(v.hops()).extracting(Hop::component).containsSubsequence("RtB", "Gwlbe", "SubnetC", "RtC", "Nat",
                "Igw");
    }

    @Test
    void trafficFromATransitGatewayNeedsANatGatewayToUseTheInternetGateway() {
        String yaml = Yaml.BASE + Yaml.IGW + """
              SpokeVpc:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: 10.1.0.0/16
              SpokeSubnet:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Ref SpokeVpc
                  CidrBlock: 10.1.1.0/24
                  AvailabilityZone: us-west-2a
              SpokeRt:
                Type: AWS::EC2::RouteTable
                Properties:
                  VpcId: !Ref SpokeVpc
              SpokeAssoc:
                Type: AWS::EC2::SubnetRouteTableAssociation
                Properties:
                  SubnetId: !Ref SpokeSubnet
                  RouteTableId: !Ref SpokeRt
              Tgw:
                Type: AWS::EC2::TransitGateway
              EgressAttachment:
                Type: AWS::EC2::TransitGatewayAttachment
                Properties:
                  TransitGatewayId: !Ref Tgw
                  VpcId: !Ref Vpc
                  SubnetIds: [!Ref SubnetA]
              SpokeAttachment:
                Type: AWS::EC2::TransitGatewayAttachment
                Properties:
                  TransitGatewayId: !Ref Tgw
                  VpcId: !Ref SpokeVpc
                  SubnetIds: [!Ref SpokeSubnet]
              TgwDefault:
                Type: AWS::EC2::TransitGatewayRoute
                Properties:
                  TransitGatewayRouteTableId: !GetAtt Tgw.AssociationDefaultRouteTableId
                  DestinationCidrBlock: 0.0.0.0/0
                  TransitGatewayAttachmentId: !Ref EgressAttachment
            """ + Yaml.route("SpokeDefault", "SpokeRt", "0.0.0.0/0", "TransitGatewayId: !Ref Tgw")
                + Yaml.route("EgressDefault", "RtA", "0.0.0.0/0", "GatewayId: !Ref Igw");
        ServiceVerdict v = s3(analyze(REGION, yaml), "SpokeSubnet");
        assertThat(v.access()).isEqualTo(Access.NONE);
        assertThat(v.codes()).contains(Code.NGW_REQUIRES_SOURCE_IN_VPC);
        assertThat(v.hops()).extracting(Hop::component).contains("Tgw", "EgressAttachment", "Igw");
    }

    @Test
    void customerPrefixListRoutesAreMatchedByTheirEntries() {
        String yaml = Yaml.BASE + Yaml.NAT + """
              OnPremList:
                Type: AWS::EC2::PrefixList
                Properties:
                  AddressFamily: IPv4
                  MaxEntries: 2
                  PrefixListName: on-prem
                  Entries:
                    - Cidr: 192.168.0.0/16
              Vgw:
                Type: AWS::EC2::VPNGateway
                Properties:
                  Type: ipsec.1
              ToOnPrem:
                Type: AWS::EC2::Route
                Properties:
                  RouteTableId: !Ref RtB
                  DestinationPrefixListId: !Ref OnPremList
                  GatewayId: !Ref Vgw
            """;
        assertThat(s3(analyze(REGION, yaml), "SubnetB").access()).isEqualTo(Access.NAT_GATEWAY);
        String unknownList = yaml.replace("DestinationPrefixListId: !Ref OnPremList",
                "DestinationPrefixListId: pl-0123456789abcdef0");
        ServiceVerdict v = s3(analyze(REGION, unknownList), "SubnetB");
        assertThat(v.access()).isEqualTo(Access.UNKNOWN);
        assertThat(v.reason()).contains("pl-0123456789abcdef0");
    }

    @Test
    void transitGatewayDefaultTableMayHoldRoutesLearnedOutsideTheTemplates() {
        String yaml = Yaml.BASE + """
              Tgw:
                Type: AWS::EC2::TransitGateway
              Attachment:
                Type: AWS::EC2::TransitGatewayAttachment
                Properties:
                  TransitGatewayId: !Ref Tgw
                  VpcId: !Ref Vpc
                  SubnetIds: [!Ref SubnetA]
            """ + Yaml.route("ToTgw", "RtA", "0.0.0.0/0", "TransitGatewayId: !Ref Tgw");
        ServiceVerdict v = s3(analyze(REGION, yaml), "SubnetA");
        assertThat(v.access()).isEqualTo(Access.UNKNOWN);
        assertThat(v.reason()).contains("propagates into its default route table");
    }

    @Test
    void aRouteWhoseTableIsUnknownIsNotedWhereItCouldMatter() {
        String yaml = Yaml.BASE + """
              Elsewhere:
                Type: AWS::EC2::Route
                Properties:
                  RouteTableId: !ImportValue other-stack-RouteTable
                  DestinationCidrBlock: 0.0.0.0/0
                  NatGatewayId: nat-0123456789abcdef0
            """;
        ServiceVerdict v = s3(analyze(REGION, yaml), "SubnetA");
        assertThat(v.access()).isEqualTo(Access.NONE);
        assertThat(v.codes()).contains(Code.ASSUMED_UNPLACED_ROUTES_ELSEWHERE);
    }

    @Test
    void middleboxRoutingToAnInterfaceEndpointGoesThroughTheFirewall() {
        String yaml = FIREWALL + Yaml.sg("EpSg", "10.0.0.0/16")
                + Yaml.interfaceEndpoint("Ssm", "ssm", true, "EpSg", "SubnetA")
                + Yaml.route("Inspect", "RtC", "10.0.1.0/24",
                "VpcEndpointId: !Select [1, !Split [':', !Select [0, !GetAtt Firewall.EndpointIds]]]");
        ServiceVerdict v = analyze(REGION, yaml).subnet("SubnetC").orElseThrow().services().get("ssm");
        assertThat(v.access()).isEqualTo(Access.INTERFACE_ENDPOINT);
        assertThat(v.codes()).contains(Code.MORE_SPECIFIC_ROUTE, Code.FIREWALL_RULES_NOT_EVALUATED);
        assertThat(v.hops()).extracting(Hop::component).containsSubsequence("RtC", "Firewall", "RtB", "Ssm");
    }
}
