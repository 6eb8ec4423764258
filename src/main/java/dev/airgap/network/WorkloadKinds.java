package dev.airgap.network;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where resource types other than EC2 instances, auto-scaling groups, Lambda functions and ECS services keep the
 * subnets and security groups of the network interfaces they place. Each row cites the CloudFormation resource
 * reference it was read from, so a reviewer can check a property name against AWS's own page.
 */
final class WorkloadKinds {

    private static final String REF = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/";

    /**
     * One resource type.
     *
     * @param subnets      dotted property paths holding subnet IDs; {@code Name>Path} follows a reference to a
     *                     subnet group (RDS, ElastiCache, DMS) and reads {@code Path} there
     * @param groups       dotted property paths holding security-group IDs
     * @param createdGroup why the service also attaches a group it creates itself, or null; that group is not in
     *                     the templates, so the workload's groups cannot all be known
     * @param publicIp     whether these interfaces can get a public IPv4
     * @param source       the CloudFormation reference page the paths come from
     */
    record Kind(String type, List<String> subnets, List<String> groups, String createdGroup, PublicIp publicIp,
                String source) {
    }

    private static Kind kind(String type, List<String> subnets, List<String> groups, String page) {
        return new Kind(type, subnets, groups, null, PublicIp.NO, REF + page);
    }

    private static Kind createsGroup(String type, List<String> subnets, List<String> groups, String why,
                                     String page) {
        return new Kind(type, subnets, groups, why, PublicIp.NO, REF + page);
    }

    static final List<Kind> ALL = List.of(
            createsGroup("AWS::EKS::Cluster", List.of("ResourcesVpcConfig.SubnetIds"),
                    List.of("ResourcesVpcConfig.SecurityGroupIds"),
                    "EKS also attaches the cluster security group it creates to the cluster's interfaces",
                    "aws-properties-eks-cluster-resourcesvpcconfig.html"),
            createsGroup("AWS::EKS::Nodegroup", List.of("Subnets"), List.of(),
                    "node group instances get the cluster security group EKS creates, or their launch template's",
                    "aws-resource-eks-nodegroup.html"),
            kind("AWS::MWAA::Environment", List.of("NetworkConfiguration.SubnetIds"),
                    List.of("NetworkConfiguration.SecurityGroupIds"),
                    "aws-properties-mwaa-environment-networkconfiguration.html"),
            kind("AWS::SageMaker::Domain", List.of("SubnetIds"),
                    List.of("DefaultUserSettings.SecurityGroups", "DomainSettings.SecurityGroupIds"),
                    "aws-resource-sagemaker-domain.html"),
            kind("AWS::SageMaker::NotebookInstance", List.of("SubnetId"), List.of("SecurityGroupIds"),
                    "aws-resource-sagemaker-notebookinstance.html"),
            kind("AWS::RDS::DBInstance", List.of("DBSubnetGroupName>SubnetIds"), List.of("VPCSecurityGroups"),
                    "aws-resource-rds-dbinstance.html"),
            kind("AWS::RDS::DBCluster", List.of("DBSubnetGroupName>SubnetIds"), List.of("VpcSecurityGroupIds"),
                    "aws-resource-rds-dbcluster.html"),
            kind("AWS::ElastiCache::CacheCluster", List.of("CacheSubnetGroupName>SubnetIds"),
                    List.of("VpcSecurityGroupIds"), "aws-resource-elasticache-cachecluster.html"),
            kind("AWS::ElastiCache::ReplicationGroup", List.of("CacheSubnetGroupName>SubnetIds"),
                    List.of("SecurityGroupIds"), "aws-resource-elasticache-replicationgroup.html"),
            kind("AWS::Batch::ComputeEnvironment", List.of("ComputeResources.Subnets"),
                    List.of("ComputeResources.SecurityGroupIds"),
                    "aws-properties-batch-computeenvironment-computeresources.html"),
            kind("AWS::CodeBuild::Project", List.of("VpcConfig.Subnets"), List.of("VpcConfig.SecurityGroupIds"),
                    "aws-properties-codebuild-project-vpcconfig.html"),
            kind("AWS::Glue::Connection", List.of("ConnectionInput.PhysicalConnectionRequirements.SubnetId"),
                    List.of("ConnectionInput.PhysicalConnectionRequirements.SecurityGroupIdList"),
                    "aws-properties-glue-connection-physicalconnectionrequirements.html"),
            kind("AWS::EFS::MountTarget", List.of("SubnetId"), List.of("SecurityGroups"),
                    "aws-resource-efs-mounttarget.html"),
            kind("AWS::OpenSearchService::Domain", List.of("VPCOptions.SubnetIds"),
                    List.of("VPCOptions.SecurityGroupIds"), "aws-properties-opensearchservice-domain-vpcoptions.html"),
            kind("AWS::Elasticsearch::Domain", List.of("VPCOptions.SubnetIds"),
                    List.of("VPCOptions.SecurityGroupIds"), "aws-properties-elasticsearch-domain-vpcoptions.html"),
            createsGroup("AWS::EMR::Cluster", List.of("Instances.Ec2SubnetId", "Instances.Ec2SubnetIds"),
                    List.of("Instances.EmrManagedMasterSecurityGroup", "Instances.EmrManagedSlaveSecurityGroup",
                            "Instances.AdditionalMasterSecurityGroups", "Instances.AdditionalSlaveSecurityGroups",
                            "Instances.ServiceAccessSecurityGroup"),
                    "EMR creates its managed security groups when EmrManagedMasterSecurityGroup is not given",
                    "aws-properties-emr-cluster-jobflowinstancesconfig.html"),
            kind("AWS::AppRunner::VpcConnector", List.of("Subnets"), List.of("SecurityGroups"),
                    "aws-resource-apprunner-vpcconnector.html"),
            kind("AWS::DMS::ReplicationInstance", List.of("ReplicationSubnetGroupIdentifier>SubnetIds"),
                    List.of("VpcSecurityGroupIds"), "aws-resource-dms-replicationinstance.html"),
            kind("AWS::ApiGatewayV2::VpcLink", List.of("SubnetIds"), List.of("SecurityGroupIds"),
                    "aws-resource-apigatewayv2-vpclink.html"));

    /**
     * The property naming the IAM role the workload's own calls are signed with, for the kinds whose row page
     * documents one; the others' callers are unknown to the policy stage.
     */
    static final Map<String, String> ROLES = Map.of(
            "AWS::EKS::Nodegroup", "NodeRole",
            "AWS::MWAA::Environment", "ExecutionRoleArn",
            "AWS::SageMaker::NotebookInstance", "RoleArn",
            "AWS::SageMaker::Domain", "DefaultUserSettings.ExecutionRole",
            "AWS::CodeBuild::Project", "ServiceRole");

    static final Map<String, Kind> BY_TYPE = ALL.stream().collect(Collectors.toMap(Kind::type, Function.identity()));

    /**
     * Types the general rule must not read as workloads although they name subnets and groups: the network
     * model's own resources (endpoints, interfaces, rules, attachments, firewalls), load balancers, which forward
     * traffic but never call an AWS service themselves, and custom resources, which item 1's fail-closed rule
     * handles.
     */
    static boolean excluded(String type) {
        return type.startsWith("AWS::EC2::") || type.startsWith("AWS::NetworkFirewall::")
                || type.startsWith("AWS::ElasticLoadBalancing") || type.startsWith("AWS::Route53Resolver::")
                || type.startsWith("Custom::") || type.startsWith("AWS::CloudFormation::")
                || type.startsWith("AWS::AutoScaling::") || type.startsWith("AWS::ECS::")
                || type.equals("AWS::Lambda::Function");
    }

    private WorkloadKinds() {
    }
}
