package dev.airgap.deployed;

import static dev.airgap.deployed.Fixtures.ENDPOINTS_ID;
import static dev.airgap.deployed.Fixtures.NETWORK_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.airgap.resolve.ResolveOptions;
import dev.airgap.resolve.ResourceId;
import dev.airgap.template.InputException;
import dev.airgap.template.StackTemplate;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

/** The real SDK client against the loopback CloudFormation stub, end to end. */
class DeployedStacksTest {

    private CloudFormationStub stub;

    @BeforeEach
    void start() throws IOException {
        stub = Fixtures.stub();
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void readsTheTemplateParametersOutputsAndPhysicalIdsAndFollowsNestedStacks() {
        Fixtures.Fetched f = Fixtures.fetch(stub, "shared-network");
        List<DeployedStack> stacks = f.stacks().stacks();

        assertThat(stacks).extracting(DeployedStack::name)
                .containsExactly("shared-network", "shared-network/Endpoints");
        StackTemplate root = stacks.get(0).template();
        assertThat(root.file()).isEqualTo("deployed:us-west-1/shared-network");
        assertThat(root.region()).isEqualTo("us-west-1");
        assertThat(root.account()).isEqualTo("123456789012");
        assertThat(root.nested()).isFalse();
        assertThat(root.resources().has("S3GatewayEndpoint")).isTrue();
        StackTemplate nested = stacks.get(1).template();
        assertThat(nested.parent()).isEqualTo("shared-network");
        assertThat(nested.parentLogicalId()).isEqualTo("Endpoints");
        assertThat(nested.file()).isEqualTo("deployed:us-west-1/shared-network-Endpoints-1F2G3H4J5K6L");
        assertThat(nested.resources().has("SsmEndpoint")).isTrue();
        assertThat(stacks.get(1).stackId()).isEqualTo(ENDPOINTS_ID);

        // NoEcho values come back as ****: left out, with a warning that says how to give the value.
        assertThat(stacks.get(0).parameters()).isEqualTo(Map.of("VpcCidr", "10.20.0.0/16",
                "EnableS3Endpoint", "true"));
        assertThat(f.warnings()).containsExactly("deployed stack shared-network: parameter DbPassword is NoEcho, "
                + "CloudFormation does not return its value; set it in <parameters> as shared-network.DbPassword=VALUE "
                + "if a verdict depends on it");
        // Only top-level stacks feed <parameters>: the parent passes the nested stack's values by reference.
        assertThat(f.stacks().parameters()).isEqualTo(Map.of("shared-network.VpcCidr", "10.20.0.0/16",
                "shared-network.EnableS3Endpoint", "true"));
        assertThat(f.stacks().exports()).isEqualTo(Map.of("shared-network-VpcId", "vpc-0a1b2c3d4e5f60718",
                "shared-network-PrivateSubnet", "subnet-0f1e2d3c4b5a69788"));

        PhysicalIds ids = f.stacks().physicalIds();
        assertThat(ids.of(new ResourceId("shared-network", "S3GatewayEndpoint"))).contains("vpce-0aa11bb22cc33dd44");
        assertThat(ids.of(new ResourceId("shared-network/Endpoints", "SsmEndpoint")))
                .contains("vpce-0123456789abcdef0");
        assertThat(ids.fillEndpointDnsName("vpce-{SsmEndpoint}.ssm.us-west-1.vpce.amazonaws.com",
                new ResourceId("shared-network/Endpoints", "SsmEndpoint")))
                .isEqualTo("vpce-0123456789abcdef0.ssm.us-west-1.vpce.amazonaws.com");
        assertThat(ids.fillEndpointDnsName("vpce-{Other}.ssm.us-west-1.vpce.amazonaws.com",
                new ResourceId("shared-network", "Other"))).isEqualTo("vpce-{Other}.ssm.us-west-1.vpce.amazonaws.com");
    }

    @Test
    void pagesThroughResourcesAndStacks() {
        stub.pagedDescribe = true;
        Fixtures.fetch(stub, "shared-network");

        List<Map<String, String>> listed = stub.requests.stream()
                .filter(r -> "ListStackResources".equals(r.get("Action")) && NETWORK_ID.equals(r.get("StackName")))
                .toList();
        assertThat(listed).extracting(r -> r.get("NextToken")).containsExactly(null, "page-2", "page-4");
        assertThat(stub.requests.stream().filter(r -> "DescribeStacks".equals(r.get("Action"))
                && "shared-network".equals(r.get("StackName")))).extracting(r -> r.get("NextToken"))
                .containsExactly(null, "describe-page-2");
    }

    @Test
    void theOriginalTemplateFirstAndTheProcessedOneWhenATransformWasUsed() {
        Fixtures.Fetched f = Fixtures.fetch(stub, "functions");
        DeployedStack s = f.stacks().stacks().get(0);

        assertThat(s.processed()).isTrue();
        assertThat(s.template().file()).isEqualTo("deployed:us-west-1/functions#processed");
        assertThat(s.template().resources().has("FunctionRole")).isTrue();
        assertThat(stub.requests.stream().filter(r -> "GetTemplate".equals(r.get("Action"))))
                .extracting(r -> r.get("TemplateStage")).containsExactly("Original", "Processed");

        stub.requests.clear();
        Fixtures.fetch(stub, "shared-network");
        assertThat(stub.requests.stream().filter(r -> "GetTemplate".equals(r.get("Action"))))
                .extracting(r -> r.get("TemplateStage")).containsExactly("Original", "Original");
    }

    @Test
    void aStackArnCarriesItsRegion() {
        DeployedOptions byArn = new DeployedOptions(List.of(NETWORK_ID), null, null, stub.url(), false);
        // Fixtures' default-region function fails the test if it is asked.
        DeployedStacks stacks = Fixtures.fetch(byArn, w -> { });
        assertThat(stacks.templates()).extracting(StackTemplate::region).containsOnly("us-west-1");
    }

    @Test
    void deployedParametersJoinTheUsersButAScopedUserValueWins() {
        DeployedStacks stacks = Fixtures.fetch(stub, "shared-network").stacks();
        ResolveOptions user = new ResolveOptions(Map.of("VpcCidr", "10.0.0.0/16",
                "shared-network.EnableS3Endpoint", "false"), List.of(), Map.of());

        assertThat(stacks.withParameters(user).parameters()).isEqualTo(Map.of(
                "VpcCidr", "10.0.0.0/16",
                "shared-network.VpcCidr", "10.20.0.0/16",
                "shared-network.EnableS3Endpoint", "false"));
    }

    @Test
    void aMissingStackIsNamed() {
        assertThatThrownBy(() -> Fixtures.fetch(stub, "shared-netwrok"))
                .isInstanceOf(InputException.class)
                .hasMessage("airgap.stacks: the deployed stack 'shared-netwrok' does not exist in us-west-1. check the "
                        + "stack name, <awsRegion> (-Dairgap.awsRegion) and the account of the credentials");
    }

    @Test
    void accessDeniedNamesThePermissionAndNotTheCaller() {
        stub.deny("GetTemplate");
        assertThatThrownBy(() -> Fixtures.fetch(stub, "shared-network"))
                .isInstanceOf(InputException.class)
                .hasMessage("deployed stack " + NETWORK_ID + " (us-west-1): access denied to "
                        + "cloudformation:GetTemplate. grant the caller cloudformation:GetTemplate on this stack (the "
                        + "README's minimal policy grants cloudformation:DescribeStacks, cloudformation:GetTemplate and "
                        + "cloudformation:ListStackResources)")
                .message().doesNotContain("assumed-role", "123456789012:assumed");
    }

    @Test
    void throttlingIsRetriedByTheSdk() {
        stub.throttle(2);
        Fixtures.Fetched f = Fixtures.fetch(stub, "shared-network");

        assertThat(f.stacks().stacks()).hasSize(2);
        assertThat(stub.actions().subList(0, 3)).containsExactly("DescribeStacks", "DescribeStacks", "DescribeStacks");
    }

    @Test
    void throttlingThatOutlastsTheRetriesIsAClearFailure() {
        stub.throttle(1000);
        assertThatThrownBy(() -> Fixtures.fetch(stub, "shared-network"))
                .isInstanceOf(InputException.class)
                .hasMessage("deployed stack shared-network (us-west-1): CloudFormation throttled DescribeStacks and "
                        + "kept throttling after 3 attempts. try again later, or name fewer stacks in one build");
        assertThat(stub.requests).hasSize(3);
    }

    @Test
    void missingCredentialsSayHowToProvideThem() {
        DeployedOptions options = new DeployedOptions(List.of("shared-network"), "us-west-1", "ci", stub.url(), false);
        assertThatThrownBy(() -> SdkCloudFormation.open(options, "us-west-1", () -> {
            throw SdkClientException.create("Unable to load credentials from any of the providers in the chain");
        }, null))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("airgap.stacks: no AWS credentials to read the deployed stacks (profile 'ci'). "
                        + "provide them the way the AWS CLI finds them: AWS_PROFILE or -Dairgap.awsProfile=NAME");
        assertThat(stub.requests).isEmpty();
    }

    @Test
    void rejectedCredentialsSayWhatToDo() {
        stub.fail("DescribeStacks", 403, "ExpiredToken", "The security token included in the request is expired");
        assertThatThrownBy(() -> Fixtures.fetch(stub, "shared-network"))
                .isInstanceOf(InputException.class)
                .hasMessage("deployed stack shared-network (us-west-1): AWS rejected the credentials (ExpiredToken). "
                        + "refresh them ('aws sso login', new session credentials) or pick another profile with "
                        + "-Dairgap.awsProfile=NAME")
                .message().doesNotContain("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI");
    }

    @Test
    void otherServiceErrorsKeepTheCodeAndMessage() {
        stub.fail("ListStackResources", 400, "ValidationError", "1 validation error detected");
        assertThatThrownBy(() -> Fixtures.fetch(stub, "shared-network"))
                .isInstanceOf(InputException.class)
                .hasMessage("deployed stack " + NETWORK_ID + " (us-west-1): CloudFormation ListStackResources failed: "
                        + "ValidationError: 1 validation error detected");
    }

    @Test
    void anUnreachableEndpointSaysWhereAndLeaksNoCredentials() {
        DeployedOptions options = new DeployedOptions(List.of("shared-network"), "us-west-1", null,
                "http://127.0.0.1:1", false);
        assertThatThrownBy(() -> Fixtures.fetch(options, w -> { }))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("deployed stack shared-network (us-west-1): cannot call CloudFormation "
                        + "DescribeStacks at http://127.0.0.1:1: ")
                .message().doesNotContain("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI");
    }

    @Test
    void withoutEndpointUrlTheSdksServiceEndpointSettingApplies() {
        // The system-property twin of AWS_ENDPOINT_URL_CLOUDFORMATION, read by the SDK itself.
        System.setProperty("aws.endpointUrlCloudFormation", stub.url());
        try {
            DeployedOptions options = new DeployedOptions(List.of("shared-network"), "us-west-1", null, null, false);
            assertThat(Fixtures.fetch(options, w -> { }).stacks()).hasSize(2);
            assertThat(stub.requests).isNotEmpty();
        } finally {
            System.clearProperty("aws.endpointUrlCloudFormation");
        }
    }

    @Test
    void aBadEndpointUrlIsAConfigurationError() {
        DeployedOptions options = new DeployedOptions(List.of("shared-network"), "us-west-1", null, "localhost:8080",
                false);
        assertThatThrownBy(() -> Fixtures.fetch(options, w -> { }))
                .isInstanceOf(InputException.class)
                .hasMessage("airgap.endpointUrl: 'localhost:8080' is not a URL. give the CloudFormation endpoint as "
                        + "http(s)://host[:port]");
    }
}
