package dev.airgap.path;

import static dev.airgap.path.Fixtures.analyze;
import static dev.airgap.path.Fixtures.s3;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where no workload is placed in a subnet, "any security group of the VPC" includes the endpoint's own group: a
 * workload the model does not read (an MWAA environment, say) may carry it, and an endpoint that admits only its own
 * members then admits that workload.
 */
class EndpointGroupClientsTest {

    private static final String SELF_REFERENCING_ENDPOINT = Yaml.BASE + """
              EndpointGroup:
                Type: AWS::EC2::SecurityGroup
                Properties: {VpcId: !Ref Vpc, GroupDescription: endpoints and their clients}
              SelfIngress:
                Type: AWS::EC2::SecurityGroupIngress
                Properties:
                  GroupId: !Ref EndpointGroup
                  IpProtocol: "-1"
                  SourceSecurityGroupId: !Ref EndpointGroup
              S3Interface:
                Type: AWS::EC2::VPCEndpoint
                Properties:
                  VpcId: !Ref Vpc
                  VpcEndpointType: Interface
                  ServiceName: com.amazonaws.us-west-2.s3
                  PrivateDnsEnabled: true
                  SubnetIds: [!Ref SubnetA, !Ref SubnetB]
                  SecurityGroupIds: [!Ref EndpointGroup]
            """;

    @Test
    void aMemberOfTheEndpointsOwnGroupIsAdmitted() {
        ServiceVerdict v = s3(analyze("us-west-2", SELF_REFERENCING_ENDPOINT), "SubnetA");

        assertThat(v.access()).isEqualTo(Access.INTERFACE_ENDPOINT);
        assertThat(v.codes()).contains(Code.ASSUMED_ANY_SECURITY_GROUP_OF_VPC);
    }

    @Test
    void aWorkloadInAnotherGroupIsStillRefused() {
        ServiceVerdict v = s3(analyze("us-west-2", SELF_REFERENCING_ENDPOINT + """
                  AppGroup:
                    Type: AWS::EC2::SecurityGroup
                    Properties: {VpcId: !Ref Vpc, GroupDescription: app}
                  Box:
                    Type: AWS::EC2::Instance
                    Properties: {ImageId: ami-1, SubnetId: !Ref SubnetA, SecurityGroupIds: [!Ref AppGroup]}
                """), "SubnetA");

        assertThat(v.access()).isNotEqualTo(Access.INTERFACE_ENDPOINT);
        assertThat(v.codes()).contains(Code.ENI_SG_RULES_MISMATCH);
    }
}
