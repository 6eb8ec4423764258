package dev.airgap.need;

import dev.airgap.network.Subnet;
import dev.airgap.network.Vpc;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The endpoint a fix adds, written in the user's own language: CDK Java and TypeScript when the VPC is CDK's
 * {@code aws_ec2.Vpc} construct, else a CloudFormation resource. One line each, so that a log block or a SARIF
 * message can carry it.
 */
public final class EndpointSnippet {

    /** CDK's {@code InterfaceVpcEndpointAwsService} constants for the service keys airgap names. */
    private static final Map<String, String> CDK_INTERFACE = Map.ofEntries(
            Map.entry("ecr.api", "ECR"), Map.entry("ecr.dkr", "ECR_DOCKER"), Map.entry("ssm", "SSM"),
            Map.entry("ssmmessages", "SSM_MESSAGES"), Map.entry("ec2messages", "EC2_MESSAGES"),
            Map.entry("logs", "CLOUDWATCH_LOGS"), Map.entry("monitoring", "CLOUDWATCH_MONITORING"),
            Map.entry("secretsmanager", "SECRETS_MANAGER"), Map.entry("ecs", "ECS"),
            Map.entry("ecs-agent", "ECS_AGENT"), Map.entry("ecs-telemetry", "ECS_TELEMETRY"),
            Map.entry("ec2", "EC2"), Map.entry("sts", "STS"), Map.entry("kms", "KMS"), Map.entry("sqs", "SQS"),
            Map.entry("sns", "SNS"), Map.entry("kinesis-streams", "KINESIS_STREAMS"),
            Map.entry("lambda", "LAMBDA"), Map.entry("states", "STEP_FUNCTIONS"),
            Map.entry("execute-api", "APIGATEWAY"), Map.entry("s3", "S3"), Map.entry("dynamodb", "DYNAMODB"));

    private EndpointSnippet() {
    }

    /** S3 and DynamoDB have free gateway endpoints; every other service an interface endpoint. */
    public static boolean gatewayService(String service) {
        return service.equals("s3") || service.equals("dynamodb");
    }

    /**
     * The construct variable of a CDK VPC, or null when the VPC was not made by CDK's {@code Vpc} construct. CDK's
     * {@code Vpc} keeps its {@code CfnVPC} as the child {@code Resource} of the construct and tags its subnets
     * {@code aws-cdk:subnet-type}: both together tell it from a hand-written template and from a bare {@code CfnVPC}.
     */
    public static String cdkVariable(Vpc vpc, Subnet subnet) {
        String path = vpc.path();
        if (path == null || !path.endsWith("/Resource") || !subnet.tags().containsKey("aws-cdk:subnet-type")) {
            return null;
        }
        String[] parts = path.split("/");
        if (parts.length < 3) {
            return null;
        }
        String id = parts[parts.length - 2].replaceAll("[^A-Za-z0-9_]", "");
        return id.isEmpty() ? null : Character.toLowerCase(id.charAt(0)) + id.substring(1);
    }

    /** {@code vpc.addInterfaceEndpoint("EcrDocker", …);} or {@code vpc.addGatewayEndpoint("S3", …);} in Java. */
    public static String cdkJava(String variable, String service) {
        String constant = CDK_INTERFACE.get(service);
        if (gatewayService(service)) {
            return variable + ".addGatewayEndpoint(\"" + constructId(constant) + "\", "
                    + "GatewayVpcEndpointOptions.builder().service(GatewayVpcEndpointAwsService." + constant
                    + ").build());";
        }
        String svc = constant != null ? "InterfaceVpcEndpointAwsService." + constant
                : "new InterfaceVpcEndpointAwsService(\"" + service + "\")";
        return variable + ".addInterfaceEndpoint(\"" + constructId(constant != null ? constant : service)
                + "\", InterfaceVpcEndpointOptions.builder().service(" + svc + ").build());";
    }

    /** The same in TypeScript, {@code ec2} being {@code aws-cdk-lib/aws-ec2}. */
    public static String cdkTypeScript(String variable, String service) {
        String constant = CDK_INTERFACE.get(service);
        if (gatewayService(service)) {
            return variable + ".addGatewayEndpoint('" + constructId(constant) + "', { service: "
                    + "ec2.GatewayVpcEndpointAwsService." + constant + " });";
        }
        String svc = constant != null ? "ec2.InterfaceVpcEndpointAwsService." + constant
                : "new ec2.InterfaceVpcEndpointAwsService('" + service + "')";
        return variable + ".addInterfaceEndpoint('" + constructId(constant != null ? constant : service)
                + "', { service: " + svc + " });";
    }

    /**
     * A CloudFormation resource in flow style: a gateway endpoint on the route tables, or an interface endpoint
     * with private DNS in the subnets, its security group admitting HTTPS from them.
     */
    public static String cloudFormation(String service, String vpc, List<String> routeTablesOrSubnets,
                                        String clientCidr) {
        String name = constructId(CDK_INTERFACE.getOrDefault(service, service)) + "Endpoint";
        String common = name + ": {Type: AWS::EC2::VPCEndpoint, Properties: {VpcId: !Ref " + vpc
                + ", ServiceName: !Sub 'com.amazonaws.${AWS::Region}." + service + "'";
        String refs = "[" + String.join(", ", routeTablesOrSubnets.stream().map(r -> "!Ref " + r).toList()) + "]";
        if (gatewayService(service)) {
            return common + ", VpcEndpointType: Gateway, RouteTableIds: " + refs + "}}";
        }
        return common + ", VpcEndpointType: Interface, PrivateDnsEnabled: true, SubnetIds: " + refs
                + ", SecurityGroupIds: [<a group admitting tcp/443 from " + clientCidr + ">]}}";
    }

    /** {@code ECR_DOCKER} → {@code EcrDocker}; {@code ecs-agent} → {@code EcsAgent}. */
    static String constructId(String name) {
        StringBuilder sb = new StringBuilder();
        for (String word : name.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!word.isEmpty()) {
                sb.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return sb.toString();
    }
}
