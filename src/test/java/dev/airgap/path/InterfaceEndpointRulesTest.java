package dev.airgap.path;

import static dev.airgap.path.Fixtures.analyze;
import static dev.airgap.path.Fixtures.s3;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Interface endpoints: private DNS, endpoint URL, security groups, ACLs, AZs. */
class InterfaceEndpointRulesTest {

    private static final String REGION = "us-west-2";

    @Test
    void privateDnsMakesTheRegionalNameResolveToTheEndpoint() {
        String yaml = Yaml.BASE + Yaml.sg("EpSg", "10.0.0.0/16")
                + Yaml.interfaceEndpoint("Ssm", "ssm", true, "EpSg", "SubnetA", "SubnetB");
        PathResult r = analyze(REGION, yaml);
        assertThat(r.services()).containsExactly("s3", "ssm");
        ServiceVerdict v = r.subnet("SubnetA").orElseThrow().services().get("ssm");
        assertThat(v.access()).isEqualTo(Access.INTERFACE_ENDPOINT);
        assertThat(v.privatePath()).isTrue();
        assertThat(v.ipType()).isEqualTo(IpType.PRIVATE);
        assertThat(v.requiresEndpointUrl()).isFalse();
        assertThat(v.dnsName()).isEqualTo("ssm.us-west-2.amazonaws.com");
        assertThat(v.endpoint()).isEqualTo("Ssm");
        assertThat(v.hops()).extracting(Hop::component).containsSubsequence("SubnetA", "RtA", "EpSg", "Ssm");
    }

    @Test
    void withoutPrivateDnsTheClientNeedsTheEndpointUrl() {
        String yaml = Yaml.BASE + Yaml.sg("InstanceSg", null) + Yaml.sg("EpSg", "InstanceSg")
                + Yaml.interfaceEndpoint("S3Interface", "s3", false, "EpSg", "SubnetA", "SubnetB")
                + Yaml.instance("App", "SubnetA", "InstanceSg");
        ServiceVerdict v = s3(analyze(REGION, yaml), "SubnetA");
        assertThat(v.access()).isEqualTo(Access.INTERFACE_ENDPOINT);
        assertThat(v.requiresEndpointUrl()).isTrue();
        assertThat(v.dnsName()).isEqualTo("bucket.vpce-{S3Interface}.s3.us-west-2.vpce.amazonaws.com");
        assertThat(v.codes()).contains(Code.INTERFACE_ENDPOINT_REQUIRES_ENDPOINT_URL);
        assertThat(v.securityGroups()).containsExactly("InstanceSg");
        assertThat(v.reason()).contains("--endpoint-url");
    }

    @Test
    void endpointSecurityGroupMustAdmitTheClientsGroup() {
        String yaml = Yaml.BASE + Yaml.sg("InstanceSg", null) + Yaml.sg("OtherSg", null) + Yaml.sg("EpSg", "OtherSg")
                + Yaml.interfaceEndpoint("Ssm", "ssm", true, "EpSg", "SubnetA")
                + Yaml.instance("App", "SubnetA", "InstanceSg");
        ServiceVerdict v = analyze(REGION, yaml).subnet("SubnetA").orElseThrow().services().get("ssm");
        assertThat(v.access()).isEqualTo(Access.NONE);
        assertThat(v.blockers()).anySatisfy(b -> {
            assertThat(b.code()).isEqualTo(Code.ENI_SG_RULES_MISMATCH);
            assertThat(b.component()).isEqualTo("EpSg");
            assertThat(b.fix()).isEqualTo("allow tcp/443 from InstanceSg (or SubnetA (10.0.1.0/24)) on EpSg");
        });
    }

    @Test
    void endpointSecurityGroupAdmittingTheClientCidrIsEnough() {
        String yaml = Yaml.BASE + Yaml.sg("InstanceSg", null) + Yaml.sg("EpSg", "10.0.1.0/24")
                + Yaml.interfaceEndpoint("Ssm", "ssm", true, "EpSg", "SubnetA", "SubnetB")
                + Yaml.instance("AppA", "SubnetA", "InstanceSg") + Yaml.instance("AppB", "SubnetB", "InstanceSg");
        PathResult r = analyze(REGION, yaml);
        assertThat(r.subnet("SubnetA").orElseThrow().services().get("ssm").access())
                .isEqualTo(Access.INTERFACE_ENDPOINT);
        assertThat(r.subnet("SubnetB").orElseThrow().services().get("ssm").access()).isEqualTo(Access.NONE);
    }

    @Test
    void aSubnetInAnotherAzReachesTheEndpointAcrossAzs() {
        String yaml = Yaml.BASE + Yaml.sg("EpSg", "10.0.0.0/16")
                + Yaml.interfaceEndpoint("Ssm", "ssm", true, "EpSg", "SubnetA");
        ServiceVerdict v = analyze(REGION, yaml).subnet("SubnetB").orElseThrow().services().get("ssm");
        assertThat(v.access()).isEqualTo(Access.INTERFACE_ENDPOINT);
        assertThat(v.codes()).contains(Code.VPCE_SERVICE_NOT_INSTALLED_IN_AZ);
    }

    @Test
    void privateDnsEndpointThatIsBlockedGivesNoneEvenWithANatRoute() {
        // The regional name resolves to the endpoint: the NAT route is not taken.
        String yaml = Yaml.BASE + Yaml.NAT + Yaml.sg("InstanceSg", null) + Yaml.sg("EpSg", "192.168.0.0/16")
                + Yaml.interfaceEndpoint("Ssm", "ssm", true, "EpSg", "SubnetB")
                + Yaml.instance("App", "SubnetB", "InstanceSg");
        ServiceVerdict v = analyze(REGION, yaml).subnet("SubnetB").orElseThrow().services().get("ssm");
        assertThat(v.access()).isEqualTo(Access.NONE);
        assertThat(v.codes()).contains(Code.ENI_SG_RULES_MISMATCH);
    }

    @Test
    void withoutPrivateDnsTheDefaultClientKeepsTheNatPath() {
        String yaml = Yaml.BASE + Yaml.NAT + Yaml.sg("EpSg", "10.0.0.0/16")
                + Yaml.interfaceEndpoint("S3Interface", "s3", false, "EpSg", "SubnetB");
        ServiceVerdict v = s3(analyze(REGION, yaml), "SubnetB");
        assertThat(v.access()).isEqualTo(Access.NAT_GATEWAY);
        assertThat(v.requiresEndpointUrl()).isFalse();
    }

    @Test
    void networkAclsApplyBothWaysWhenTheEndpointIsInAnotherSubnet() {
        String acl = """
              Acl:
                Type: AWS::EC2::NetworkAcl
                Properties:
                  VpcId: !Ref Vpc
              AclAssoc:
                Type: AWS::EC2::SubnetNetworkAclAssociation
                Properties:
                  SubnetId: !Ref SubnetB
                  NetworkAclId: !Ref Acl
              In443:
                Type: AWS::EC2::NetworkAclEntry
                Properties:
                  NetworkAclId: !Ref Acl
                  RuleNumber: 100
                  Protocol: 6
                  RuleAction: allow
                  Egress: false
                  CidrBlock: 10.0.0.0/16
                  PortRange: {From: 443, To: 443}
            """;
        String yaml = Yaml.BASE + Yaml.sg("EpSg", "10.0.0.0/16")
                + Yaml.interfaceEndpoint("Ssm", "ssm", true, "EpSg", "SubnetB") + acl;
        PathResult r = analyze(REGION, yaml);
        ServiceVerdict fromA = r.subnet("SubnetA").orElseThrow().services().get("ssm");
        assertThat(fromA.access()).isEqualTo(Access.NONE);
        assertThat(fromA.blockers()).singleElement().satisfies(b -> {
            assertThat(b.component()).isEqualTo("Acl");
            assertThat(b.message()).contains("outbound tcp/1024-65535");
        });
        // From its own subnet the traffic does not cross a subnet boundary: ACLs do not apply.
        assertThat(r.subnet("SubnetB").orElseThrow().services().get("ssm").access())
                .isEqualTo(Access.INTERFACE_ENDPOINT);
    }

    @Test
    void everyBlockerIsListedAtOnce() {
        String yaml = Yaml.BASE + Yaml.sg("InstanceSg", null) + Yaml.sg("EpSg", "192.168.0.0/16")
                + Yaml.interfaceEndpoint("Ssm", "ssm", true, "EpSg", "SubnetB")
                + Yaml.instance("App", "SubnetA", "InstanceSg") + """
              Acl:
                Type: AWS::EC2::NetworkAcl
                Properties:
                  VpcId: !Ref Vpc
              AclAssoc:
                Type: AWS::EC2::SubnetNetworkAclAssociation
                Properties:
                  SubnetId: !Ref SubnetB
                  NetworkAclId: !Ref Acl
            """;
        ServiceVerdict v = analyze(REGION, yaml).subnet("SubnetA").orElseThrow().services().get("ssm");
        assertThat(v.access()).isEqualTo(Access.NONE);
        assertThat(v.blockers()).extracting(Blocker::component).contains("Acl", "EpSg");
        assertThat(v.blockers()).extracting(Blocker::code).contains(Code.SUBNET_ACL_RESTRICTION,
                Code.ENI_SG_RULES_MISMATCH);
    }

    @Test
    void s3PrivateDnsOnlyForInboundResolverKeepsInVpcClientsOnTheGatewayEndpoint() {
        String yaml = Yaml.BASE + Yaml.sg("EpSg", "10.0.0.0/16") + Yaml.s3Gateway("S3Gateway", "RtA", "RtB")
                + Yaml.interfaceEndpoint("S3Interface", "s3", true, "EpSg", "SubnetA", "SubnetB")
                + """
                  DnsOptions:
                    PrivateDnsOnlyForInboundResolverEndpoint: OnlyInboundResolver
            """;
        ServiceVerdict v = s3(analyze(REGION, yaml), "SubnetA");
        assertThat(v.access()).isEqualTo(Access.GATEWAY_ENDPOINT);
        assertThat(v.endpoint()).isEqualTo("S3Gateway");
        assertThat(v.codes()).contains(Code.PRIVATE_DNS_ONLY_FOR_INBOUND_RESOLVER);
    }

    @Test
    void endpointWithoutSecurityGroupsUsesTheVpcDefaultGroup() {
        String yaml = Yaml.BASE + """
              Ssm:
                Type: AWS::EC2::VPCEndpoint
                Properties:
                  VpcId: !Ref Vpc
                  VpcEndpointType: Interface
                  ServiceName: com.amazonaws.us-west-2.ssm
                  PrivateDnsEnabled: true
                  SubnetIds: [!Ref SubnetA]
              App:
                Type: AWS::EC2::Instance
                Properties:
                  ImageId: ami-1
                  SubnetId: !Ref SubnetA
            """;
        // The instance has no groups either: both use the default group, which admits its own members.
        ServiceVerdict v = analyze(REGION, yaml).subnet("SubnetA").orElseThrow().services().get("ssm");
        assertThat(v.access()).isEqualTo(Access.INTERFACE_ENDPOINT);
        assertThat(v.securityGroups()).containsExactly("Vpc.DefaultSecurityGroup");
    }

    @Test
    void unknownPrivateDnsIsUnknown() {
        String yaml = Yaml.BASE + Yaml.NAT + Yaml.sg("EpSg", "10.0.0.0/16")
                + Yaml.interfaceEndpoint("Ssm", "ssm", true, "EpSg", "SubnetB").replace("PrivateDnsEnabled: true",
                "PrivateDnsEnabled: !ImportValue dns-flag");
        ServiceVerdict v = analyze(REGION, yaml).subnet("SubnetB").orElseThrow().services().get("ssm");
        assertThat(v.access()).isEqualTo(Access.UNKNOWN);
        assertThat(v.reason()).contains("PrivateDnsEnabled");
    }

    @Test
    void privateDnsNeedsTheVpcDnsAttributes() {
        String yaml = (Yaml.BASE + Yaml.sg("EpSg", "10.0.0.0/16")
                + Yaml.interfaceEndpoint("Ssm", "ssm", true, "EpSg", "SubnetA"))
                .replace("      EnableDnsHostnames: true\n", "");
        ServiceVerdict v = analyze(REGION, yaml).subnet("SubnetA").orElseThrow().services().get("ssm");
        assertThat(v.access()).isEqualTo(Access.NONE);
        assertThat(v.blockers()).anySatisfy(b -> {
            assertThat(b.code()).isEqualTo(Code.PRIVATE_DNS_NEEDS_VPC_DNS_ATTRIBUTES);
            assertThat(b.fix()).contains("EnableDnsHostnames: true on Vpc");
        });
    }
}
