package dev.airgap.it.change;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpoint;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.iam.AnyPrincipal;
import software.amazon.awscdk.services.iam.PolicyStatement;

/**
 * A small CDK app in two versions: isolated subnets in two AZs reaching S3 through a gateway endpoint whose policy
 * allows one bucket; with {@code -Dairgap.it.variant=change} the one construct that changes is that policy, which
 * also allows a logs bucket. Run with {@code CDK_OUTDIR}, no CDK CLI.
 */
public final class ChangeApp {

    private static final String ACCOUNT = "123456789012";
    private static final String REGION = "ap-northeast-1";

    private ChangeApp() {
    }

    public static void main(String[] args) {
        boolean change = "change".equals(System.getProperty("airgap.it.variant"));
        App app = new App(AppProps.builder()
                .context(Map.of("availability-zones:account=" + ACCOUNT + ":region=" + REGION,
                        List.of("ap-northeast-1a", "ap-northeast-1c")))
                .build());
        Stack stack = new Stack(app, "NetworkStack", StackProps.builder()
                .env(Environment.builder().account(ACCOUNT).region(REGION).build())
                .build());
        Vpc vpc = Vpc.Builder.create(stack, "Vpc")
                .ipAddresses(IpAddresses.cidr("10.0.0.0/16"))
                .maxAzs(2)
                .natGateways(0)
                .subnetConfiguration(List.of(SubnetConfiguration.builder()
                        .name("Isolated").subnetType(SubnetType.PRIVATE_ISOLATED).cidrMask(24).build()))
                .build();
        GatewayVpcEndpoint s3 = vpc.addGatewayEndpoint("S3Gateway", GatewayVpcEndpointOptions.builder()
                .service(GatewayVpcEndpointAwsService.S3)
                .subnets(List.of(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build()))
                .build());
        List<String> buckets = change ? List.of("airgap-example-artifacts", "airgap-example-logs")
                : List.of("airgap-example-artifacts");
        s3.addToPolicy(PolicyStatement.Builder.create()
                .principals(List.of(new AnyPrincipal()))
                .actions(List.of("s3:GetObject"))
                .resources(buckets.stream().map(b -> "arn:aws:s3:::" + b + "/*").toList())
                .build());
        app.synth();
    }
}
