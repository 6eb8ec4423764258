package dev.airgap.path;

import static dev.airgap.path.Fixtures.analyze;
import static dev.airgap.path.Fixtures.s3;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every VPC has a default security group (inbound from its own members, all outbound); a client declared without
 * groups is a member of it, so an interface endpoint on the default group admits it.
 */
class DefaultSecurityGroupTest {

    private static final String INTERFACE_ON_DEFAULT_GROUP = Yaml.BASE + """
              S3Interface:
                Type: AWS::EC2::VPCEndpoint
                Properties:
                  VpcId: !Ref Vpc
                  VpcEndpointType: Interface
                  ServiceName: com.amazonaws.us-west-2.s3
                  PrivateDnsEnabled: true
                  SubnetIds: [!Ref SubnetA, !Ref SubnetB]
                  SecurityGroupIds: [!GetAtt Vpc.DefaultSecurityGroup]
            """;

    @Test
    void aSubnetWithoutWorkloadsReachesAnEndpointOnTheDefaultGroupAsAMemberOfIt() {
        PathResult r = analyze("us-west-2", INTERFACE_ON_DEFAULT_GROUP);

        ServiceVerdict v = s3(r, "SubnetA");
        assertThat(v.access()).isEqualTo(Access.INTERFACE_ENDPOINT);
        assertThat(v.codes()).contains(Code.ASSUMED_ANY_SECURITY_GROUP_OF_VPC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SecurityGroupIds: [!GetAtt Vpc.DefaultSecurityGroup]", "Tags: []"})
    void anInstanceWithoutGroupsOrOnTheDefaultGroupReachesIt(String groups) {
        PathResult r = analyze("us-west-2", INTERFACE_ON_DEFAULT_GROUP + """
                  Box:
                    Type: AWS::EC2::Instance
                    Properties:
                      ImageId: ami-1
                      SubnetId: !Ref SubnetA
                      %s
                """.formatted(groups));

        assertThat(s3(r, "SubnetA").access()).isEqualTo(Access.INTERFACE_ENDPOINT);
    }

    @Test
    void aClientInAnotherGroupIsNotAdmittedByTheDefaultGroup() {
        PathResult r = analyze("us-west-2", INTERFACE_ON_DEFAULT_GROUP + """
                  AppGroup:
                    Type: AWS::EC2::SecurityGroup
                    Properties: {VpcId: !Ref Vpc, GroupDescription: app}
                  Box:
                    Type: AWS::EC2::Instance
                    Properties:
                      ImageId: ami-1
                      SubnetId: !Ref SubnetA
                      SecurityGroupIds: [!Ref AppGroup]
                """);

        ServiceVerdict v = s3(r, "SubnetA");
        assertThat(v.access()).isNotEqualTo(Access.INTERFACE_ENDPOINT);
        assertThat(v.codes()).contains(Code.ENI_SG_RULES_MISMATCH);
    }

    @Test
    void aStandaloneRuleOnTheDefaultGroupAddsToIt() {
        PathResult r = analyze("us-west-2", INTERFACE_ON_DEFAULT_GROUP + """
                  AppGroup:
                    Type: AWS::EC2::SecurityGroup
                    Properties: {VpcId: !Ref Vpc, GroupDescription: app}
                  Https:
                    Type: AWS::EC2::SecurityGroupIngress
                    Properties:
                      GroupId: !GetAtt Vpc.DefaultSecurityGroup
                      IpProtocol: tcp
                      FromPort: 443
                      ToPort: 443
                      SourceSecurityGroupId: !Ref AppGroup
                  Box:
                    Type: AWS::EC2::Instance
                    Properties:
                      ImageId: ami-1
                      SubnetId: !Ref SubnetA
                      SecurityGroupIds: [!Ref AppGroup]
                """);

        assertThat(s3(r, "SubnetA").access()).isEqualTo(Access.INTERFACE_ENDPOINT);
    }
}
