package dev.airgap.need;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.network.NetworkModel;
import dev.airgap.path.Fixtures;
import dev.airgap.resolve.ResolvedRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NeedDeriverTest {

    private static Map<String, NeedsOfWorkload> byId;

    @BeforeAll
    static void derive() throws IOException {
        String yaml;
        try (InputStream in = NeedDeriverTest.class.getResourceAsStream("/need/workloads.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ResolvedRun run = Fixtures.run("ap-northeast-1", yaml);
        NetworkModel model = NetworkModel.build(run);
        byId = new LinkedHashMap<>();
        new NeedDeriver(NeedsTable.bundled()).derive(model, run)
                .forEach(n -> byId.put(n.workload().id().logicalId(), n));
    }

    private static Map<String, NeedLevel> levels(String workload) {
        return byId.get(workload).needs().stream().collect(Collectors.toMap(WorkloadNeed::service,
                WorkloadNeed::level, (a, b) -> a, LinkedHashMap::new));
    }

    private static WorkloadNeed need(String workload, String service) {
        return byId.get(workload).needs().stream().filter(n -> n.service().equals(service)).findFirst()
                .orElseThrow();
    }

    @Test
    void anInstanceWhoseRoleCarriesTheSsmAgentsPermissionsNeedsItsThreeEndpoints() {
        Map<String, NeedLevel> l = levels("ManagedInstance");
        assertThat(l).containsEntry("ssm", NeedLevel.REQUIRED).containsEntry("ssmmessages", NeedLevel.REQUIRED)
                .containsEntry("ec2messages", NeedLevel.REQUIRED)
                .containsEntry("kms", NeedLevel.LIKELY).containsEntry("logs", NeedLevel.LIKELY);
        assertThat(need("ManagedInstance", "ssm").because()).contains("role SsmRole allows "
                + "ssm:UpdateInstanceInformation");
        assertThat(need("ManagedInstance", "ssm").source().url())
                .startsWith("https://docs.aws.amazon.com/systems-manager/");
        assertThat(byId.get("ManagedInstance").kinds()).containsExactly(WorkloadKind.SSM_MANAGED_INSTANCE);
    }

    @Test
    void anInstanceWithoutThoseActionsNeedsNothingForSsm() {
        assertThat(byId).doesNotContainKey("PlainInstance");
    }

    @Test
    void aFargateTaskWithAnEcrImageLogsAndSecretsNeedsRegistryLayersLogsAndSecretStores() {
        Map<String, NeedLevel> l = levels("AppService");
        assertThat(l).containsOnlyKeys("ecr.api", "ecr.dkr", "s3", "logs", "secretsmanager", "ssm");
        assertThat(l.values()).containsOnly(NeedLevel.REQUIRED);
        assertThat(need("AppService", "ecr.dkr").because()).contains(".dkr.ecr.ap-northeast-1.amazonaws.com/app:1")
                .contains("is in ECR");
        assertThat(need("AppService", "s3").because()).contains("image layers");
        assertThat(need("AppService", "secretsmanager").because()).contains("DbSecret");
        assertThat(need("AppService", "ssm").because()).contains("/app/flag");
        assertThat(need("AppService", "ssm").source().url()).endsWith("secrets-envvar-ssm-paramstore.html");
    }

    @Test
    void anImageFromDockerHubOnEc2NeedsTheInternetAndTheContainerAgentsEndpoints() {
        Map<String, NeedLevel> l = levels("HubService");
        assertThat(l).containsOnlyKeys(WorkloadNeed.INTERNET, "ecs", "ecs-agent", "ecs-telemetry");
        assertThat(need("HubService", WorkloadNeed.INTERNET).because()).contains("nginx:1.27")
                .contains("no VPC endpoint serves");
    }

    @Test
    void anImageFromAParameterWithoutValueMakesTheRegistryNeedsUnknown() {
        Map<String, NeedLevel> l = levels("ParamService");
        assertThat(l).containsEntry("ecr.api", NeedLevel.UNKNOWN).containsEntry("ecr.dkr", NeedLevel.UNKNOWN)
                .containsEntry("s3", NeedLevel.UNKNOWN).containsEntry("ecs-agent", NeedLevel.UNKNOWN);
        assertThat(need("ParamService", "ecr.dkr").because()).contains("not known before deployment");
        assertThat(need("ParamService", "ecs").because()).contains("capacity provider strategy");
    }

    @Test
    void aLambdaFunctionLikelyNeedsWhatItsRoleCallsButNotWhatTheLambdaServiceDoesForIt() {
        Map<String, NeedLevel> l = levels("Function");
        assertThat(l).containsOnlyKeys("sqs", "kinesis-streams");
        assertThat(l.values()).containsOnly(NeedLevel.LIKELY);
        assertThat(need("Function", "sqs").source()).isNull();
        assertThat(need("Function", "sqs").because()).contains("role FunctionRole allows sqs:");
        // AWSLambdaVPCAccessExecutionRole is not in the bundled catalog: said, not guessed
        assertThat(byId.get("Function").notes()).anyMatch(n -> n.contains("AWSLambdaVPCAccessExecutionRole"));
    }

    @Test
    void anEksNodeGroupNeedsTheRegistryLayersAndEc2AndMaybeSts() {
        Map<String, NeedLevel> l = levels("Nodes");
        assertThat(l).containsEntry("ecr.api", NeedLevel.REQUIRED).containsEntry("ecr.dkr", NeedLevel.REQUIRED)
                .containsEntry("s3", NeedLevel.REQUIRED).containsEntry("ec2", NeedLevel.REQUIRED)
                .containsEntry("sts", NeedLevel.LIKELY);
        assertThat(List.copyOf(byId.keySet())).doesNotContain("Vpc", "Isolated");
    }
}
