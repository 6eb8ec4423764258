package dev.airgap.path;

import static dev.airgap.path.Fixtures.analyze;
import static dev.airgap.path.Fixtures.s3;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A nested stack outside the run that is handed a VPC's resources makes that VPC's verdicts UNKNOWN. */
class UnseenStacksTest {

    private static final String ISOLATED_WITH_GATEWAY_ENDPOINT = """
            Resources:
              Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
              Subnet: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24}}
              Table: {Type: AWS::EC2::RouteTable, Properties: {VpcId: !Ref Vpc}}
              Assoc: {Type: AWS::EC2::SubnetRouteTableAssociation, Properties: {SubnetId: !Ref Subnet, RouteTableId: !Ref Table}}
              S3: {Type: AWS::EC2::VPCEndpoint, Properties: {VpcId: !Ref Vpc, ServiceName: com.amazonaws.us-west-1.s3,
                   RouteTableIds: [!Ref Table]}}
            """;

    @Test
    void aRemoteNestedStackGivenTheRouteTableMakesTheVerdictsUnknown() {
        PathResult r = analyze("us-west-1", ISOLATED_WITH_GATEWAY_ENDPOINT + """
                  Egress:
                    Type: AWS::CloudFormation::Stack
                    Properties:
                      TemplateURL: https://s3.amazonaws.com/templates/egress.yaml
                      Parameters: {RouteTables: !Join [',', [!Ref Table]]}
                """);

        ServiceVerdict v = s3(r, "Subnet");
        assertThat(v.access()).isEqualTo(Access.UNKNOWN);
        assertThat(v.codes()).contains(Code.NESTED_STACK_NOT_IN_RUN);
        assertThat(v.reason()).startsWith("nested stack Egress (Stack.yaml:")
                .contains("receives resources of Vpc")
                .contains("from the templates alone: GATEWAY_ENDPOINT");
        assertThat(r.subnet("Subnet").orElseThrow().internet().egress()).isEqualTo(Egress.UNKNOWN);
    }

    @Test
    void aRemoteNestedStackGivenNothingOfTheVpcChangesNothing() {
        PathResult r = analyze("us-west-1", ISOLATED_WITH_GATEWAY_ENDPOINT + """
                  Monitoring:
                    Type: AWS::CloudFormation::Stack
                    Properties:
                      TemplateURL: https://s3.amazonaws.com/templates/alarms.yaml
                      Parameters: {Email: ops@example.com}
                """);

        assertThat(s3(r, "Subnet").access()).isEqualTo(Access.GATEWAY_ENDPOINT);
        assertThat(r.subnet("Subnet").orElseThrow().internet().egress()).isEqualTo(Egress.NONE);
    }
}
