package dev.airgap.examples.cdk;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;

/**
 * The CDK app: one stack in account 123456789012, region ap-northeast-1. Run by {@code mvn package}
 * (exec-maven-plugin) with {@code CDK_OUTDIR}, which {@link App} honours, so no CDK CLI is needed.
 */
public final class AirgapApp {

    static final String ACCOUNT = "123456789012";
    static final String REGION = "ap-northeast-1";

    private AirgapApp() {
    }

    public static void main(String[] args) {
        // Without the CLI there are no context lookups: give the AZs the CLI would have cached in cdk.context.json,
        // so the VPC spreads over three real AZs instead of CDK's dummy ones.
        App app = new App(AppProps.builder()
                .context(Map.of("availability-zones:account=" + ACCOUNT + ":region=" + REGION,
                        List.of("ap-northeast-1a", "ap-northeast-1c", "ap-northeast-1d")))
                .build());
        new PrivateNetworkStack(app, "PrivateNetworkStack", StackProps.builder()
                .env(Environment.builder().account(ACCOUNT).region(REGION).build())
                .build());
        app.synth();
    }
}
