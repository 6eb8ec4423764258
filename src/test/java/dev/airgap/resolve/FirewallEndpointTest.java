package dev.airgap.resolve;

import static dev.airgap.resolve.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The aws-networkfirewall-cfn-templates pattern: routes target
 * {@code !Select [1, !Split [":", !Select [i, !GetAtt Firewall.EndpointIds]]]}.
 */
class FirewallEndpointTest {

    private static final String TEMPLATE = """
            Parameters:
              Unset: {Type: String}
            Resources:
              Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
              FirewallSubnet1:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Ref Vpc
                  CidrBlock: 10.0.0.0/28
                  AvailabilityZone: !Select [0, !GetAZs '']
              FirewallSubnet2:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Ref Vpc
                  CidrBlock: 10.0.0.16/28
                  AvailabilityZone: !Select [1, !GetAZs '']
              Firewall:
                Type: AWS::NetworkFirewall::Firewall
                Properties:
                  FirewallName: fw
                  FirewallPolicyArn: arn:aws:network-firewall:us-east-1:111111111111:firewall-policy/p
                  VpcId: !Ref Vpc
                  SubnetMappings:
                    - SubnetId: !Ref FirewallSubnet1
                    - SubnetId: !Ref FirewallSubnet2
                    - SubnetId: !Ref Unset
              RouteTable: {Type: AWS::EC2::RouteTable, Properties: {VpcId: !Ref Vpc}}
              Route1:
                Type: AWS::EC2::Route
                Properties:
                  RouteTableId: !Ref RouteTable
                  DestinationCidrBlock: 0.0.0.0/0
                  VpcEndpointId: !Select [1, !Split [":", !Select [0, !GetAtt Firewall.EndpointIds]]]
              Route2:
                Type: AWS::EC2::Route
                Properties:
                  RouteTableId: !Ref RouteTable
                  DestinationCidrBlock: 0.0.0.0/0
                  VpcEndpointId: !Select [1, !Split [":", !Select [1, !GetAtt Firewall.EndpointIds]]]
              Route3:
                Type: AWS::EC2::Route
                Properties:
                  RouteTableId: !Ref RouteTable
                  DestinationCidrBlock: 0.0.0.0/0
                  VpcEndpointId: !Select [1, !Split [":", !Select [2, !GetAtt Firewall.EndpointIds]]]
            Outputs:
              Az: {Value: !Select [0, !Split [":", !Select [1, !GetAtt Firewall.EndpointIds]]]}
            """;

    private static final ResourceId FIREWALL = new ResourceId("Test", "Firewall");

    @Test
    void selectSplitGivesTheEndpointOfEachAz() {
        ResolvedStack s = Fixtures.one(TEMPLATE);
        assertThat(s.resources().get("Route1").property("VpcEndpointId"))
                .isEqualTo(new Value.Attr(FIREWALL, "EndpointId", "us-east-1a"));
        assertThat(s.resources().get("Route2").property("VpcEndpointId"))
                .isEqualTo(new Value.Attr(FIREWALL, "EndpointId", "us-east-1b"));
        assertThat(s.outputs().get("Az")).isEqualTo(text("us-east-1b"));
    }

    @Test
    void subnetOfUnknownAzStillGivesTheEndpoint() {
        ResolvedStack s = Fixtures.one(TEMPLATE);
        assertThat(s.resources().get("Route3").property("VpcEndpointId")).isInstanceOfSatisfying(Value.Attr.class,
                a -> {
                    assertThat(a.target()).isEqualTo(FIREWALL);
                    assertThat(a.qualifier()).isEqualTo("Fn::GetAtt[Ref Unset, AvailabilityZone]");
                });
    }

    @Test
    void withoutRegionTheQualifierIsTheAzExpression() {
        ResolvedStack s = Fixtures.one(null, TEMPLATE);
        assertThat(s.resources().get("Route1").property("VpcEndpointId"))
                .isEqualTo(new Value.Attr(FIREWALL, "EndpointId", "Fn::Select[0, Fn::GetAZs '']"));
    }

    @Test
    void endpointIdsIsOneEntryPerSubnetMapping() {
        Value ids = Fixtures.out(TEMPLATE.replace("Outputs:\n",
                "Outputs:\n  Out: {Value: !GetAtt Firewall.EndpointIds}\n"));
        assertThat(ids).isInstanceOfSatisfying(Value.ListValue.class, l -> {
            assertThat(l.items()).hasSize(3);
            assertThat(l.items().get(0)).isEqualTo(new Value.Concat(List.of(text("us-east-1a:"),
                    new Value.Attr(FIREWALL, "EndpointId", "us-east-1a"))));
        });
    }
}
