package dev.airgap.it.needs;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;

/** Two variants of one stack in one synth: without the ecr.dkr and ssmmessages endpoints, and with every one. */
public final class NeedsApp {

    static final String ACCOUNT = "123456789012";
    static final String REGION = "ap-northeast-1";

    private NeedsApp() {
    }

    public static void main(String[] args) {
        App app = new App(AppProps.builder()
                .context(Map.of("availability-zones:account=" + ACCOUNT + ":region=" + REGION,
                        List.of("ap-northeast-1a", "ap-northeast-1c")))
                .build());
        StackProps props = StackProps.builder()
                .env(Environment.builder().account(ACCOUNT).region(REGION).build()).build();
        new WorkloadStack(app, "BrokenStack", props, false);
        new WorkloadStack(app, "FixedStack", props, true);
        app.synth();
    }
}
