package dev.airgap.it.needs;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.Instance;
import software.amazon.awscdk.services.ec2.InstanceClass;
import software.amazon.awscdk.services.ec2.InstanceSize;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IInterfaceVpcEndpointService;
import software.amazon.awscdk.services.ec2.MachineImage;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.ecs.LogDriver;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.constructs.Construct;

/**
 * A Fargate service whose image is in ECR and that logs with awslogs, and an instance managed by Systems Manager,
 * in isolated subnets of two AZs. {@code complete} adds the ecr.dkr and ssmmessages endpoints the others lack.
 */
final class WorkloadStack extends Stack {

    WorkloadStack(Construct scope, String id, StackProps props, boolean complete) {
        super(scope, id, props);
        Vpc vpc = Vpc.Builder.create(this, "Vpc")
                .ipAddresses(software.amazon.awscdk.services.ec2.IpAddresses.cidr("10.0.0.0/16"))
                .maxAzs(2)
                .natGateways(0)
                .subnetConfiguration(List.of(SubnetConfiguration.builder()
                        .name("Isolated").subnetType(SubnetType.PRIVATE_ISOLATED).cidrMask(24).build()))
                .build();
        SubnetSelection isolated = SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build();
        vpc.addGatewayEndpoint("S3", GatewayVpcEndpointOptions.builder()
                .service(GatewayVpcEndpointAwsService.S3).subnets(List.of(isolated)).build());
        Map<String, IInterfaceVpcEndpointService> endpoints = new java.util.TreeMap<>(Map.of(
                "EcrApi", InterfaceVpcEndpointAwsService.ECR,
                "Logs", InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS,
                "Ssm", InterfaceVpcEndpointAwsService.SSM,
                "Ec2Messages", InterfaceVpcEndpointAwsService.EC2_MESSAGES));
        if (complete) {
            endpoints.put("EcrDocker", InterfaceVpcEndpointAwsService.ECR_DOCKER);
            endpoints.put("SsmMessages", InterfaceVpcEndpointAwsService.SSM_MESSAGES);
        }
        endpoints.forEach((name, service) -> vpc.addInterfaceEndpoint(name, InterfaceVpcEndpointOptions.builder()
                .service(service).subnets(isolated).privateDnsEnabled(true).build()));

        Cluster cluster = Cluster.Builder.create(this, "Cluster").vpc(vpc).build();
        FargateTaskDefinition task = FargateTaskDefinition.Builder.create(this, "Task").build();
        task.addContainer("app", ContainerDefinitionOptions.builder()
                .image(ContainerImage.fromEcrRepository(Repository.fromRepositoryName(this, "Repo", "app"), "1"))
                .logging(LogDriver.awsLogs(AwsLogDriverProps.builder().streamPrefix("app").build()))
                .build());
        FargateService.Builder.create(this, "Service")
                .cluster(cluster).taskDefinition(task).vpcSubnets(isolated).assignPublicIp(false).build();

        Role role = Role.Builder.create(this, "InstanceRole")
                .assumedBy(new ServicePrincipal("ec2.amazonaws.com"))
                .managedPolicies(List.of(ManagedPolicy.fromAwsManagedPolicyName("AmazonSSMManagedInstanceCore")))
                .build();
        Instance.Builder.create(this, "Bastion")
                .vpc(vpc).vpcSubnets(isolated)
                .instanceType(InstanceType.of(InstanceClass.T3, InstanceSize.MICRO))
                .machineImage(MachineImage.genericLinux(Map.of(NeedsApp.REGION, "ami-0123456789abcdef0")))
                .role(role)
                .build();
    }
}
