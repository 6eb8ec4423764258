package dev.airgap.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.path.Fixtures;
import dev.airgap.resolve.ResourceId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class WorkloadReaderTest {

    private static final String BASE = """
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
              Sg:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: workload
                  VpcId: !Ref Vpc
              SubnetGroup:
                Type: AWS::RDS::DBSubnetGroup
                Properties:
                  DBSubnetGroupDescription: db
                  SubnetIds: [!Ref Subnet]
              Workload:
            """;

    private static List<Workload> inSubnet(String workload) {
        RegionNetwork n = Fixtures.model("us-west-2", BASE + workload).regions().get(0);
        return n.workloadsIn(new ResourceId("Stack", "Subnet"));
    }

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of("AWS::EKS::Nodegroup", "Subnets: [!Ref Subnet]"),
                Arguments.of("AWS::EKS::Cluster", "ResourcesVpcConfig: {SubnetIds: [!Ref Subnet], SecurityGroupIds: [!Ref Sg]}"),
                Arguments.of("AWS::MWAA::Environment", "NetworkConfiguration: {SubnetIds: [!Ref Subnet], SecurityGroupIds: [!GetAtt Sg.GroupId]}"),
                Arguments.of("AWS::SageMaker::Domain", "SubnetIds: [!Ref Subnet]\n      DefaultUserSettings: {SecurityGroups: [!Ref Sg]}"),
                Arguments.of("AWS::SageMaker::NotebookInstance", "SubnetId: !Ref Subnet\n      SecurityGroupIds: [!Ref Sg]"),
                Arguments.of("AWS::RDS::DBInstance", "DBSubnetGroupName: !Ref SubnetGroup\n      VPCSecurityGroups: [!Ref Sg]"),
                Arguments.of("AWS::RDS::DBCluster", "DBSubnetGroupName: !Ref SubnetGroup\n      VpcSecurityGroupIds: [!Ref Sg]"),
                Arguments.of("AWS::ElastiCache::ReplicationGroup", "CacheSubnetGroupName: !Ref SubnetGroup\n      SecurityGroupIds: [!Ref Sg]"),
                Arguments.of("AWS::Batch::ComputeEnvironment", "ComputeResources: {Subnets: [!Ref Subnet], SecurityGroupIds: [!Ref Sg]}"),
                Arguments.of("AWS::CodeBuild::Project", "VpcConfig: {Subnets: [!Ref Subnet], SecurityGroupIds: [!Ref Sg]}"),
                Arguments.of("AWS::Glue::Connection", "ConnectionInput: {PhysicalConnectionRequirements: {SubnetId: !Ref Subnet, SecurityGroupIdList: [!Ref Sg]}}"),
                Arguments.of("AWS::EFS::MountTarget", "SubnetId: !Ref Subnet\n      SecurityGroups: [!Ref Sg]"),
                Arguments.of("AWS::OpenSearchService::Domain", "VPCOptions: {SubnetIds: [!Ref Subnet], SecurityGroupIds: [!Ref Sg]}"),
                Arguments.of("AWS::EMR::Cluster", "Instances: {Ec2SubnetId: !Ref Subnet, EmrManagedMasterSecurityGroup: !Ref Sg}"),
                Arguments.of("AWS::AppRunner::VpcConnector", "Subnets: [!Ref Subnet]\n      SecurityGroups: [!Ref Sg]"),
                Arguments.of("AWS::DMS::ReplicationInstance", "ReplicationSubnetGroupIdentifier: !Ref SubnetGroup\n      VpcSecurityGroupIds: [!Ref Sg]"),
                Arguments.of("AWS::ApiGatewayV2::VpcLink", "SubnetIds: [!Ref Subnet]\n      SecurityGroupIds: [!Ref Sg]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void eachKnownKindIsAWorkloadOfItsSubnetWithItsGroups(String type, String properties) {
        List<Workload> ws = inSubnet("    Type: " + type + "\n    Properties:\n      " + properties + "\n");
        assertThat(ws).singleElement().satisfies(w -> {
            assertThat(w.type()).isEqualTo(type);
            WorkloadKinds.Kind kind = WorkloadKinds.BY_TYPE.get(type);
            if (kind.createdGroup() != null && !type.equals("AWS::EMR::Cluster")) {
                // A group the service creates outside the templates keeps the verdict from passing as known.
                assertThat(w.securityGroups()).anySatisfy(g -> assertThat(g.isKnown()).isFalse());
            }
            if (!type.equals("AWS::EKS::Nodegroup")) {
                assertThat(w.securityGroups()).contains(Known.of(new ResourceId("Stack", "Sg")));
            }
        });
    }

    @Test
    void everyRowOfTheTableCitesItsCloudFormationReference() {
        assertThat(WorkloadKinds.ALL).allSatisfy(k -> assertThat(k.source())
                .startsWith("https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-"));
    }

    @Test
    void aNodeGroupsCallsAreSignedWithItsNodeRole() {
        assertThat(inSubnet("""
                    Type: AWS::EKS::Nodegroup
                    Properties:
                      Subnets: [!Ref Subnet]
                      NodeRole: !GetAtt Role.Arn
                  Role:
                    Type: AWS::IAM::Role
                """)).singleElement()
                .satisfies(w -> assertThat(w.role()).isEqualTo(Known.of(new ResourceId("Stack", "Role"))));
    }

    @Test
    void thePublicEksSamplesClusterAndNodeGroupAreWorkloadsOfItsPrivateSubnets() throws Exception {
        String yaml;
        try (var in = WorkloadReaderTest.class.getResourceAsStream(
                "/corpus/public/aws-cloudformation__aws-cloudformation-templates__EKS__template.yaml")) {
            yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        RegionNetwork n = Fixtures.model("us-west-2", yaml).regions().get(0);
        List<Workload> ws = n.workloadsIn(new ResourceId("Stack", "PrivateSubnet1"));
        assertThat(ws).extracting(Workload::type).containsExactlyInAnyOrder("AWS::EKS::Cluster", "AWS::EKS::Nodegroup");
        // The cluster's declared group, plus the one EKS creates, which the templates cannot show.
        assertThat(ws).filteredOn(w -> w.type().equals("AWS::EKS::Cluster")).singleElement()
                .satisfies(w -> assertThat(w.securityGroups()).hasSize(2)
                        .contains(Known.of(new ResourceId("Stack", "ControlPlaneSecurityGroup"))));
        // The nodes' launch template names its groups, so EKS adds no group of its own.
        assertThat(ws).filteredOn(w -> w.type().equals("AWS::EKS::Nodegroup")).singleElement()
                .satisfies(w -> assertThat(w.securityGroups()).isNotEmpty().allMatch(Known::isKnown));
    }

    @Test
    void anEmrClusterWithoutManagedGroupsHasGroupsThatCannotBeKnown() {
        assertThat(inSubnet("    Type: AWS::EMR::Cluster\n    Properties:\n      Instances: {Ec2SubnetId: !Ref Subnet}\n"))
                .singleElement().satisfies(w -> assertThat(w.securityGroups()).singleElement()
                        .satisfies(g -> assertThat(g.reason()).contains("EMR creates")));
    }

    @Test
    void aDatabaseWhoseSubnetGroupIsNotInTheRunIsPlacedNowhere() {
        assertThat(inSubnet("    Type: AWS::RDS::DBInstance\n    Properties:\n      DBSubnetGroupName: shared-db\n"
                + "      VPCSecurityGroups: [!Ref Sg]\n")).isEmpty();
    }

    @Test
    void anUnknownTypeNamingSubnetsAndGroupsIsAWorkloadByTheGeneralRule() {
        List<Workload> ws = inSubnet("""
                    Type: AWS::Example::Service
                    Properties:
                      Network: {Placement: [{Subnet: !Ref Subnet}], Guards: [!GetAtt Sg.GroupId]}
                """);
        assertThat(ws).singleElement().satisfies(w -> {
            assertThat(w.type()).isEqualTo("AWS::Example::Service");
            assertThat(w.securityGroups()).containsExactly(Known.of(new ResourceId("Stack", "Sg")));
            assertThat(w.publicIp()).isEqualTo(PublicIp.UNKNOWN);
        });
    }

    @Test
    void anUnknownTypeNamingOnlySubnetsIsNoWorkload() {
        assertThat(inSubnet("    Type: AWS::Example::Service\n    Properties:\n      Subnets: [!Ref Subnet]\n"))
                .isEmpty();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"AWS::EC2::VPCEndpoint",
            "AWS::ElasticLoadBalancingV2::LoadBalancer", "AWS::Route53Resolver::ResolverEndpoint", "Custom::Thing"})
    void networkAndForwardingTypesAreNotWorkloadsThoughTheyNameSubnetsAndGroups(String type) {
        assertThat(inSubnet("    Type: " + type + "\n    Properties:\n      VpcId: !Ref Vpc\n      ServiceName: com.amazonaws.us-west-2.s3\n"
                + "      VpcEndpointType: Interface\n      SubnetIds: [!Ref Subnet]\n      SecurityGroupIds: [!Ref Sg]\n"))
                .isEmpty();
    }
}
