package dev.airgap.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.path.Fixtures;
import dev.airgap.resolve.ResourceId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the builder makes of each kind of resource, on small purpose-written templates: the records, the pieces it
 * assembles from several resources (main route tables, local and gateway-endpoint routes, default groups and ACLs,
 * VPN routes) and the reasons it gives where the templates cannot say.
 */
class NetworkModelBuilderTest {

    private static final String VPC = """
            Parameters:
              Az:
                Type: String
            Resources:
              Vpc:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: 10.0.0.0/16
              Subnet:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Ref Vpc
                  CidrBlock: 10.0.1.0/24
                  AvailabilityZone: us-west-2a
              Rt:
                Type: AWS::EC2::RouteTable
                Properties:
                  VpcId: !Ref Vpc
              Assoc:
                Type: AWS::EC2::SubnetRouteTableAssociation
                Properties:
                  SubnetId: !Ref Subnet
                  RouteTableId: !Ref Rt
            """;

    private static RegionNetwork region(String yaml) {
        return Fixtures.model("us-west-2", yaml).regions().get(0);
    }

    private static ResourceId id(String logicalId) {
        return new ResourceId("Stack", logicalId);
    }

    private static List<String> routes(RegionNetwork n, String table) {
        return n.routes(id(table)).stream().map(Route::describe).toList();
    }

    @Test
    void aVpcTakesAwsDefaultsForDnsAndGetsItsMainRouteTableDefaultGroupAndDefaultAcl() {
        RegionNetwork n = region(VPC);
        Vpc vpc = n.vpc(id("Vpc")).orElseThrow();
        assertThat(vpc.dnsSupport().get()).isTrue();
        assertThat(vpc.dnsHostnames().get()).isFalse();
        assertThat(vpc.ipv6()).isFalse();
        RouteTable main = n.routeTable(vpc.mainRouteTableId()).orElseThrow();
        assertThat(main.main()).isTrue();
        assertThat(main.vpc().get()).isEqualTo(id("Vpc"));
        assertThat(n.routes(main.id())).extracting(Route::describe).containsExactly("10.0.0.0/16 -> local");
        SecurityGroup group = n.securityGroup(Vpc.defaultSecurityGroupId(id("Vpc"))).orElseThrow();
        assertThat(group.implicitDefault()).isTrue();
        assertThat(n.networkAcl(Vpc.defaultNetworkAclId(id("Vpc"))).orElseThrow().implicitDefault()).isTrue();
    }

    @Test
    void anIpv6CidrBlockResourceMarksItsVpcIpv6AndAddsNoIpv4Block() {
        RegionNetwork n = region(VPC + """
                  V6:
                    Type: AWS::EC2::VPCCidrBlock
                    Properties:
                      VpcId: !Ref Vpc
                      AmazonProvidedIpv6CidrBlock: true
                """);
        Vpc vpc = n.vpc(id("Vpc")).orElseThrow();
        assertThat(vpc.ipv6()).isTrue();
        assertThat(vpc.cidrs()).hasSize(1);
    }

    @Test
    void aSubnetsZoneIsNamedAnExpressionOrUnspecifiedAndItsCidrMayComeFromTheVpc() {
        RegionNetwork n = region(VPC + """
                  FromParameter:
                    Type: AWS::EC2::Subnet
                    Properties:
                      VpcId: !Ref Vpc
                      CidrBlock: !GetAtt Vpc.CidrBlock
                      AvailabilityZone: !Ref Az
                  NoZone:
                    Type: AWS::EC2::Subnet
                    Properties:
                      VpcId: !Ref Vpc
                      Ipv4IpamPoolId: ipam-pool-1
                      MapPublicIpOnLaunch: true
                """);
        Subnet subnet = n.subnet(id("Subnet")).orElseThrow();
        assertThat(subnet.az()).isEqualTo(Az.named("us-west-2a"));
        assertThat(subnet.mapPublicIp().get()).isFalse();
        Subnet fromParameter = n.subnet(id("FromParameter")).orElseThrow();
        assertThat(fromParameter.az().name()).isNull();
        assertThat(fromParameter.az().expression()).isNotNull();
        assertThat(Cidrs.text(fromParameter.cidr().get())).isEqualTo("10.0.0.0/16");
        Subnet noZone = n.subnet(id("NoZone")).orElseThrow();
        assertThat(noZone.az()).isEqualTo(Az.unspecified());
        assertThat(noZone.cidr().isKnown()).isFalse();
        assertThat(noZone.cidr().reason()).contains("CidrBlock is not given");
        assertThat(noZone.mapPublicIp().get()).isTrue();
        assertThat(noZone.ipv6Only()).isFalse();
    }

    @Test
    void aSubnetWithOnlyAnIpv6BlockIsIpv6Only() {
        RegionNetwork n = region(VPC + """
                  V6Only:
                    Type: AWS::EC2::Subnet
                    Properties:
                      VpcId: !Ref Vpc
                      Ipv6CidrBlock: 2600:1f14::/64
                """);
        Subnet s = n.subnet(id("V6Only")).orElseThrow();
        assertThat(s.ipv6()).isTrue();
        assertThat(s.ipv6Only()).isTrue();
    }

    @Test
    void aSubnetUsesItsAssociatedTableElseTheMainOneAndAnImportedTableIsUnknownWithWhy() {
        RegionNetwork n = region(VPC + """
                  Unassociated:
                    Type: AWS::EC2::Subnet
                    Properties:
                      VpcId: !Ref Vpc
                      CidrBlock: 10.0.2.0/24
                  Imported:
                    Type: AWS::EC2::Subnet
                    Properties:
                      VpcId: !Ref Vpc
                      CidrBlock: 10.0.3.0/24
                  ImportedAssoc:
                    Type: AWS::EC2::SubnetRouteTableAssociation
                    Properties:
                      SubnetId: !Ref Imported
                      RouteTableId: !ImportValue shared-rt
                """);
        assertThat(n.routeTableOf(n.subnet(id("Subnet")).orElseThrow()).get().id()).isEqualTo(id("Rt"));
        assertThat(n.associationOf(id("Subnet"))).contains(id("Assoc"));
        assertThat(n.routeTableOf(n.subnet(id("Unassociated")).orElseThrow()).get().main()).isTrue();
        Known<RouteTable> imported = n.routeTableOf(n.subnet(id("Imported")).orElseThrow());
        assertThat(imported.isKnown()).isFalse();
        assertThat(imported.reason()).contains("shared-rt");
    }

    @Test
    void routesKeepTheirDestinationAndTargetAfterTheLocalRoute() {
        RegionNetwork n = region(VPC + """
                  Igw:
                    Type: AWS::EC2::InternetGateway
                  Attach:
                    Type: AWS::EC2::VPCGatewayAttachment
                    Properties:
                      VpcId: !Ref Vpc
                      InternetGatewayId: !Ref Igw
                  Default:
                    Type: AWS::EC2::Route
                    Properties:
                      RouteTableId: !Ref Rt
                      DestinationCidrBlock: 0.0.0.0/0
                      GatewayId: !Ref Igw
                  ToList:
                    Type: AWS::EC2::Route
                    Properties:
                      RouteTableId: !Ref Rt
                      DestinationPrefixListId: pl-12345678
                      TransitGatewayId: tgw-0123
                  NotACidr:
                    Type: AWS::EC2::Route
                    Properties:
                      RouteTableId: !Ref Rt
                      DestinationCidrBlock: somewhere
                      VpcPeeringConnectionId: pcx-1
                  NoTarget:
                    Type: AWS::EC2::Route
                    Properties:
                      RouteTableId: !Ref Rt
                      DestinationCidrBlock: 192.168.0.0/16
                """);
        assertThat(routes(n, "Rt")).containsExactly(
                "10.0.0.0/16 -> local",
                "0.0.0.0/0 -> gateway Igw",
                "prefix list 'pl-12345678' -> transit gateway (unknown: TransitGatewayId 'tgw-0123' names a "
                        + "resource outside the analysed templates)",
                "unknown destination ('somewhere' is not a CIDR block) -> peering connection (unknown: "
                        + "VpcPeeringConnectionId 'pcx-1' names a resource outside the analysed templates)",
                "192.168.0.0/16 -> unknown target (the route names no target)");
        assertThat(n.gateway(id("Igw")).orElseThrow().kind()).isEqualTo(Gateway.Kind.INTERNET);
        assertThat(n.attachments(id("Vpc"))).extracting(GatewayAttachment::gateway).containsExactly(Known.of(id("Igw")));
        assertThat(n.routes(id("Rt")).get(1).targetResource()).isEqualTo(id("Igw"));
        assertThat(n.routes(id("Rt")).get(4).targetResource()).isEqualTo(id("NoTarget"));
    }

    @Test
    void aRouteWhoseTableIsImportedIsUnplacedAndOneIntoATableOutsideTheRunIsKeptAsOther() {
        RegionNetwork n = region(VPC + """
                  Imported:
                    Type: AWS::EC2::Route
                    Properties:
                      RouteTableId: !ImportValue other-rt
                      DestinationCidrBlock: 0.0.0.0/0
                      NatGatewayId: nat-1
                """);
        assertThat(n.unplacedRoutes()).extracting(Route::id).containsExactly(id("Imported"));
        assertThat(n.unplacedRoutes().get(0).routeTable()).isEqualTo(id("Imported"));
        assertThat(routes(n, "Rt")).containsExactly("10.0.0.0/16 -> local");
    }

    @Test
    void aGatewayEndpointAddsItsServicesPrefixListRouteToEachTableItNames() {
        RegionNetwork n = region(VPC + """
                  S3:
                    Type: AWS::EC2::VPCEndpoint
                    Properties:
                      VpcId: !Ref Vpc
                      ServiceName: !Sub com.amazonaws.${AWS::Region}.s3
                      RouteTableIds: [!Ref Rt]
                  Unknown:
                    Type: AWS::EC2::VPCEndpoint
                    Properties:
                      VpcId: !Ref Vpc
                      ServiceName: !ImportValue the-service
                      RouteTableIds: [!Ref Rt]
                """);
        List<Route> rt = n.routes(id("Rt"));
        assertThat(rt).hasSize(3);
        assertThat(rt.get(1).destination()).isEqualTo(new RouteDestination.ServicePrefixList("s3", id("S3")));
        assertThat(rt.get(1).target()).isEqualTo(new RouteTarget.GatewayEndpoint(id("S3")));
        assertThat(rt.get(2).destination()).isInstanceOf(RouteDestination.Unresolved.class);
        assertThat(rt.get(2).destination().describe()).contains("gateway endpoint Unknown, whose service is unknown");
        assertThat(n.endpoints(id("Vpc"))).extracting(VpcEndpoint::id).containsExactly(id("S3"), id("Unknown"));
    }

    @Test
    void anInterfaceEndpointKeepsItsSubnetsGroupsPrivateDnsAndPolicy() {
        RegionNetwork n = region(VPC + """
                  Sts:
                    Type: AWS::EC2::VPCEndpoint
                    Properties:
                      VpcEndpointType: Interface
                      VpcId: !Ref Vpc
                      ServiceName: com.amazonaws.us-west-2.sts
                      SubnetIds: [!Ref Subnet]
                      SecurityGroupIds: [!GetAtt Vpc.DefaultSecurityGroup]
                      PrivateDnsEnabled: true
                      DnsOptions:
                        PrivateDnsOnlyForInboundResolverEndpoint: OnlyInboundResolver
                      PolicyDocument:
                        Statement: []
                """);
        VpcEndpoint e = n.endpoint(id("Sts")).orElseThrow();
        assertThat(e.type()).isEqualTo(VpcEndpoint.Type.INTERFACE);
        assertThat(e.service().get()).isEqualTo("sts");
        assertThat(e.subnets()).containsExactly(Known.of(id("Subnet")));
        assertThat(e.securityGroups()).containsExactly(Known.of(Vpc.defaultSecurityGroupId(id("Vpc"))));
        assertThat(e.privateDns().get()).isTrue();
        assertThat(e.onlyInboundResolver()).isTrue();
        assertThat(e.policy()).isNotNull();
        assertThat(n.routes(id("Rt"))).hasSize(1); // an interface endpoint adds no route
    }

    @Test
    void standaloneRulesJoinTheirGroupAndOnesOfAnUnknownGroupAreUnplacedWithWhy() {
        RegionNetwork n = region(VPC + """
                  Sg:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: app
                      VpcId: !Ref Vpc
                  In:
                    Type: AWS::EC2::SecurityGroupIngress
                    Properties:
                      GroupId: !GetAtt Sg.GroupId
                      IpProtocol: tcp
                      FromPort: 443
                      ToPort: 443
                      CidrIp: 10.0.0.0/16
                  Elsewhere:
                    Type: AWS::EC2::SecurityGroupEgress
                    Properties:
                      GroupId: !ImportValue shared-sg
                      IpProtocol: "-1"
                      CidrIp: 0.0.0.0/0
                """);
        SecurityGroup sg = n.securityGroup(id("Sg")).orElseThrow();
        assertThat(sg.ingress()).extracting(SecurityGroupRule::declaredBy).containsExactly(id("In"));
        assertThat(sg.ingress().get(0).fromPort()).isEqualTo(443);
        assertThat(sg.egress()).hasSize(1); // AWS's default allow-all egress: no inline egress
        assertThat(n.securityGroups(id("Vpc"))).extracting(SecurityGroup::id).contains(id("Sg"));
        assertThat(n.unplacedRules(false)).singleElement().asString().startsWith("Elsewhere (").contains("shared-sg");
        assertThat(n.unplacedRules(true)).isEmpty();
        assertThat(n.others()).extracting(OtherResource::id).contains(id("Elsewhere"));
    }

    @Test
    void cdksRestrictDefaultGroupResourceEmptiesTheDefaultGroup() {
        RegionNetwork open = region(VPC);
        RegionNetwork restricted = region(VPC + """
                  Restrict:
                    Type: Custom::VpcRestrictDefaultSG
                    Properties:
                      DefaultSecurityGroupId: !GetAtt Vpc.DefaultSecurityGroup
                """);
        ResourceId group = Vpc.defaultSecurityGroupId(id("Vpc"));
        assertThat(open.securityGroup(group).orElseThrow().egress()).isNotEmpty();
        assertThat(restricted.securityGroup(group).orElseThrow().ingress()).isEmpty();
        assertThat(restricted.securityGroup(group).orElseThrow().egress()).isEmpty();
    }

    @Test
    void aSubnetUsesItsAssociatedAclWithItsEntriesElseTheVpcsDefault() {
        RegionNetwork n = region(VPC + """
                  Acl:
                    Type: AWS::EC2::NetworkAcl
                    Properties:
                      VpcId: !Ref Vpc
                  Deny:
                    Type: AWS::EC2::NetworkAclEntry
                    Properties:
                      NetworkAclId: !Ref Acl
                      RuleNumber: 100
                      Protocol: 6
                      RuleAction: deny
                      Egress: true
                      CidrBlock: 0.0.0.0/0
                      PortRange: {From: 443, To: 443}
                  AclAssoc:
                    Type: AWS::EC2::SubnetNetworkAclAssociation
                    Properties:
                      SubnetId: !Ref Subnet
                      NetworkAclId: !Ref Acl
                  Other:
                    Type: AWS::EC2::Subnet
                    Properties:
                      VpcId: !Ref Vpc
                      CidrBlock: 10.0.9.0/24
                """);
        NetworkAcl acl = n.networkAclOf(n.subnet(id("Subnet")).orElseThrow()).get();
        assertThat(acl.id()).isEqualTo(id("Acl"));
        assertThat(acl.entries()).singleElement().satisfies(e -> {
            assertThat(e.ruleNumber()).isEqualTo(100);
            assertThat(e.egress()).isTrue();
            assertThat(e.allow()).isFalse();
            assertThat(e.fromPort()).isEqualTo(443);
        });
        assertThat(n.networkAclOf(n.subnet(id("Other")).orElseThrow()).get().id())
                .isEqualTo(Vpc.defaultNetworkAclId(id("Vpc")));
    }

    @Test
    void natGatewaysAreUnlessPrivatePublicAndElasticIpsMarkTheirInstance() {
        RegionNetwork n = region(VPC + """
                  Eip:
                    Type: AWS::EC2::EIP
                  Public:
                    Type: AWS::EC2::NatGateway
                    Properties:
                      SubnetId: !Ref Subnet
                      AllocationId: !GetAtt Eip.AllocationId
                  Private:
                    Type: AWS::EC2::NatGateway
                    Properties:
                      SubnetId: !Ref Subnet
                      ConnectivityType: private
                  Box:
                    Type: AWS::EC2::Instance
                    Properties:
                      SubnetId: !Ref Subnet
                  BoxIp:
                    Type: AWS::EC2::EIPAssociation
                    Properties:
                      InstanceId: !Ref Box
                      AllocationId: !GetAtt Eip.AllocationId
                """);
        NatGateway pub = n.natGateway(id("Public")).orElseThrow();
        assertThat(pub.publicConnectivity().get()).isTrue();
        assertThat(pub.allocation().get()).isEqualTo(id("Eip"));
        assertThat(pub.subnet().get()).isEqualTo(id("Subnet"));
        assertThat(n.natGateway(id("Private")).orElseThrow().publicConnectivity().get()).isFalse();
        assertThat(n.hasElasticIp(id("Box"))).isTrue();
        assertThat(n.hasElasticIp(id("Public"))).isFalse();
        assertThat(n.workloadsIn(id("Subnet"))).extracting(Workload::id).containsExactly(id("Box"));
    }

    @Test
    void transitGatewayPiecesAreReadAndTheDefaultTableIsNamedByTheGatewaysAttributes() {
        RegionNetwork n = region(VPC + """
                  Tgw:
                    Type: AWS::EC2::TransitGateway
                    Properties:
                      DefaultRouteTablePropagation: disable
                  TgwAttach:
                    Type: AWS::EC2::TransitGatewayAttachment
                    Properties:
                      TransitGatewayId: !Ref Tgw
                      VpcId: !Ref Vpc
                      SubnetIds: [!Ref Subnet]
                  Hole:
                    Type: AWS::EC2::TransitGatewayRoute
                    Properties:
                      TransitGatewayRouteTableId: !GetAtt Tgw.AssociationDefaultRouteTableId
                      DestinationCidrBlock: 10.9.0.0/16
                      Blackhole: true
                  Unknown:
                    Type: AWS::EC2::TransitGatewayRoute
                    Properties:
                      TransitGatewayRouteTableId: !Ref TgwRt
                      DestinationCidrBlock: !ImportValue onprem-cidr
                      TransitGatewayAttachmentId: !Ref TgwAttach
                  TgwRt:
                    Type: AWS::EC2::TransitGatewayRouteTable
                    Properties:
                      TransitGatewayId: !Ref Tgw
                  Propagation:
                    Type: AWS::EC2::TransitGatewayRouteTablePropagation
                    Properties:
                      TransitGatewayRouteTableId: !Ref TgwRt
                      TransitGatewayAttachmentId: !Ref TgwAttach
                """);
        Gateway tgw = n.gateway(id("Tgw")).orElseThrow();
        assertThat(tgw.kind()).isEqualTo(Gateway.Kind.TRANSIT);
        assertThat(tgw.defaultRouteTableAssociation()).isTrue();
        assertThat(tgw.defaultRouteTablePropagation()).isFalse();
        TransitGatewayAttachment a = n.transitGatewayAttachment(id("TgwAttach")).orElseThrow();
        assertThat(a.vpc().get()).isEqualTo(id("Vpc"));
        assertThat(n.transitGatewayRouteTable(id("TgwRt")).orElseThrow().transitGateway().get()).isEqualTo(id("Tgw"));
        assertThat(n.transitGatewayRoutes()).hasSize(2);
        TransitGatewayRoute hole = n.transitGatewayRoutes().get(0);
        assertThat(hole.routeTable().get()).isEqualTo(TransitGatewayRouteTable.defaultOf(id("Tgw")));
        assertThat(hole.blackhole()).isTrue();
        TransitGatewayRoute unknown = n.transitGatewayRoutes().get(1);
        assertThat(unknown.destination().isKnown()).isFalse();
        assertThat(unknown.attachment().get()).isEqualTo(id("TgwAttach"));
        assertThat(n.transitGatewayLinks()).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(TransitGatewayLink.Kind.PROPAGATION);
            assertThat(l.routeTable().get()).isEqualTo(id("TgwRt"));
        });
    }

    @Test
    void peeringAndVpnConnectionsWithStaticAndPropagatedRoutes() {
        RegionNetwork n = region(VPC + """
                  Peer:
                    Type: AWS::EC2::VPCPeeringConnection
                    Properties:
                      VpcId: !Ref Vpc
                      PeerVpcId: vpc-0abc
                      PeerRegion: eu-west-1
                  Vgw:
                    Type: AWS::EC2::VPNGateway
                    Properties:
                      Type: ipsec.1
                  Cgw:
                    Type: AWS::EC2::CustomerGateway
                    Properties:
                      IpAddress: 198.51.100.1
                      Type: ipsec.1
                  Vpn:
                    Type: AWS::EC2::VPNConnection
                    Properties:
                      VpnGatewayId: !Ref Vgw
                      CustomerGatewayId: !Ref Cgw
                      Type: ipsec.1
                  Static:
                    Type: AWS::EC2::VPNConnectionRoute
                    Properties:
                      VpnConnectionId: !Ref Vpn
                      DestinationCidrBlock: 192.168.0.0/16
                  Learned:
                    Type: AWS::EC2::VPNGatewayRoutePropagation
                    Properties:
                      VpnGatewayId: !Ref Vgw
                      RouteTableIds: [!Ref Rt]
                """);
        PeeringConnection p = n.peering(id("Peer")).orElseThrow();
        assertThat(p.vpc().get()).isEqualTo(id("Vpc"));
        assertThat(p.peerVpc().isKnown()).isFalse();
        assertThat(p.peerRegion()).isEqualTo("eu-west-1");
        assertThat(n.vpnConnections()).singleElement().satisfies(v -> {
            assertThat(v.vpnGateway().get()).isEqualTo(id("Vgw"));
            assertThat(v.customerGateway().get()).isEqualTo(id("Cgw"));
            assertThat(v.staticRoutes()).extracting(Cidrs::text).containsExactly("192.168.0.0/16");
        });
        assertThat(routes(n, "Rt")).containsExactly("10.0.0.0/16 -> local",
                "unknown destination (routes learned from on-premises) -> routes propagated from VPN gateway Vgw");
    }

    @Test
    void aPrefixListWithAnUnknownEntryIsUnknownWithWhy() {
        RegionNetwork n = region(VPC + """
                  Known:
                    Type: AWS::EC2::PrefixList
                    Properties:
                      PrefixListName: known
                      AddressFamily: IPv4
                      MaxEntries: 2
                      Entries:
                        - Cidr: 10.1.0.0/16
                        - Cidr: 10.2.0.0/16
                  Partly:
                    Type: AWS::EC2::PrefixList
                    Properties:
                      PrefixListName: partly
                      AddressFamily: IPv4
                      MaxEntries: 2
                      Entries:
                        - Cidr: 10.1.0.0/16
                        - Cidr: !ImportValue other-cidr
                """);
        assertThat(n.prefixList(id("Known")).orElseThrow().entries().get()).extracting(Cidrs::text)
                .containsExactly("10.1.0.0/16", "10.2.0.0/16");
        Known<List<inet.ipaddr.IPAddress>> partly = n.prefixList(id("Partly")).orElseThrow().entries();
        assertThat(partly.isKnown()).isFalse();
        assertThat(partly.reason()).contains("other-cidr");
    }

    @Test
    void aResourceWhoseConditionCannotBeDecidedIsUncertainWithItsReason() {
        RegionNetwork n = region("""
                Parameters:
                  WithNat:
                    Type: String
                Conditions:
                  UseNat: !Equals [!Ref WithNat, "yes"]
                """ + VPC.substring(VPC.indexOf("Resources:")) + """
                  Nat:
                    Type: AWS::EC2::NatGateway
                    Condition: UseNat
                    Properties:
                      SubnetId: !Ref Subnet
                """);
        assertThat(n.uncertain(id("Nat"))).hasValueSatisfying(r -> assertThat(r).startsWith(
                "whether Nat is created is unknown"));
        assertThat(n.uncertain(id("Subnet"))).isEmpty();
    }

    @Test
    void aNetworkInterfaceKeepsItsSubnetGroupsAndSourceDestCheck() {
        RegionNetwork n = region(VPC + """
                  Eni:
                    Type: AWS::EC2::NetworkInterface
                    Properties:
                      SubnetId: !Ref Subnet
                      GroupSet: [!GetAtt Vpc.DefaultSecurityGroup]
                      SourceDestCheck: false
                """);
        NetworkInterface eni = n.networkInterface(id("Eni")).orElseThrow();
        assertThat(eni.subnet().get()).isEqualTo(id("Subnet"));
        assertThat(eni.securityGroups()).containsExactly(Known.of(Vpc.defaultSecurityGroupId(id("Vpc"))));
        assertThat(n.forwards(id("Eni")).get()).isTrue();
    }
}
