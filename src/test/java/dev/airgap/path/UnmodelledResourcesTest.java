package dev.airgap.path;

import static dev.airgap.path.Fixtures.analyze;
import static dev.airgap.path.Fixtures.s3;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A resource whose effect is not modelled and that is handed a network identifier of a VPC makes the VPC's verdicts
 * UNKNOWN; one handed nothing, a modelled one or a trusted one changes nothing.
 */
class UnmodelledResourcesTest {

    private static final String ISOLATED = """
            Resources:
              Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
              Other: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.9.0.0/16}}
              OtherSubnet: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Other, CidrBlock: 10.9.1.0/24}}
              Subnet: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24}}
              Table: {Type: AWS::EC2::RouteTable, Properties: {VpcId: !Ref Vpc}}
              Assoc: {Type: AWS::EC2::SubnetRouteTableAssociation, Properties: {SubnetId: !Ref Subnet, RouteTableId: !Ref Table}}
              Acl: {Type: AWS::EC2::NetworkAcl, Properties: {VpcId: !Ref Vpc}}
              Group: {Type: AWS::EC2::SecurityGroup, Properties: {VpcId: !Ref Vpc, GroupDescription: g}}
              Igw: {Type: AWS::EC2::InternetGateway}
              IgwAttachment: {Type: AWS::EC2::VPCGatewayAttachment, Properties: {VpcId: !Ref Vpc, InternetGatewayId: !Ref Igw}}
              Tgw: {Type: AWS::EC2::TransitGateway}
              TgwTable: {Type: AWS::EC2::TransitGatewayRouteTable, Properties: {TransitGatewayId: !Ref Tgw}}
              TgwAttachment: {Type: AWS::EC2::TransitGatewayVpcAttachment, Properties: {TransitGatewayId: !Ref Tgw,
                              VpcId: !Ref Vpc, SubnetIds: [!Ref Subnet]}}
              S3: {Type: AWS::EC2::VPCEndpoint, Properties: {VpcId: !Ref Vpc, ServiceName: com.amazonaws.us-west-1.s3,
                   RouteTableIds: [!Ref Table]}}
              Handler: {Type: AWS::Lambda::Function, Properties: {Runtime: python3.12, Handler: index.handler,
                        Role: arn:aws:iam::111111111111:role/r, Code: {ZipFile: pass}}}
            """;

    private static String withResource(String type, String properties) {
        return ISOLATED + "  Changer:\n    Type: " + type + "\n    Properties: " + properties + "\n";
    }

    @ParameterizedTest(name = "{0} handed {1}")
    @CsvSource(delimiter = '|', value = {
        "Custom::AddRoutes                    | {ServiceToken: !GetAtt Handler.Arn, RouteTableId: !Ref Table}",
        "AWS::CloudFormation::CustomResource  | {ServiceToken: !GetAtt Handler.Arn, Tables: [!Ref Table]}",
        "Custom::AddRoutes                    | {ServiceToken: !GetAtt Handler.Arn, Arn: !Sub 'arn:aws:ec2:::route-table/${Table}'}",
        "Custom::AddRoutes                    | {ServiceToken: !GetAtt Handler.Arn, Ids: !Join [',', [!Ref Subnet]]}",
        "Custom::AddRoutes                    | {ServiceToken: !GetAtt Handler.Arn, Nested: {Network: {Vpc: !Ref Vpc}}}",
        "Custom::OpenRules                    | {ServiceToken: !GetAtt Handler.Arn, GroupId: !GetAtt Group.GroupId}",
        "Custom::OpenRules                    | {ServiceToken: !GetAtt Handler.Arn, GroupId: !GetAtt Vpc.DefaultSecurityGroup}",
        "Custom::Acl                          | {ServiceToken: !GetAtt Handler.Arn, Acl: !Ref Acl}",
        "Custom::Gateway                      | {ServiceToken: !GetAtt Handler.Arn, Gateway: !Ref Igw}",
        "Custom::Endpoint                     | {ServiceToken: !GetAtt Handler.Arn, Endpoint: !Ref S3}",
        "Custom::TgwRoutes                    | {ServiceToken: !GetAtt Handler.Arn, Table: !Ref TgwTable}",
        "Custom::TgwRoutes                    | {ServiceToken: !GetAtt Handler.Arn, Tgw: !Ref Tgw}",
        "MyOrg::Network::Routes               | {RouteTableId: !Ref Table}",
        "MyOrg::Network::Routes::MODULE       | {RouteTableId: !Ref Table}",
        "AWS::EC2::RouteServerPropagation     | {RouteServerId: rs-0123, RouteTableId: !Ref Table}",
    })
    void aResourceHandedANetworkIdentifierMakesTheVerdictsUnknown(String type, String properties) {
        PathResult r = analyze("us-west-1", withResource(type, properties));

        ServiceVerdict v = s3(r, "Subnet");
        assertThat(v.access()).isEqualTo(Access.UNKNOWN);
        assertThat(v.codes()).contains(Code.CHANGED_BY_UNMODELLED_RESOURCE);
        assertThat(v.reason()).startsWith("Changer (" + type + ", Stack.yaml:")
                .contains(" is handed ")
                .contains("declare it in <trustedResources>")
                .contains("from the templates alone: GATEWAY_ENDPOINT");
        EgressVerdict internet = r.subnet("Subnet").orElseThrow().internet();
        assertThat(internet.egress()).isEqualTo(Egress.UNKNOWN);
        assertThat(internet.codes()).contains(Code.CHANGED_BY_UNMODELLED_RESOURCE);
        // The other VPC was not handed to it.
        assertThat(s3(r, "OtherSubnet").codes()).doesNotContain(Code.CHANGED_BY_UNMODELLED_RESOURCE);
    }

    @Test
    void theReasonNamesWhatTheResourceWasHanded() {
        PathResult r = analyze("us-west-1", withResource("Custom::AddRoutes",
                "{ServiceToken: !GetAtt Handler.Arn, Tables: [!Ref Table], Subnets: [!Ref Subnet]}"));

        assertThat(s3(r, "Subnet").reason()).contains("is handed Subnet, Table: its effect is not modelled");
    }

    @ParameterizedTest(name = "{0} handed {1}")
    @CsvSource(delimiter = '|', value = {
        // no network identifier
        "Custom::Seed             | {ServiceToken: !GetAtt Handler.Arn, Bucket: my-bucket, Cidr: !GetAtt Vpc.CidrBlock}",
        // modelled: revokes the default group's rules
        "Custom::VpcRestrictDefaultSG | {ServiceToken: !GetAtt Handler.Arn, DefaultSecurityGroupId: !GetAtt Vpc.DefaultSecurityGroup}",
        // AWS types the model reads or that cannot change routing
        "AWS::SSM::Parameter      | {Type: String, Value: !Ref Table}",
    })
    void aResourceThatCannotChangeTheNetworkChangesNothing(String type, String properties) {
        PathResult r = analyze("us-west-1", withResource(type, properties));

        assertThat(s3(r, "Subnet").access()).isEqualTo(Access.GATEWAY_ENDPOINT);
        assertThat(r.subnet("Subnet").orElseThrow().internet().egress()).isEqualTo(Egress.NONE);
        assertThat(r.trusted()).isEmpty();
    }

    @ParameterizedTest(name = "trusted by {0}")
    @CsvSource({"Custom::AddRoutes", "Custom::*", "Chan*", "Changer"})
    void aTrustedResourceChangesNothingAndIsListed(String pattern) {
        TrustedResource trust = TrustedResource.parse(pattern + "=adds only the on-premises routes, reviewed",
                "entry 1");
        PathResult r = analyze("us-west-1", withResource("Custom::AddRoutes",
                "{ServiceToken: !GetAtt Handler.Arn, RouteTableId: !Ref Table}"),
                new PathOptions(List.of(), List.of(), List.of(), List.of(trust)));

        assertThat(s3(r, "Subnet").access()).isEqualTo(Access.GATEWAY_ENDPOINT);
        assertThat(r.trusted()).singleElement().satisfies(t -> {
            assertThat(t.resource().logicalId()).isEqualTo("Changer");
            assertThat(t.handed()).containsExactly("Table");
            assertThat(t.trust().reason()).isEqualTo("adds only the on-premises routes, reviewed");
        });
    }

    @Test
    void aTrustEntryThatMatchesSomethingElseTrustsNothing() {
        PathResult r = analyze("us-west-1", withResource("Custom::AddRoutes",
                "{ServiceToken: !GetAtt Handler.Arn, RouteTableId: !Ref Table}"),
                new PathOptions(List.of(), List.of(), List.of(),
                        List.of(TrustedResource.parse("Custom::Add=typo", "entry 1"))));

        assertThat(s3(r, "Subnet").access()).isEqualTo(Access.UNKNOWN);
        assertThat(r.trusted()).isEmpty();
    }
}
