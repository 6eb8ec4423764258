package dev.airgap.path;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.network.NetworkModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A real public template that names the AWS-managed DynamoDB prefix list of us-west-2 by ID in a security-group
 * egress rule ({@code DestinationPrefixListId: pl-00a54069}), copied unchanged into {@code corpus/public-extra/}
 * (source in its README). The template exports the security group for workloads deployed later, so the test adds
 * one instance that uses it; the rule is then decided from the bundled catalog.
 */
class PublicPrefixListTemplateTest {

    private static final Path FILE = Path.of("src/test/resources/corpus/public-extra/agentcore-customer-support-vpc/"
            + "vpc-stack.yaml");

    private static PathResult analyze(String region, boolean withWorkload) throws IOException {
        String yaml = Files.readString(FILE, StandardCharsets.UTF_8);
        if (withWorkload) {
            yaml = yaml.replace("\nOutputs:\n", "\n" + Yaml.instance("McpServer", "PrivateSubnet1",
                    "MCPRuntimeSecurityGroup") + "\nOutputs:\n");
        }
        return new PathAnalyzer().analyze(NetworkModel.build(Fixtures.resolve(
                List.of(Fixtures.stack("AgentCoreVpc", region, yaml)))), PathOptions.defaults());
    }

    @Test
    void theTemplatesOwnSubnetsReachS3AndDynamodbThroughTheirGatewayEndpoints() throws IOException {
        PathResult r = analyze("us-west-2", false);
        for (String subnet : List.of("PrivateSubnet1", "PrivateSubnet2", "PrivateSubnet3", "PrivateSubnet4")) {
            assertThat(Fixtures.s3(r, subnet).access()).as(subnet).isEqualTo(Access.GATEWAY_ENDPOINT);
            assertThat(r.subnet(subnet).orElseThrow().services().get("dynamodb").access()).as(subnet)
                    .isEqualTo(Access.GATEWAY_ENDPOINT);
        }
    }

    @Test
    void theDynamodbListIsDecidedFromTheCatalogInUsWest2() throws IOException {
        PathResult r = analyze("us-west-2", true);
        ServiceVerdict dynamodb = r.subnet("PrivateSubnet1").orElseThrow().services().get("dynamodb");
        assertThat(dynamodb.access()).isEqualTo(Access.GATEWAY_ENDPOINT);
        assertThat(dynamodb.securityGroups()).containsExactly("MCPRuntimeSecurityGroup");
        // DynamoDB's list does not cover S3, and no other rule of the group reaches S3's addresses.
        ServiceVerdict s3 = Fixtures.s3(r, "PrivateSubnet1");
        assertThat(s3.access()).isEqualTo(Access.NONE);
        assertThat(s3.reason()).contains("MCPRuntimeSecurityGroup").contains("no egress rule allows tcp/443");
    }

    @Test
    void inAnotherRegionTheSameIdStaysUnknownAndSaysWhy() throws IOException {
        ServiceVerdict dynamodb = analyze("us-east-1", true).subnet("PrivateSubnet1").orElseThrow().services()
                .get("dynamodb");
        assertThat(dynamodb.access()).isEqualTo(Access.UNKNOWN);
        assertThat(dynamodb.reason()).contains("pl-00a54069").contains("com.amazonaws.us-west-2.dynamodb")
                .contains("us-east-1");
    }
}
