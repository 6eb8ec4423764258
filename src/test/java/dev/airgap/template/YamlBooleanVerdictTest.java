package dev.airgap.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.path.Access;
import dev.airgap.path.Code;
import dev.airgap.path.Fixtures;
import dev.airgap.path.IpType;
import dev.airgap.path.ServiceVerdict;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A YAML 1.1 boolean means in a verdict what {@code true} or {@code false} means: {@code MapPublicIpOnLaunch: yes}
 * on a subnet routed to an internet gateway is a public subnet, not a private one.
 */
class YamlBooleanVerdictTest {

    private static final String REGION = "us-west-2";

    private static String template(String mapPublicIp) {
        return """
                Conditions:
                  Always: !Equals [yes, true]
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
                      MapPublicIpOnLaunch: %s
                  Rt:
                    Type: AWS::EC2::RouteTable
                    Properties:
                      VpcId: !Ref Vpc
                  Assoc:
                    Type: AWS::EC2::SubnetRouteTableAssociation
                    Properties:
                      SubnetId: !Ref Subnet
                      RouteTableId: !Ref Rt
                  Igw:
                    Type: AWS::EC2::InternetGateway
                  IgwAttachment:
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
                """.formatted(mapPublicIp);
    }

    private static ServiceVerdict s3(String mapPublicIp) {
        return Fixtures.s3(Fixtures.analyze(REGION, template(mapPublicIp)), "Subnet");
    }

    /** What a verdict says, without the positions and details that differ with the spelling. */
    private static List<Object> gist(ServiceVerdict v) {
        return java.util.Arrays.asList(v.access(), v.privatePath(), v.ipType(), v.codes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "Yes", "ON", "y", "True", "!If [Always, yes, no]", "!If [Always, 'true', off]"})
    void aSpellingOfTrueMakesThePublicSubnetThatTrueMakes(String spelling) {
        ServiceVerdict v = s3(spelling);
        assertThat(v.access()).isEqualTo(Access.INTERNET_GATEWAY);
        assertThat(v.ipType()).isEqualTo(IpType.PUBLIC);
        assertThat(v.privatePath()).isFalse();
        assertThat(gist(v)).isEqualTo(gist(s3("true")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"no", "Off", "N", "!If [Always, no, yes]"})
    void aSpellingOfFalseMakesTheSubnetThatFalseMakes(String spelling) {
        ServiceVerdict v = s3(spelling);
        assertThat(v.access()).isEqualTo(Access.NONE);
        assertThat(v.codes()).contains(Code.IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS);
        assertThat(gist(v)).isEqualTo(gist(s3("false")));
    }

    /** A quoted 'yes' is text, and text other than true or false is no boolean: the analysis cannot say "private". */
    @ParameterizedTest
    @ValueSource(strings = {"'yes'", "\"on\"", "!!str y", "maybe"})
    void textThatIsNeitherTrueNorFalseMakesTheVerdictUnknownNotPrivate(String spelling) {
        ServiceVerdict v = s3(spelling);
        assertThat(v.access()).isEqualTo(Access.UNKNOWN);
        assertThat(v.privatePath()).isFalse();
        assertThat(v.reason()).contains("MapPublicIpOnLaunch").contains("is neither true nor false");
    }
}
