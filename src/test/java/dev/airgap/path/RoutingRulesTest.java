package dev.airgap.path;

import static dev.airgap.path.Fixtures.analyze;
import static dev.airgap.path.Fixtures.s3;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Routes, the main route table, internet gateways, NAT gateways and gateway endpoints: one rule per test. */
class RoutingRulesTest {

    private static final String REGION = "us-west-2";

    @Test
    void subnetWithoutAssociationUsesMainRouteTableWhichHasOnlyTheLocalRoute() {
        String yaml = Yaml.BASE + Yaml.IGW + """
              Lonely:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Ref Vpc
                  CidrBlock: 10.0.9.0/24
                  MapPublicIpOnLaunch: true
            """ + Yaml.route("Default", "RtA", "0.0.0.0/0", "GatewayId: !Ref Igw");
        PathResult r = analyze(REGION, yaml);
        ServiceVerdict v = s3(r, "Lonely");
        assertThat(v.access()).isEqualTo(Access.NONE);
        assertThat(v.codes()).contains(Code.NO_ROUTE_TO_DESTINATION);
        assertThat(v.hops()).anySatisfy(h -> assertThat(h.detail()).contains("main route table"));
        assertThat(v.blockers()).singleElement().satisfies(b -> {
            assertThat(b.code()).isEqualTo(Code.NO_ROUTE_TO_DESTINATION);
            assertThat(b.fix()).contains("gateway VPC endpoint for com.amazonaws.us-west-2.s3");
        });
        assertThat(r.subnet("Lonely").orElseThrow().internet().egress()).isEqualTo(Egress.NONE);
    }

    @Test
    void internetGatewayWithPublicIpIsInternetAccessAndNotPrivate() {
        String yaml = Yaml.BASE.replace("      AvailabilityZone: us-west-2a",
                "      AvailabilityZone: us-west-2a\n      MapPublicIpOnLaunch: true")
                + Yaml.IGW + Yaml.route("Default", "RtA", "0.0.0.0/0", "GatewayId: !Ref Igw");
        PathResult r = analyze(REGION, yaml);
        ServiceVerdict v = s3(r, "SubnetA");
        assertThat(v.access()).isEqualTo(Access.INTERNET_GATEWAY);
        assertThat(v.privatePath()).isFalse();
        assertThat(v.ipType()).isEqualTo(IpType.PUBLIC);
        assertThat(v.dnsName()).isEqualTo("s3.us-west-2.amazonaws.com");
        assertThat(v.hops()).extracting(Hop::component).contains("SubnetA", "RtA", "Igw");
        assertThat(r.subnet("SubnetA").orElseThrow().internet().egress()).isEqualTo(Egress.INTERNET_GATEWAY);
    }

    @Test
    void internetGatewayWithoutPublicIpDropsTheTraffic() {
        String yaml = Yaml.BASE + Yaml.IGW + Yaml.route("Default", "RtA", "0.0.0.0/0", "GatewayId: !Ref Igw");
        PathResult r = analyze(REGION, yaml);
        ServiceVerdict v = s3(r, "SubnetA");
        assertThat(v.access()).isEqualTo(Access.NONE);
        assertThat(v.codes()).contains(Code.IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS);
        assertThat(v.blockers()).anySatisfy(b -> assertThat(b.fix()).contains("MapPublicIpOnLaunch"));
        assertThat(r.subnet("SubnetA").orElseThrow().internet().egress()).isEqualTo(Egress.NONE);
    }

    @Test
    void instanceWithAssociatePublicIpAddressGetsThroughTheInternetGateway() {
        String yaml = Yaml.BASE + Yaml.IGW + Yaml.route("Default", "RtA", "0.0.0.0/0", "GatewayId: !Ref Igw")
                + Yaml.sg("AppSg", null) + """
              App:
                Type: AWS::EC2::Instance
                Properties:
                  ImageId: ami-1
                  NetworkInterfaces:
                    - DeviceIndex: "0"
                      SubnetId: !Ref SubnetA
                      AssociatePublicIpAddress: true
                      GroupSet: [!GetAtt AppSg.GroupId]
            """;
        assertThat(s3(analyze(REGION, yaml), "SubnetA").access()).isEqualTo(Access.INTERNET_GATEWAY);
    }

    @Test
    void lambdaNeverHasAPublicIp() {
        String yaml = Yaml.BASE.replace("      AvailabilityZone: us-west-2a",
                "      AvailabilityZone: us-west-2a\n      MapPublicIpOnLaunch: true")
                + Yaml.IGW + Yaml.route("Default", "RtA", "0.0.0.0/0", "GatewayId: !Ref Igw")
                + Yaml.sg("FnSg", null) + """
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Runtime: python3.12
                  VpcConfig:
                    SubnetIds: [!Ref SubnetA]
                    SecurityGroupIds: [!GetAtt FnSg.GroupId]
            """;
        ServiceVerdict v = s3(analyze(REGION, yaml), "SubnetA");
        assertThat(v.access()).isEqualTo(Access.NONE);
        assertThat(v.codes()).contains(Code.IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS);
    }

    @Test
    void internetGatewayMustBeAttachedToTheVpc() {
        String yaml = Yaml.BASE.replace("      AvailabilityZone: us-west-2a",
                "      AvailabilityZone: us-west-2a\n      MapPublicIpOnLaunch: true") + """
              Igw:
                Type: AWS::EC2::InternetGateway
            """ + Yaml.route("Default", "RtA", "0.0.0.0/0", "GatewayId: !Ref Igw");
        ServiceVerdict v = s3(analyze(REGION, yaml), "SubnetA");
        assertThat(v.access()).isEqualTo(Access.NONE);
        assertThat(v.blockers()).anySatisfy(b -> {
            assertThat(b.code()).isEqualTo(Code.IGW_NOT_ATTACHED_TO_VPC);
            assertThat(b.fix()).contains("VPCGatewayAttachment");
        });
    }

    @Test
    void natGatewayWithItsOwnInternetRouteIsNatAccess() {
        PathResult r = analyze(REGION, Yaml.BASE + Yaml.NAT);
        ServiceVerdict v = s3(r, "SubnetB");
        assertThat(v.access()).isEqualTo(Access.NAT_GATEWAY);
        assertThat(v.privatePath()).isFalse();
        assertThat(v.hops()).extracting(Hop::component).containsSubsequence("SubnetB", "RtB", "Nat", "SubnetA", "RtA",
                "Igw");
        assertThat(r.subnet("SubnetB").orElseThrow().internet().egress()).isEqualTo(Egress.NAT_GATEWAY);
    }

    @Test
    void natGatewayWithoutInternetRouteReachesNothing() {
        String yaml = (Yaml.BASE + Yaml.NAT).replace("0.0.0.0/0\n      GatewayId: !Ref Igw",
                "192.168.0.0/16\n      GatewayId: !Ref Igw");
        ServiceVerdict v = s3(analyze(REGION, yaml), "SubnetB");
        assertThat(v.access()).isEqualTo(Access.NONE);
        assertThat(v.codes()).contains(Code.NO_ROUTE_TO_DESTINATION, Code.NGW_NO_INTERNET_ROUTE);
        assertThat(v.blockers()).anySatisfy(b -> assertThat(b.component()).isEqualTo("RtA"));
    }

    @Test
    void privateNatGatewayCannotUseTheInternetGateway() {
        String yaml = (Yaml.BASE + Yaml.NAT).replace("      AllocationId: !GetAtt Eip.AllocationId",
                "      ConnectivityType: private");
        ServiceVerdict v = s3(analyze(REGION, yaml), "SubnetB");
        assertThat(v.access()).isEqualTo(Access.NONE);
        assertThat(v.codes()).contains(Code.NGW_PRIVATE_CONNECTIVITY);
    }

    @Test
    void gatewayEndpointPrefixListBeatsTheDefaultRoute() {
        PathResult r = analyze(REGION, Yaml.BASE + Yaml.NAT + Yaml.s3Gateway("S3Endpoint", "RtB"));
        ServiceVerdict v = s3(r, "SubnetB");
        assertThat(v.access()).isEqualTo(Access.GATEWAY_ENDPOINT);
        assertThat(v.privatePath()).isTrue();
        assertThat(v.ipType()).isEqualTo(IpType.PUBLIC);
        assertThat(v.endpoint()).isEqualTo("S3Endpoint");
        assertThat(v.requiresEndpointUrl()).isFalse();
        assertThat(v.dnsName()).isEqualTo("s3.us-west-2.amazonaws.com");
        // the internet is still reached through the NAT gateway
        assertThat(r.subnet("SubnetB").orElseThrow().internet().egress()).isEqualTo(Egress.NAT_GATEWAY);
    }

    @Test
    void gatewayEndpointServesOnlyTheRouteTablesItLists() {
        PathResult r = analyze(REGION, Yaml.BASE + Yaml.s3Gateway("S3Endpoint", "RtA"));
        assertThat(s3(r, "SubnetA").access()).isEqualTo(Access.GATEWAY_ENDPOINT);
        assertThat(s3(r, "SubnetB").access()).isEqualTo(Access.NONE);
    }

    @Test
    void gatewayIsTheDefaultEndpointTypeAndRegionAgnosticServiceNamesAreRecognised() {
        PathResult r = analyze(null, Yaml.BASE + Yaml.s3Gateway("S3Endpoint", "RtA"));
        ServiceVerdict v = s3(r, "SubnetA");
        assertThat(v.access()).isEqualTo(Access.GATEWAY_ENDPOINT);
        assertThat(v.dnsName()).isEqualTo("s3.{region}.amazonaws.com");
    }

    @Test
    void chinaServiceNamesAreRecognised() {
        String yaml = Yaml.BASE + """
              Ddb:
                Type: AWS::EC2::VPCEndpoint
                Properties:
                  VpcId: !Ref Vpc
                  ServiceName: cn.com.amazonaws.cn-north-1.dynamodb
                  RouteTableIds: [!Ref RtA]
            """;
        PathResult r = analyze("cn-north-1", yaml);
        assertThat(r.services()).containsExactly("s3", "dynamodb");
        ServiceVerdict v = r.subnet("SubnetA").orElseThrow().services().get("dynamodb");
        assertThat(v.access()).isEqualTo(Access.GATEWAY_ENDPOINT);
        assertThat(v.dnsName()).isEqualTo("dynamodb.cn-north-1.amazonaws.com.cn");
    }

    @Test
    void gatewayEndpointOnTheNatsRouteTableStillCountsAsNat() {
        PathResult r = analyze(REGION, Yaml.BASE + Yaml.NAT + Yaml.s3Gateway("S3Endpoint", "RtA"));
        ServiceVerdict v = s3(r, "SubnetB");
        assertThat(v.access()).isEqualTo(Access.NAT_GATEWAY);
        assertThat(v.hops()).extracting(Hop::component).containsSubsequence("Nat", "RtA", "S3Endpoint");
        assertThat(v.privatePath()).isFalse();
    }

    @Test
    void aMoreSpecificPublicRouteMakesTheVerdictUnknownRatherThanAGuess() {
        String yaml = Yaml.BASE + Yaml.NAT + Yaml.s3Gateway("S3Endpoint", "RtB")
                + Yaml.route("Narrow", "RtB", "52.216.0.0/15", "GatewayId: !Ref Igw");
        ServiceVerdict v = s3(analyze(REGION, yaml), "SubnetB");
        assertThat(v.access()).isEqualTo(Access.UNKNOWN);
        assertThat(v.reason()).contains("52.216.0.0/15");
    }

    @Test
    void securityGroupWithoutHttpsEgressBlocksAndNamesTheFix() {
        String yaml = Yaml.BASE + Yaml.s3Gateway("S3Endpoint", "RtA") + """
              LockedSg:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: locked
                  VpcId: !Ref Vpc
                  SecurityGroupEgress:
                    - IpProtocol: tcp
                      FromPort: 80
                      ToPort: 80
                      CidrIp: 0.0.0.0/0
            """ + Yaml.instance("App", "SubnetA", "LockedSg");
        ServiceVerdict v = s3(analyze(REGION, yaml), "SubnetA");
        assertThat(v.access()).isEqualTo(Access.NONE);
        assertThat(v.blockers()).anySatisfy(b -> {
            assertThat(b.code()).isEqualTo(Code.ENI_SG_RULES_MISMATCH);
            assertThat(b.component()).isEqualTo("LockedSg");
            assertThat(b.fix()).contains("allow tcp/443 out");
        });
    }

    @Test
    void egressToAnUnknownPrefixListIsUnknownNotAllowed() {
        // An ID in no catalog (pl-68a54001, us-west-2's S3 list, is decided: see ManagedPrefixListTest).
        String yaml = Yaml.BASE + Yaml.s3Gateway("S3Endpoint", "RtA") + """
              PlSg:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: to s3 prefix list
                  VpcId: !Ref Vpc
                  SecurityGroupEgress:
                    - IpProtocol: tcp
                      FromPort: 443
                      ToPort: 443
                      DestinationPrefixListId: pl-0123456789abcdef0
            """ + Yaml.instance("App", "SubnetA", "PlSg");
        ServiceVerdict v = s3(analyze(REGION, yaml), "SubnetA");
        assertThat(v.access()).isEqualTo(Access.UNKNOWN);
        assertThat(v.codes()).contains(Code.ASSUMED_UNRESOLVED_VALUE);
    }

    @Test
    void withoutWorkloadsAnySecurityGroupOfTheVpcCountsAndIsNamed() {
        String yaml = Yaml.BASE + Yaml.s3Gateway("S3Endpoint", "RtA") + """
              LockedSg:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: locked
                  VpcId: !Ref Vpc
                  SecurityGroupEgress:
                    - IpProtocol: tcp
                      FromPort: 80
                      ToPort: 80
                      CidrIp: 0.0.0.0/0
            """ + Yaml.sg("OpenSg", null);
        ServiceVerdict v = s3(analyze(REGION, yaml), "SubnetA");
        assertThat(v.access()).isEqualTo(Access.GATEWAY_ENDPOINT);
        assertThat(v.securityGroups()).contains("OpenSg").doesNotContain("LockedSg");
        assertThat(v.codes()).contains(Code.ASSUMED_ANY_SECURITY_GROUP_OF_VPC);
    }

    @Test
    void networkAclDenyingRepliesBlocksTheGatewayEndpointPath() {
        String yaml = Yaml.BASE + Yaml.s3Gateway("S3Endpoint", "RtA") + """
              Acl:
                Type: AWS::EC2::NetworkAcl
                Properties:
                  VpcId: !Ref Vpc
              AclAssoc:
                Type: AWS::EC2::SubnetNetworkAclAssociation
                Properties:
                  SubnetId: !Ref SubnetA
                  NetworkAclId: !Ref Acl
              Out443:
                Type: AWS::EC2::NetworkAclEntry
                Properties:
                  NetworkAclId: !Ref Acl
                  RuleNumber: 100
                  Protocol: 6
                  RuleAction: allow
                  Egress: true
                  CidrBlock: 0.0.0.0/0
                  PortRange: {From: 443, To: 443}
            """;
        ServiceVerdict v = s3(analyze(REGION, yaml), "SubnetA");
        assertThat(v.access()).isEqualTo(Access.NONE);
        assertThat(v.blockers()).anySatisfy(b -> {
            assertThat(b.code()).isEqualTo(Code.SUBNET_ACL_RESTRICTION);
            assertThat(b.fix()).contains("inbound").contains("1024-65535");
        });
        String fixed = yaml + """
              InEphemeral:
                Type: AWS::EC2::NetworkAclEntry
                Properties:
                  NetworkAclId: !Ref Acl
                  RuleNumber: 100
                  Protocol: 6
                  RuleAction: allow
                  Egress: false
                  CidrBlock: 0.0.0.0/0
                  PortRange: {From: 1024, To: 65535}
            """;
        assertThat(s3(analyze(REGION, fixed), "SubnetA").access()).isEqualTo(Access.GATEWAY_ENDPOINT);
    }

    @Test
    void aGatewayEndpointOfAnotherRegionDoesNotServeThisOne() {
        String yaml = Yaml.BASE + Yaml.s3Gateway("S3Endpoint", "RtA").replace("com.amazonaws.${AWS::Region}.s3",
                "com.amazonaws.us-east-1.s3");
        ServiceVerdict v = s3(analyze(REGION, yaml), "SubnetA");
        assertThat(v.access()).isEqualTo(Access.NONE);
        assertThat(v.codes()).contains(Code.GATEWAY_ENDPOINT_OTHER_REGION);
    }

    @Test
    void withSeveralWorkloadsThePathCountsWhenOneGetsThroughAndNamesIt() {
        String yaml = Yaml.BASE + Yaml.s3Gateway("S3Endpoint", "RtA") + """
              LockedSg:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: locked
                  VpcId: !Ref Vpc
                  SecurityGroupEgress:
                    - IpProtocol: tcp
                      FromPort: 5432
                      ToPort: 5432
                      CidrIp: 10.0.0.0/16
            """ + Yaml.sg("OpenSg", null) + Yaml.instance("Db", "SubnetA", "LockedSg")
                + Yaml.instance("App", "SubnetA", "OpenSg");
        ServiceVerdict v = s3(analyze(REGION, yaml), "SubnetA");
        assertThat(v.access()).isEqualTo(Access.GATEWAY_ENDPOINT);
        assertThat(v.securityGroups()).containsExactly("OpenSg");
        assertThat(v.client().logicalId()).isEqualTo("App");
        assertThat(v.codes()).doesNotContain(Code.ASSUMED_ANY_SECURITY_GROUP_OF_VPC);
    }

    @Test
    void narrowerPublicRoutesDoNotHideInternetEgress() {
        String yaml = (Yaml.BASE + Yaml.NAT).replace("      AvailabilityZone: us-west-2b",
                "      AvailabilityZone: us-west-2b\n      MapPublicIpOnLaunch: true")
                + Yaml.route("Partial", "RtB", "52.0.0.0/8", "GatewayId: !Ref Igw");
        PathResult r = analyze(REGION, yaml);
        EgressVerdict e = r.subnet("SubnetB").orElseThrow().internet();
        assertThat(e.egress()).isEqualTo(Egress.INTERNET_GATEWAY);
        assertThat(e.reason()).contains("52.0.0.0/8");
        // which of S3's addresses 52.0.0.0/8 covers is not in the templates
        assertThat(s3(r, "SubnetB").access()).isEqualTo(Access.UNKNOWN);
    }

    @Test
    void aWorkloadWhoseGroupsAreImportedIsUnknownNotAssumedOpen() {
        String yaml = Yaml.BASE + Yaml.s3Gateway("S3Endpoint", "RtA") + """
              App:
                Type: AWS::EC2::Instance
                Properties:
                  ImageId: ami-1
                  SubnetId: !Ref SubnetA
                  SecurityGroupIds: [!ImportValue shared-app-sg]
            """;
        ServiceVerdict v = s3(analyze(REGION, yaml), "SubnetA");
        assertThat(v.access()).isEqualTo(Access.UNKNOWN);
        assertThat(v.reason()).contains("security groups of App");
    }
}
