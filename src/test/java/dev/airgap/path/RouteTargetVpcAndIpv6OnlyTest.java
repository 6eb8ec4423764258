package dev.airgap.path;

import static dev.airgap.path.Fixtures.analyze;
import static dev.airgap.path.Fixtures.s3;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A route target must be in the route table's own VPC; an IPv6-only subnet has no IPv4 path at all. */
class RouteTargetVpcAndIpv6OnlyTest {

    private static final String REGION = "us-west-2";

    /** Yaml.BASE plus a second VPC whose public subnet holds a NAT gateway; RtB routes to that NAT gateway. */
    private static final String OTHER_VPC_NAT = Yaml.BASE + Yaml.IGW + Yaml.route("PublicRoute", "RtA", "0.0.0.0/0",
            "GatewayId: !Ref Igw") + """
              OtherVpc:
                Type: AWS::EC2::VPC
                Properties: {CidrBlock: 10.1.0.0/16}
              OtherIgw: {Type: AWS::EC2::InternetGateway}
              OtherAttachment:
                Type: AWS::EC2::VPCGatewayAttachment
                Properties: {VpcId: !Ref OtherVpc, InternetGatewayId: !Ref OtherIgw}
              OtherPublic:
                Type: AWS::EC2::Subnet
                Properties: {VpcId: !Ref OtherVpc, CidrBlock: 10.1.1.0/24, AvailabilityZone: us-west-2a}
              OtherRt:
                Type: AWS::EC2::RouteTable
                Properties: {VpcId: !Ref OtherVpc}
              OtherAssoc:
                Type: AWS::EC2::SubnetRouteTableAssociation
                Properties: {SubnetId: !Ref OtherPublic, RouteTableId: !Ref OtherRt}
              OtherDefault:
                Type: AWS::EC2::Route
                Properties: {RouteTableId: !Ref OtherRt, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref OtherIgw}
              OtherEip: {Type: AWS::EC2::EIP, Properties: {Domain: vpc}}
              OtherNat:
                Type: AWS::EC2::NatGateway
                Properties: {SubnetId: !Ref OtherPublic, AllocationId: !GetAtt OtherEip.AllocationId}
            """ + Yaml.route("PrivateRoute", "RtB", "0.0.0.0/0", "NatGatewayId: !Ref OtherNat");

    @Test
    void aRouteToTheNatGatewayOfAnotherVpcCarriesNothing() {
        PathResult r = analyze(REGION, OTHER_VPC_NAT);
        ServiceVerdict v = s3(r, "SubnetB");
        assertThat(v.access()).isEqualTo(Access.NONE);
        assertThat(v.blockers()).anySatisfy(b -> {
            assertThat(b.code()).isEqualTo(Code.NGW_IN_OTHER_VPC);
            assertThat(b.message()).contains("OtherNat is in OtherVpc, the route table in Vpc");
            assertThat(b.fix()).contains("NAT gateway in a public subnet of Vpc");
        });
        assertThat(r.subnet("SubnetB").orElseThrow().internet().egress()).isEqualTo(Egress.NONE);
    }

    @Test
    void theSameNatGatewayServesItsOwnVpc() {
        String yaml = OTHER_VPC_NAT + """
              OtherPrivate:
                Type: AWS::EC2::Subnet
                Properties: {VpcId: !Ref OtherVpc, CidrBlock: 10.1.2.0/24, AvailabilityZone: us-west-2b}
              OtherPrivateRt:
                Type: AWS::EC2::RouteTable
                Properties: {VpcId: !Ref OtherVpc}
              OtherPrivateAssoc:
                Type: AWS::EC2::SubnetRouteTableAssociation
                Properties: {SubnetId: !Ref OtherPrivate, RouteTableId: !Ref OtherPrivateRt}
            """ + Yaml.route("OtherPrivateRoute", "OtherPrivateRt", "0.0.0.0/0", "NatGatewayId: !Ref OtherNat");
        PathResult r = analyze(REGION, yaml);
        assertThat(s3(r, "OtherPrivate").access()).isEqualTo(Access.NAT_GATEWAY);
        assertThat(s3(r, "SubnetB").access()).isEqualTo(Access.NONE);
    }

    /** SubnetB made IPv6-only: {@code Ipv6Native} and an IPv6 block, no IPv4 block, MapPublicIpOnLaunch set. */
    private static String ipv6Only(String subnetBProperties, String routes) {
        return Yaml.BASE.replace("""
                  VpcId: !Ref Vpc
                  CidrBlock: 10.0.2.0/24
                  AvailabilityZone: us-west-2b
            """, subnetBProperties) + Yaml.IGW + """
              VpcV6:
                Type: AWS::EC2::VPCCidrBlock
                Properties: {VpcId: !Ref Vpc, AmazonProvidedIpv6CidrBlock: true}
              Eigw:
                Type: AWS::EC2::EgressOnlyInternetGateway
                Properties: {VpcId: !Ref Vpc}
            """ + routes;
    }

    private static final String NATIVE = """
                  VpcId: !Ref Vpc
                  AvailabilityZone: us-west-2b
                  Ipv6Native: true
                  Ipv6CidrBlock: 2600:1f14:0:100::/64
                  MapPublicIpOnLaunch: true
            """;

    private static final String V4_DEFAULT = Yaml.route("V4Default", "RtB", "0.0.0.0/0", "GatewayId: !Ref Igw");

    @Test
    void anIpv6OnlySubnetGetsNoIpv4InternetPathFromAnIpv4DefaultRoute() {
        PathResult r = analyze(REGION, ipv6Only(NATIVE, V4_DEFAULT));
        EgressVerdict e = r.subnet("SubnetB").orElseThrow().internet();
        assertThat(e.egress()).isEqualTo(Egress.NONE);
        assertThat(e.reason()).contains("SubnetB is IPv6-only").contains("no IPv6 route");
    }

    @Test
    void anIpv6OnlySubnetReachesTheInternetThroughItsIpv6Routes() {
        String v6 = "  V6Default:\n    Type: AWS::EC2::Route\n    Properties:\n      RouteTableId: !Ref RtB\n"
                + "      DestinationIpv6CidrBlock: ::/0\n      EgressOnlyInternetGatewayId: !Ref Eigw\n";
        EgressVerdict e = analyze(REGION, ipv6Only(NATIVE, V4_DEFAULT + v6)).subnet("SubnetB").orElseThrow()
                .internet();
        assertThat(e.egress()).isEqualTo(Egress.INTERNET_GATEWAY);
        assertThat(e.reason()).contains("egress-only internet gateway");
    }

    @Test
    void anIpv6RouteTheAnalysisDoesNotFollowMakesTheVerdictUnknownNotNone() {
        String nat64 = "  Nat64:\n    Type: AWS::EC2::Route\n    Properties:\n      RouteTableId: !Ref RtB\n"
                + "      DestinationIpv6CidrBlock: 64:ff9b::/96\n      TransitGatewayId: tgw-0123456789abcdef0\n";
        EgressVerdict e = analyze(REGION, ipv6Only(NATIVE, nat64)).subnet("SubnetB").orElseThrow().internet();
        assertThat(e.egress()).isEqualTo(Egress.UNKNOWN);
        assertThat(e.reason()).contains("does not follow IPv6 route");
    }

    @Test
    void anIpv6BlockWithoutAnIpv4BlockIsIpv6OnlyToo() {
        String noV4 = NATIVE.replace("      Ipv6Native: true\n", "");
        PathResult r = analyze(REGION, ipv6Only(noV4, V4_DEFAULT));
        assertThat(r.subnet("SubnetB").orElseThrow().subnet().ipv6Only()).isTrue();
        assertThat(r.subnet("SubnetB").orElseThrow().internet().egress()).isEqualTo(Egress.NONE);
        // MapPublicIpOnLaunch gives no public IPv4 where there is no IPv4: the IGW route does not reach S3 either.
        assertThat(s3(r, "SubnetB").access()).isNotEqualTo(Access.INTERNET_GATEWAY);
    }

    @Test
    void anIpv6OnlySubnetsServiceVerdictsAreUnknownNeverNoneOrPrivate() {
        String v6 = "  V6Default:\n    Type: AWS::EC2::Route\n    Properties:\n      RouteTableId: !Ref RtB\n"
                + "      DestinationIpv6CidrBlock: ::/0\n      EgressOnlyInternetGatewayId: !Ref Eigw\n";
        String gatewayEndpoint = """
              S3Gateway:
                Type: AWS::EC2::VPCEndpoint
                Properties:
                  VpcId: !Ref Vpc
                  ServiceName: com.amazonaws.us-west-2.s3
                  VpcEndpointType: Gateway
                  RouteTableIds: [!Ref RtB]
            """;
        PathResult r = analyze(REGION, ipv6Only(NATIVE, V4_DEFAULT + v6 + gatewayEndpoint));
        ServiceVerdict v = s3(r, "SubnetB");
        // Over ::/0 a dual-stack S3 name is public; the IPv4 walk would have said NONE or GATEWAY_ENDPOINT.
        assertThat(v.access()).isEqualTo(Access.UNKNOWN);
        assertThat(v.privatePath()).isFalse();
        assertThat(v.codes()).contains(Code.ASSUMED_UNRESOLVED_VALUE);
        assertThat(v.reason()).contains("SubnetB is IPv6-only").contains("dual-stack");
        assertThat(s3(r, "SubnetA").access()).as("an IPv4 subnet of the same VPC").isNotEqualTo(Access.UNKNOWN);
    }

    @Test
    void aDualStackSubnetKeepsItsIpv4Path() {
        String dual = NATIVE.replace("      Ipv6Native: true\n", "      CidrBlock: 10.0.2.0/24\n");
        PathResult r = analyze(REGION, ipv6Only(dual, V4_DEFAULT));
        assertThat(r.subnet("SubnetB").orElseThrow().subnet().ipv6Only()).isFalse();
        assertThat(r.subnet("SubnetB").orElseThrow().internet().egress()).isEqualTo(Egress.INTERNET_GATEWAY);
    }
}
