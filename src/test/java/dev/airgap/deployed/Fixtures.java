package dev.airgap.deployed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import dev.airgap.template.ReadLimits;
import dev.airgap.template.TemplateReader;

/** The deployed stacks the tests serve, and a loader that reaches the stub with test credentials. */
final class Fixtures {

    static final String REGION = "us-west-1";
    static final String ACCOUNT = "123456789012";
    static final String NETWORK_ID = "arn:aws:cloudformation:us-west-1:123456789012:stack/shared-network/"
            + "1a2b3c40-d5e6-11f0-8000-0a1b2c3d4e5f";
    static final String ENDPOINTS_ID = "arn:aws:cloudformation:us-west-1:123456789012:stack/"
            + "shared-network-Endpoints-1F2G3H4J5K6L/2b3c4d50-d5e6-11f0-8000-0a1b2c3d4e5f";
    static final String SERVERLESS_ID = "arn:aws:cloudformation:us-west-1:123456789012:stack/functions/"
            + "3c4d5e60-d5e6-11f0-8000-0a1b2c3d4e5f";
    /** Not a real key: the SDK signs requests with it; the stub does not check signatures. */
    static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(
            AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
    /** The SDK's standard strategy with three attempts and no backoff wait, to keep the tests fast. */
    static final ClientOverrideConfiguration FAST_RETRIES = ClientOverrideConfiguration.builder()
            .retryStrategy(b -> b.maxAttempts(3).backoffStrategy(BackoffStrategy.retryImmediately())
                    .throttlingBackoffStrategy(BackoffStrategy.retryImmediately()))
            .build();

    private Fixtures() {
    }

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/deployed/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CloudFormationStub.Stack network() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("VpcCidr", "10.20.0.0/16");
        parameters.put("EnableS3Endpoint", "true");
        parameters.put("DbPassword", "****");
        Map<String, String[]> outputs = new LinkedHashMap<>();
        outputs.put("VpcId", new String[] {"vpc-0a1b2c3d4e5f60718", "shared-network-VpcId"});
        outputs.put("PrivateSubnetId", new String[] {"subnet-0f1e2d3c4b5a69788", "shared-network-PrivateSubnet"});
        // Five resources in pages of two: ListStackResources needs three pages.
        return new CloudFormationStub.Stack("shared-network", NETWORK_ID, "UPDATE_COMPLETE", parameters, outputs,
                resource("network.yaml"), null, CloudFormationStub.resources(
                "Vpc", "vpc-0a1b2c3d4e5f60718", "AWS::EC2::VPC",
                "PrivateSubnet", "subnet-0f1e2d3c4b5a69788", "AWS::EC2::Subnet",
                "PrivateRouteTable", "rtb-0123456789abcdef0", "AWS::EC2::RouteTable",
                "S3GatewayEndpoint", "vpce-0aa11bb22cc33dd44", "AWS::EC2::VPCEndpoint",
                "Endpoints", ENDPOINTS_ID, "AWS::CloudFormation::Stack"));
    }

    static CloudFormationStub.Stack endpoints() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("VpcId", "vpc-0a1b2c3d4e5f60718");
        parameters.put("SubnetId", "subnet-0f1e2d3c4b5a69788");
        return new CloudFormationStub.Stack("shared-network-Endpoints-1F2G3H4J5K6L", ENDPOINTS_ID, "UPDATE_COMPLETE",
                parameters, Map.of(), resource("endpoints.yaml"), null, CloudFormationStub.resources(
                "EndpointSecurityGroup", "sg-0123456789abcdef0", "AWS::EC2::SecurityGroup",
                "SsmEndpoint", "vpce-0123456789abcdef0", "AWS::EC2::VPCEndpoint"));
    }

    static CloudFormationStub.Stack serverless() {
        return new CloudFormationStub.Stack("functions", SERVERLESS_ID, "CREATE_COMPLETE", Map.of(), Map.of(),
                resource("serverless-original.yaml"), resource("serverless-processed.json"),
                CloudFormationStub.resources(
                        "FunctionRole", "functions-FunctionRole-ABCDEF", "AWS::IAM::Role",
                        "Function", "functions-Function-GHIJKL", "AWS::Lambda::Function"));
    }

    static CloudFormationStub stub() throws IOException {
        CloudFormationStub stub = new CloudFormationStub().stack(network()).stack(endpoints()).stack(serverless());
        stub.pageSize = 2;
        return stub;
    }

    /** What one fetch returned and warned about. */
    record Fetched(DeployedStacks stacks, List<String> warnings) {
    }

    static Fetched fetch(CloudFormationStub stub, String... stacks) {
        DeployedOptions options = new DeployedOptions(List.of(stacks), REGION, null, stub.url(), false);
        List<String> warnings = new ArrayList<>();
        return new Fetched(fetch(options, warnings::add), warnings);
    }

    static DeployedStacks fetch(DeployedOptions options, Consumer<String> warnings) {
        Map<String, CloudFormationApi> opened = new LinkedHashMap<>();
        try {
            return new DeployedStacks(new DeployedStackLoader(region -> opened.computeIfAbsent(region,
                    r -> SdkCloudFormation.open(options, r, CREDENTIALS, FAST_RETRIES)), stack -> {
                throw new AssertionError("no default region in tests");
            }, new TemplateReader(ReadLimits.DEFAULT, warnings), warnings).load(options));
        } finally {
            opened.values().forEach(CloudFormationApi::close);
        }
    }
}
