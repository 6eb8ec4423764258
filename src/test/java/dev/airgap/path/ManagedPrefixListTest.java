package dev.airgap.path;

import static dev.airgap.path.Fixtures.analyze;
import static dev.airgap.path.Fixtures.s3;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Security-group rules and routes that name an AWS-managed prefix list by ID: decided from the bundled catalog
 * for the stack's region, UNKNOWN with the ID and the reason otherwise.
 */
class ManagedPrefixListTest {

    private static final String REGION = "us-west-2";

    private static String egressTo(String prefixList) {
        return """
              PlSg:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: to a prefix list only
                  VpcId: !Ref Vpc
                  SecurityGroupEgress:
                    - IpProtocol: tcp
                      FromPort: 443
                      ToPort: 443
                      DestinationPrefixListId: %s
            """.formatted(prefixList) + Yaml.instance("App", "SubnetA", "PlSg");
    }

    @Test
    void egressToTheRegionsS3ListAllowsTheGatewayEndpointPath() {
        String yaml = Yaml.BASE + Yaml.s3Gateway("S3Endpoint", "RtA") + egressTo("pl-68a54001");
        ServiceVerdict v = s3(analyze(REGION, yaml), "SubnetA");
        assertThat(v.access()).isEqualTo(Access.GATEWAY_ENDPOINT);
        assertThat(v.securityGroups()).contains("PlSg");
    }

    @Test
    void egressToTheS3ListGivenAsParameterDefaultIsDecidedToo() {
        String yaml = """
            Parameters:
              S3PrefixList:
                Type: String
                Default: pl-68a54001
            """ + Yaml.BASE + Yaml.s3Gateway("S3Endpoint", "RtA") + egressTo("!Ref S3PrefixList");
        assertThat(s3(analyze(REGION, yaml), "SubnetA").access()).isEqualTo(Access.GATEWAY_ENDPOINT);
    }

    @Test
    void egressToTheS3ListAllowsS3ThroughNat() {
        // The list is S3's public addresses wherever the route takes them: here through the NAT gateway.
        String yaml = Yaml.BASE + Yaml.NAT + egressTo("pl-68a54001").replace("SubnetA", "SubnetB");
        assertThat(s3(analyze(REGION, yaml), "SubnetB").access()).isEqualTo(Access.NAT_GATEWAY);
    }

    @Test
    void egressToAnotherServicesListDeniesS3() {
        // pl-4ca54025 is DynamoDB's list in us-east-2: it does not cover S3.
        String yaml = Yaml.BASE + Yaml.s3Gateway("S3Endpoint", "RtA") + egressTo("pl-4ca54025");
        ServiceVerdict v = s3(analyze("us-east-2", yaml), "SubnetA");
        assertThat(v.access()).isEqualTo(Access.NONE);
    }

    @Test
    void aListOfAnotherRegionStaysUnknownAndSaysWhich() {
        // pl-63a5400a is S3 in us-east-1; in us-west-2 the same ID names another list or none.
        String yaml = Yaml.BASE + Yaml.s3Gateway("S3Endpoint", "RtA") + egressTo("pl-63a5400a");
        ServiceVerdict v = s3(analyze(REGION, yaml), "SubnetA");
        assertThat(v.access()).isEqualTo(Access.UNKNOWN);
        assertThat(v.reason()).contains("pl-63a5400a").contains("com.amazonaws.us-east-1.s3").contains(REGION);
    }

    @Test
    void anIdInNoCatalogStaysUnknownAndSaysWhich() {
        String yaml = Yaml.BASE + Yaml.s3Gateway("S3Endpoint", "RtA") + egressTo("pl-0123456789abcdef0");
        ServiceVerdict v = s3(analyze(REGION, yaml), "SubnetA");
        assertThat(v.access()).isEqualTo(Access.UNKNOWN);
        assertThat(v.reason()).contains("pl-0123456789abcdef0").contains("not in the bundled catalog");
    }

    @Test
    void anUnknownRegionLeavesTheListUnknown() {
        String yaml = Yaml.BASE + Yaml.s3Gateway("S3Endpoint", "RtA") + egressTo("pl-68a54001");
        ServiceVerdict v = s3(analyze(null, yaml), "SubnetA");
        assertThat(v.access()).isEqualTo(Access.UNKNOWN);
        assertThat(v.reason()).contains("pl-68a54001").contains("region is unknown");
    }

    @Test
    void aRouteToTheS3ListSendsS3ThereAndNothingElse() {
        // S3 over the IGW by the prefix-list route, the default route to a NAT gateway for everything else.
        String yaml = Yaml.BASE + Yaml.NAT + """
              S3ByIgw:
                Type: AWS::EC2::Route
                Properties:
                  RouteTableId: !Ref RtB
                  DestinationPrefixListId: pl-68a54001
                  GatewayId: !Ref Igw
            """;
        PathResult r = analyze(REGION, yaml);
        ServiceVerdict v = s3(r, "SubnetB");
        // The IGW drops traffic from a source without a public IPv4: the prefix-list route won, not the NAT one.
        assertThat(v.access()).isEqualTo(Access.NONE);
        assertThat(v.codes()).contains(Code.IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS);
        assertThat(r.subnet("SubnetB").orElseThrow().internet().egress()).isEqualTo(Egress.NAT_GATEWAY);
    }

    @Test
    void aRouteToAnUncataloguedListMakesS3UnknownWithTheReason() {
        String yaml = Yaml.BASE + Yaml.NAT + """
              ToList:
                Type: AWS::EC2::Route
                Properties:
                  RouteTableId: !Ref RtB
                  DestinationPrefixListId: pl-0123456789abcdef0
                  GatewayId: !Ref Igw
            """;
        ServiceVerdict v = s3(analyze(REGION, yaml), "SubnetB");
        assertThat(v.access()).isEqualTo(Access.UNKNOWN);
        assertThat(v.reason()).contains("pl-0123456789abcdef0").contains("not in the bundled catalog");
    }
}
