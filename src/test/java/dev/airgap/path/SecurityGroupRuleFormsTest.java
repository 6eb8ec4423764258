package dev.airgap.path;

import static dev.airgap.path.Fixtures.analyze;
import static dev.airgap.path.Fixtures.s3;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every form of a security-group rule decides the same way: an instance in AppGroup reaches an S3 interface
 * endpoint whose group EndpointGroup admits it by the rule under test (inline or standalone, by {@code Ref},
 * {@code Fn::GetAtt GroupId} or the VPC's default group; protocols and ports in every spelling; CIDR, IPv6 CIDR,
 * prefix list or group peers).
 */
class SecurityGroupRuleFormsTest {

    private static final String BASE = Yaml.BASE + """
              AppGroup:
                Type: AWS::EC2::SecurityGroup
                Properties: {VpcId: !Ref Vpc, GroupDescription: app}
              EndpointGroup:
                Type: AWS::EC2::SecurityGroup
                Properties: {VpcId: !Ref Vpc, GroupDescription: endpoint%s}
              S3Interface:
                Type: AWS::EC2::VPCEndpoint
                Properties:
                  VpcId: !Ref Vpc
                  VpcEndpointType: Interface
                  ServiceName: com.amazonaws.us-west-2.s3
                  PrivateDnsEnabled: true
                  SubnetIds: [!Ref SubnetA, !Ref SubnetB]
                  SecurityGroupIds: [!Ref EndpointGroup]
              Box:
                Type: AWS::EC2::Instance
                Properties: {ImageId: ami-1, SubnetId: !Ref SubnetA, SecurityGroupIds: [!Ref AppGroup]}
            """;

    private static String standalone(String groupId, String rule) {
        return "  Rule:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties: {GroupId: " + groupId + ", "
                + rule + "}\n";
    }

    @ParameterizedTest(name = "[{index}] {0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        // how the standalone rule names its group
        "!Ref EndpointGroup              | IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.1.0/24     | INTERFACE_ENDPOINT",
        "!GetAtt EndpointGroup.GroupId   | IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.1.0/24     | INTERFACE_ENDPOINT",
        "!Ref AppGroup                   | IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.1.0/24     | NONE",
        // protocols and ports
        "!Ref EndpointGroup              | IpProtocol: -1, CidrIp: 10.0.0.0/16                                  | INTERFACE_ENDPOINT",
        "!Ref EndpointGroup              | IpProtocol: '-1', FromPort: -1, ToPort: -1, CidrIp: 10.0.0.0/16      | INTERFACE_ENDPOINT",
        "!Ref EndpointGroup              | IpProtocol: all, CidrIp: 10.0.0.0/16                                 | INTERFACE_ENDPOINT",
        "!Ref EndpointGroup              | IpProtocol: '6', FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/16     | INTERFACE_ENDPOINT",
        "!Ref EndpointGroup              | IpProtocol: tcp, FromPort: 0, ToPort: 65535, CidrIp: 10.0.0.0/16     | INTERFACE_ENDPOINT",
        "!Ref EndpointGroup              | IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: 10.0.0.0/16       | NONE",
        "!Ref EndpointGroup              | IpProtocol: udp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/16     | NONE",
        // peers
        "!Ref EndpointGroup              | IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.2.0/24     | NONE",
        "!Ref EndpointGroup              | IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: !GetAtt Vpc.CidrBlock | INTERFACE_ENDPOINT",
        "!Ref EndpointGroup              | IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIpv6: '::/0'         | NONE",
        "!Ref EndpointGroup              | IpProtocol: tcp, FromPort: 443, ToPort: 443, SourceSecurityGroupId: !Ref AppGroup | INTERFACE_ENDPOINT",
        "!Ref EndpointGroup              | IpProtocol: tcp, FromPort: 443, ToPort: 443, SourceSecurityGroupId: !GetAtt AppGroup.GroupId | INTERFACE_ENDPOINT",
        "!Ref EndpointGroup              | IpProtocol: '-1', SourceSecurityGroupId: !Ref EndpointGroup          | NONE",
        "!Ref EndpointGroup              | IpProtocol: tcp, FromPort: 443, ToPort: 443, SourceSecurityGroupId: !GetAtt Vpc.DefaultSecurityGroup | NONE",
        // what the templates cannot say
        "!ImportValue shared-group       | IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.1.0/24     | UNKNOWN",
        "!Ref EndpointGroup              | IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: !ImportValue app-cidr | UNKNOWN",
        "!Ref EndpointGroup              | IpProtocol: tcp, FromPort: 443, ToPort: 443, SourcePrefixListId: !ImportValue pl | UNKNOWN",
    })
    void standaloneIngressRules(String groupId, String rule, Access expected) {
        ServiceVerdict v = s3(analyze("us-west-2", BASE.formatted("") + standalone(groupId, rule)), "SubnetA");

        assertThat(v.access()).as(v.reason()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] inline {0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "{IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.1.0/24}                  | INTERFACE_ENDPOINT",
        "{IpProtocol: '-1', CidrIp: 0.0.0.0/0}                                               | INTERFACE_ENDPOINT",
        "{IpProtocol: tcp, FromPort: 443, ToPort: 443, SourceSecurityGroupId: !Ref AppGroup} | INTERFACE_ENDPOINT",
        "{IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 10.0.1.0/24}                    | NONE",
    })
    void inlineIngressRules(String rule, Access expected) {
        String yaml = BASE.formatted(", SecurityGroupIngress: [" + rule + "]");

        ServiceVerdict v = s3(analyze("us-west-2", yaml), "SubnetA");

        assertThat(v.access()).as(v.reason()).isEqualTo(expected);
    }
}
