package dev.airgap.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Centralized interface endpoints: a hub VPC with the endpoint (private DNS off), a spoke VPC that resolves the
 * service's name through a private hosted zone associated with it, and a transit gateway (or peering) between them.
 */
class HostedZonePathTest {

    /** Hub 10.0.0.0/16 with the SSM endpoint, spoke 10.1.0.0/16, a TGW with routes both ways. */
    private static final String HUB_AND_SPOKE = """
            Resources:
              Hub:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: 10.0.0.0/16
                  EnableDnsSupport: true
                  EnableDnsHostnames: true
              HubSubnet:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Ref Hub
                  CidrBlock: 10.0.1.0/24
                  AvailabilityZone: us-west-2a
              HubRt:
                Type: AWS::EC2::RouteTable
                Properties:
                  VpcId: !Ref Hub
              HubAssoc:
                Type: AWS::EC2::SubnetRouteTableAssociation
                Properties:
                  SubnetId: !Ref HubSubnet
                  RouteTableId: !Ref HubRt
              Spoke:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: 10.1.0.0/16
                  EnableDnsSupport: true
                  EnableDnsHostnames: true
              SpokeSubnet:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Ref Spoke
                  CidrBlock: 10.1.1.0/24
                  AvailabilityZone: us-west-2a
              SpokeRt:
                Type: AWS::EC2::RouteTable
                Properties:
                  VpcId: !Ref Spoke
              SpokeAssoc:
                Type: AWS::EC2::SubnetRouteTableAssociation
                Properties:
                  SubnetId: !Ref SpokeSubnet
                  RouteTableId: !Ref SpokeRt
              EndpointSg:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: endpoints
                  VpcId: !Ref Hub
                  SecurityGroupIngress:
                    - IpProtocol: tcp
                      FromPort: 443
                      ToPort: 443
                      CidrIp: 10.1.0.0/16
              Ssm:
                Type: AWS::EC2::VPCEndpoint
                Properties:
                  VpcEndpointType: Interface
                  VpcId: !Ref Hub
                  ServiceName: com.amazonaws.us-west-2.ssm
                  PrivateDnsEnabled: false
                  SubnetIds: [!Ref HubSubnet]
                  SecurityGroupIds: [!Ref EndpointSg]
              SsmZone:
                Type: AWS::Route53::HostedZone
                Properties:
                  Name: ssm.us-west-2.amazonaws.com.
                  VPCs:
                    - VPCId: !Ref Spoke
                      VPCRegion: us-west-2
                    - VPCId: !Ref Hub
                      VPCRegion: us-west-2
              SsmRecord:
                Type: AWS::Route53::RecordSet
                Properties:
                  HostedZoneId: !Ref SsmZone
                  Name: ssm.us-west-2.amazonaws.com
                  Type: A
                  AliasTarget:
                    DNSName: !Select [1, !Split [":", !Select [0, !GetAtt Ssm.DnsEntries]]]
                    HostedZoneId: !Select [0, !Split [":", !Select [0, !GetAtt Ssm.DnsEntries]]]
            """;

    private static final String TGW = """
              Tgw:
                Type: AWS::EC2::TransitGateway
              HubAttach:
                Type: AWS::EC2::TransitGatewayAttachment
                Properties:
                  TransitGatewayId: !Ref Tgw
                  VpcId: !Ref Hub
                  SubnetIds: [!Ref HubSubnet]
              SpokeAttach:
                Type: AWS::EC2::TransitGatewayAttachment
                Properties:
                  TransitGatewayId: !Ref Tgw
                  VpcId: !Ref Spoke
                  SubnetIds: [!Ref SpokeSubnet]
              SpokeToHub:
                Type: AWS::EC2::Route
                Properties:
                  RouteTableId: !Ref SpokeRt
                  DestinationCidrBlock: 0.0.0.0/0
                  TransitGatewayId: !Ref Tgw
            """;

    private static final String RETURN_ROUTE = """
              HubToSpoke:
                Type: AWS::EC2::Route
                Properties:
                  RouteTableId: !Ref HubRt
                  DestinationCidrBlock: 10.1.0.0/16
                  TransitGatewayId: !Ref Tgw
            """;

    private static final String SPOKE_ASSOCIATION = "        - VPCId: !Ref Spoke\n          VPCRegion: us-west-2\n";

    private static ServiceVerdict verdict(String yaml, String service) {
        PathResult r = Fixtures.analyze("us-west-2", yaml, new PathOptions(List.of(service), List.of()));
        return r.subnet("SpokeSubnet").orElseThrow().services().get(service);
    }

    private static List<String> components(ServiceVerdict v) {
        return v.hops().stream().map(Hop::component).toList();
    }

    @Test
    void aSpokeReachesTheHubsEndpointThroughTheZoneAndTheTransitGateway() {
        ServiceVerdict v = verdict(HUB_AND_SPOKE + TGW + RETURN_ROUTE, "ssm");
        assertThat(v.access()).isEqualTo(Access.INTERFACE_ENDPOINT);
        assertThat(v.endpoint()).isEqualTo("Ssm");
        assertThat(v.requiresEndpointUrl()).isFalse();
        // There through the TGW into the hub's attachment, back from the hub's table into the spoke's attachment.
        assertThat(components(v)).containsSubsequence("SpokeSubnet", "SsmZone", "SpokeRt", "Tgw", "HubAttach",
                "HubRt", "Tgw", "SpokeAttach", "EndpointSg", "Ssm");
        assertThat(v.reason()).contains("private hosted zone SsmZone (ssm.us-west-2.amazonaws.com)")
                .contains("interface endpoint Ssm");
        assertThat(v.codes()).contains(Code.PRIVATE_HOSTED_ZONE_ANSWER);
    }

    @Test
    void withoutTheZonesAssociationTheSpokeHasNoPrivatePath() {
        String unassociated = HUB_AND_SPOKE.replace(SPOKE_ASSOCIATION, "");
        ServiceVerdict v = verdict(unassociated + TGW + RETURN_ROUTE, "ssm");
        assertThat(v.access()).isNotEqualTo(Access.INTERFACE_ENDPOINT);
        assertThat(v.codes()).doesNotContain(Code.PRIVATE_HOSTED_ZONE_ANSWER);
        assertThat(components(v)).doesNotContain("SsmZone");
    }

    @Test
    void anEndpointGroupThatDoesNotAdmitTheSpokesBlockBlocksWithTheFix() {
        ServiceVerdict v = verdict((HUB_AND_SPOKE + TGW + RETURN_ROUTE).replace("CidrIp: 10.1.0.0/16",
                "CidrIp: 10.0.0.0/16"), "ssm");
        assertThat(v.access()).isEqualTo(Access.NONE);
        assertThat(v.blockers()).anySatisfy(b -> {
            assertThat(b.code()).isEqualTo(Code.ENI_SG_RULES_MISMATCH);
            assertThat(b.component()).isEqualTo("EndpointSg");
        });
    }

    @Test
    void aMissingReturnRouteInTheHubBlocks() {
        ServiceVerdict v = verdict(HUB_AND_SPOKE + TGW, "ssm");
        assertThat(v.access()).isEqualTo(Access.NONE);
        assertThat(v.blockers()).anySatisfy(b -> {
            assertThat(b.code()).isEqualTo(Code.NO_ROUTE_TO_DESTINATION);
            assertThat(b.component()).isEqualTo("HubRt");
            assertThat(b.message()).contains("back to SpokeSubnet");
        });
    }

    @Test
    void peeringBothWaysReachesTheHubsEndpoint() {
        String peering = """
                  Peer:
                    Type: AWS::EC2::VPCPeeringConnection
                    Properties:
                      VpcId: !Ref Spoke
                      PeerVpcId: !Ref Hub
                  SpokeToHub:
                    Type: AWS::EC2::Route
                    Properties:
                      RouteTableId: !Ref SpokeRt
                      DestinationCidrBlock: 10.0.0.0/16
                      VpcPeeringConnectionId: !Ref Peer
                  HubToSpoke:
                    Type: AWS::EC2::Route
                    Properties:
                      RouteTableId: !Ref HubRt
                      DestinationCidrBlock: 10.1.0.0/16
                      VpcPeeringConnectionId: !Ref Peer
                """;
        ServiceVerdict v = verdict(HUB_AND_SPOKE + peering, "ssm");
        assertThat(v.access()).isEqualTo(Access.INTERFACE_ENDPOINT);
        assertThat(components(v)).containsSubsequence("SsmZone", "SpokeRt", "Peer", "HubRt", "Peer", "Ssm");
    }

    @Test
    void aZonesAnswerBeatsTheSpokesGatewayEndpointRouteForS3() {
        String s3 = HUB_AND_SPOKE + TGW + RETURN_ROUTE + """
                  S3:
                    Type: AWS::EC2::VPCEndpoint
                    Properties:
                      VpcEndpointType: Interface
                      VpcId: !Ref Hub
                      ServiceName: com.amazonaws.us-west-2.s3
                      SubnetIds: [!Ref HubSubnet]
                      SecurityGroupIds: [!Ref EndpointSg]
                  S3Gateway:
                    Type: AWS::EC2::VPCEndpoint
                    Properties:
                      VpcId: !Ref Spoke
                      ServiceName: com.amazonaws.us-west-2.s3
                      RouteTableIds: [!Ref SpokeRt]
                  S3Zone:
                    Type: AWS::Route53::HostedZone
                    Properties:
                      Name: s3.us-west-2.amazonaws.com
                      VPCs:
                        - VPCId: !Ref Spoke
                          VPCRegion: us-west-2
                  S3Records:
                    Type: AWS::Route53::RecordSetGroup
                    Properties:
                      HostedZoneId: !Ref S3Zone
                      RecordSets:
                        - Name: s3.us-west-2.amazonaws.com
                          Type: A
                          AliasTarget:
                            DNSName: !Select [1, !Split [":", !Select [0, !GetAtt S3.DnsEntries]]]
                            HostedZoneId: !Select [0, !Split [":", !Select [0, !GetAtt S3.DnsEntries]]]
                        - Name: "*.s3.us-west-2.amazonaws.com"
                          Type: A
                          AliasTarget:
                            DNSName: !Select [1, !Split [":", !Select [0, !GetAtt S3.DnsEntries]]]
                            HostedZoneId: !Select [0, !Split [":", !Select [0, !GetAtt S3.DnsEntries]]]
                """;
        ServiceVerdict v = verdict(s3, "s3");
        assertThat(v.access()).isEqualTo(Access.INTERFACE_ENDPOINT);
        assertThat(v.endpoint()).isEqualTo("S3");
        assertThat(components(v)).contains("S3Zone", "Tgw").doesNotContain("S3Gateway");

        ServiceVerdict apexOnly = verdict(s3.substring(0, s3.indexOf("        - Name: \"*.s3")), "s3");
        assertThat(apexOnly.access()).isEqualTo(Access.NONE);
        assertThat(apexOnly.blockers()).anySatisfy(b -> {
            assertThat(b.code()).isEqualTo(Code.PRIVATE_HOSTED_ZONE_NO_RECORD);
            assertThat(b.message()).contains("{bucket}.s3.us-west-2.amazonaws.com");
        });
    }

    @Test
    void anAssociationTheTemplatesCannotGiveMakesTheAnswerUnknown() {
        String imported = HUB_AND_SPOKE.replace(SPOKE_ASSOCIATION, SPOKE_ASSOCIATION.replace("!Ref Spoke",
                "!ImportValue some-vpc"));
        ServiceVerdict v = verdict(imported + TGW + RETURN_ROUTE, "ssm");
        assertThat(v.access()).isEqualTo(Access.UNKNOWN);
        assertThat(v.reason()).contains("SsmZone").contains("some-vpc");
    }

    @Test
    void aRecordWithAddressesTheAnalysisCannotFollowIsUnknown() {
        String addresses = HUB_AND_SPOKE.substring(0, HUB_AND_SPOKE.indexOf("      AliasTarget:")) + """
                      TTL: 60
                      ResourceRecords: [10.0.1.10]
                """;
        ServiceVerdict v = verdict(addresses + TGW + RETURN_ROUTE, "ssm");
        assertThat(v.access()).isEqualTo(Access.UNKNOWN);
        assertThat(v.reason()).contains("SsmRecord").contains("10.0.1.10");
    }

    @Test
    void aParentZoneWithoutTheServicesRecordLeavesTheNameUnresolved() {
        String parent = HUB_AND_SPOKE.replace("Name: ssm.us-west-2.amazonaws.com.", "Name: us-west-2.amazonaws.com");
        ServiceVerdict sts = verdict(parent + TGW + RETURN_ROUTE, "sts");
        assertThat(sts.access()).isEqualTo(Access.NONE);
        assertThat(sts.blockers()).anySatisfy(b -> assertThat(b.code())
                .isEqualTo(Code.PRIVATE_HOSTED_ZONE_NO_RECORD));
        assertThat(verdict(parent + TGW + RETURN_ROUTE, "ssm").access()).isEqualTo(Access.INTERFACE_ENDPOINT);
    }

    private static final String FORWARD_RULE = """
              Forward:
                Type: AWS::Route53Resolver::ResolverRule
                Properties:
                  DomainName: us-west-2.amazonaws.com
                  RuleType: FORWARD
                  TargetIps:
                    - Ip: 10.0.1.53
              ForwardAssoc:
                Type: AWS::Route53Resolver::ResolverRuleAssociation
                Properties:
                  ResolverRuleId: !GetAtt Forward.ResolverRuleId
                  VPCId: !Ref Spoke
            """;

    @Test
    void aForwardingRuleOfTheSpokeComesBeforeItsZonesAndMakesTheAnswerUnknown() {
        ServiceVerdict v = verdict(HUB_AND_SPOKE + TGW + RETURN_ROUTE + FORWARD_RULE, "ssm");
        assertThat(v.access()).isEqualTo(Access.UNKNOWN);
        assertThat(v.reason()).contains("resolver rule Forward forwards queries for us-west-2.amazonaws.com");
    }

    @Test
    void aSystemRuleForTheServiceKeepsTheZonesAnswerUnderAForwardingParent() {
        String system = FORWARD_RULE + """
                  Keep:
                    Type: AWS::Route53Resolver::ResolverRule
                    Properties:
                      DomainName: ssm.us-west-2.amazonaws.com
                      RuleType: SYSTEM
                  KeepAssoc:
                    Type: AWS::Route53Resolver::ResolverRuleAssociation
                    Properties:
                      ResolverRuleId: !GetAtt Keep.ResolverRuleId
                      VPCId: !Ref Spoke
                """;
        assertThat(verdict(HUB_AND_SPOKE + TGW + RETURN_ROUTE + system, "ssm").access())
                .isEqualTo(Access.INTERFACE_ENDPOINT);
    }

    @Test
    void aRuleAssociationWithARuleFromElsewhereMakesEvenTheVpcsOwnPrivateDnsUnknown() {
        String own = HUB_AND_SPOKE + TGW + RETURN_ROUTE + """
                  OwnSts:
                    Type: AWS::EC2::VPCEndpoint
                    Properties:
                      VpcEndpointType: Interface
                      VpcId: !Ref Spoke
                      ServiceName: com.amazonaws.us-west-2.sts
                      PrivateDnsEnabled: true
                      SubnetIds: [!Ref SpokeSubnet]
                  SharedRule:
                    Type: AWS::Route53Resolver::ResolverRuleAssociation
                    Properties:
                      ResolverRuleId: !ImportValue shared-rule
                      VPCId: !Ref Spoke
                """;
        ServiceVerdict v = verdict(own, "sts");
        assertThat(v.access()).isEqualTo(Access.UNKNOWN);
        assertThat(v.reason()).contains("resolver rule association SharedRule").contains("shared-rule");
        assertThat(verdict(own.substring(0, own.indexOf("  SharedRule:")), "sts").access())
                .isEqualTo(Access.INTERFACE_ENDPOINT);
    }

    @Test
    void aRecordThatSendsTheServicesNameToAnotherServicesEndpointBlocks() {
        String wrong = (HUB_AND_SPOKE + TGW + RETURN_ROUTE).replace("Name: ssm.us-west-2.amazonaws.com.",
                "Name: us-west-2.amazonaws.com").replace("Name: ssm.us-west-2.amazonaws.com",
                "Name: \"*.us-west-2.amazonaws.com\"");
        ServiceVerdict sts = verdict(wrong, "sts");
        assertThat(sts.access()).isEqualTo(Access.NONE);
        assertThat(sts.blockers()).anySatisfy(b -> {
            assertThat(b.code()).isEqualTo(Code.PRIVATE_HOSTED_ZONE_WRONG_ENDPOINT);
            assertThat(b.message()).contains("which serves ssm, not sts");
        });
        assertThat(verdict(wrong, "ssm").access()).isEqualTo(Access.INTERFACE_ENDPOINT);
    }
}
