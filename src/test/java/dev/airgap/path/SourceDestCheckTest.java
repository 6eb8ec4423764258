package dev.airgap.path;

import static dev.airgap.path.Fixtures.analyze;
import static dev.airgap.path.Fixtures.s3;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A route to an instance or network interface is a NAT path only if it forwards: with the source/destination check
 * on EC2 drops the traffic; a boot script or an unresolved value leaves it unknown.
 */
class SourceDestCheckTest {

    private static final String PUBLIC_A = Yaml.BASE + Yaml.IGW
            + Yaml.route("PublicRoute", "RtA", "0.0.0.0/0", "GatewayId: !Ref Igw") + """
              Eni:
                Type: AWS::EC2::NetworkInterface
                Properties:
                  SubnetId: !Ref SubnetA
                  SourceDestCheck: %s
              EniEip:
                Type: AWS::EC2::EIP
                Properties: {Domain: vpc}
              EniEipAssoc:
                Type: AWS::EC2::EIPAssociation
                Properties: {AllocationId: !GetAtt EniEip.AllocationId, NetworkInterfaceId: !Ref Eni}
              NatInstance:
                Type: AWS::EC2::Instance
                Properties:
                  ImageId: ami-nat
                  %s
                  NetworkInterfaces:
                    - DeviceIndex: "0"
                      SubnetId: !Ref SubnetA
                      AssociatePublicIpAddress: true
            """;

    @ParameterizedTest(name = "route to {0}, instance [{1}], eni SourceDestCheck {2}: {3}")
    @CsvSource(delimiter = '|', value = {
        "InstanceId: !Ref NatInstance       | SourceDestCheck: false              | true  | NAT_GATEWAY",
        "InstanceId: !Ref NatInstance       | SourceDestCheck: true               | true  | NONE",
        "InstanceId: !Ref NatInstance       | Tags: []                            | true  | NONE",
        "InstanceId: !Ref NatInstance       | 'UserData: IyEvYmluL3No'            | true  | UNKNOWN",
        "InstanceId: !Ref NatInstance       | SourceDestCheck: !ImportValue nat-check | true  | UNKNOWN",
        "NetworkInterfaceId: !Ref Eni       | Tags: []                            | false | NAT_GATEWAY",
        "NetworkInterfaceId: !Ref Eni       | Tags: []                            | true  | NONE",
        "NetworkInterfaceId: !Ref Eni       | Tags: []                            | !ImportValue eni-check | UNKNOWN",
    })
    void aRouteToAnInstanceOrInterfaceCountsOnlyIfItForwards(String target, String instanceProperty,
                                                             String eniCheck, Access expected) {
        String yaml = PUBLIC_A.formatted(eniCheck, instanceProperty)
                + Yaml.route("ViaNat", "RtB", "0.0.0.0/0", target);

        PathResult r = analyze("us-west-2", yaml);

        ServiceVerdict v = s3(r, "SubnetB");
        assertThat(v.access()).isEqualTo(expected);
        Egress egress = r.subnet("SubnetB").orElseThrow().internet().egress();
        if (expected == Access.NONE) {
            assertThat(v.codes()).contains(Code.SOURCE_DEST_CHECK_ENABLED);
            assertThat(v.blockers()).anySatisfy(b -> assertThat(b.fix()).contains("SourceDestCheck: false"));
            assertThat(egress).isEqualTo(Egress.NONE);
        } else if (expected == Access.UNKNOWN) {
            assertThat(egress).isEqualTo(Egress.UNKNOWN);
        } else {
            assertThat(egress).isNotIn(Egress.NONE, Egress.UNKNOWN);
        }
    }
}
