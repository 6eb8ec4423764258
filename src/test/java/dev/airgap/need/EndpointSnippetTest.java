package dev.airgap.need;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.network.Az;
import dev.airgap.network.Known;
import dev.airgap.network.Subnet;
import dev.airgap.network.Vpc;
import dev.airgap.resolve.ResourceId;
import dev.airgap.template.SourcePosition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EndpointSnippetTest {

    private static Vpc vpc(String path) {
        return new Vpc(new ResourceId("Stack", "Vpc8378EB38"), path, List.of(), Known.of(true), Known.of(true), false,
                Map.of(), SourcePosition.of("t.json"));
    }

    private static Subnet subnet(Map<String, String> tags) {
        return new Subnet(new ResourceId("Stack", "Isolated1"), "Stack/Network/IsolatedSubnet1/Subnet",
                Known.of(new ResourceId("Stack", "Vpc8378EB38")), Az.named("ap-northeast-1a"),
                Known.unknown("-"), Known.of(false), false, false, tags, SourcePosition.of("t.json"));
    }

    @Test
    void aCdkVpcConstructIsNamedByItsConstructId() {
        Subnet cdk = subnet(Map.of("aws-cdk:subnet-type", "Isolated"));
        assertThat(EndpointSnippet.cdkVariable(vpc("Stack/Network/Resource"), cdk)).isEqualTo("network");
        // a CfnVPC written by hand in a CDK app, or a template without CDK's subnet tags, gets CloudFormation
        assertThat(EndpointSnippet.cdkVariable(vpc("Stack/Network"), cdk)).isNull();
        assertThat(EndpointSnippet.cdkVariable(vpc("Stack/Network/Resource"), subnet(Map.of()))).isNull();
        assertThat(EndpointSnippet.cdkVariable(vpc(null), cdk)).isNull();
    }

    @Test
    void interfaceAndGatewayEndpointsInJavaAndTypeScript() {
        assertThat(EndpointSnippet.cdkJava("vpc", "ecr.dkr")).isEqualTo("vpc.addInterfaceEndpoint(\"EcrDocker\", "
                + "InterfaceVpcEndpointOptions.builder().service(InterfaceVpcEndpointAwsService.ECR_DOCKER).build());");
        assertThat(EndpointSnippet.cdkJava("vpc", "s3")).isEqualTo("vpc.addGatewayEndpoint(\"S3\", "
                + "GatewayVpcEndpointOptions.builder().service(GatewayVpcEndpointAwsService.S3).build());");
        assertThat(EndpointSnippet.cdkTypeScript("vpc", "dynamodb")).isEqualTo("vpc.addGatewayEndpoint('Dynamodb', "
                + "{ service: ec2.GatewayVpcEndpointAwsService.DYNAMODB });");
        assertThat(EndpointSnippet.cdkTypeScript("vpc", "ssmmessages")).isEqualTo("vpc.addInterfaceEndpoint("
                + "'SsmMessages', { service: ec2.InterfaceVpcEndpointAwsService.SSM_MESSAGES });");
        // a service without a CDK constant is named by its key
        assertThat(EndpointSnippet.cdkJava("vpc", "bedrock-runtime")).contains(
                "new InterfaceVpcEndpointAwsService(\"bedrock-runtime\")");
    }

    @Test
    void cloudFormationGatewayOnTheRouteTablesInterfaceInTheSubnets() {
        assertThat(EndpointSnippet.cloudFormation("s3", "Vpc", List.of("Routes"), "10.0.1.0/24")).isEqualTo(
                "S3Endpoint: {Type: AWS::EC2::VPCEndpoint, Properties: {VpcId: !Ref Vpc, ServiceName: "
                        + "!Sub 'com.amazonaws.${AWS::Region}.s3', VpcEndpointType: Gateway, RouteTableIds: "
                        + "[!Ref Routes]}}");
        assertThat(EndpointSnippet.cloudFormation("logs", "Vpc", List.of("A", "B"), "10.0.1.0/24"))
                .contains("CloudwatchLogsEndpoint:").contains("VpcEndpointType: Interface, PrivateDnsEnabled: true, "
                        + "SubnetIds: [!Ref A, !Ref B]").contains("tcp/443 from 10.0.1.0/24");
    }
}
