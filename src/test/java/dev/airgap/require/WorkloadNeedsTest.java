package dev.airgap.require;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.AnalysisRequest;
import dev.airgap.Analyzer;
import dev.airgap.Check;
import dev.airgap.resolve.ResolveOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code <workloadNeeds>} on a Fargate service and an SSM-managed instance in isolated subnets of Tokyo. */
class WorkloadNeedsTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void copyFixture() throws IOException {
        try (InputStream in = WorkloadNeedsTest.class.getResourceAsStream("/need/isolated-workloads.yaml")) {
            Files.copy(in, dir.resolve("isolated-workloads.yaml"));
        }
        try (InputStream in = WorkloadNeedsTest.class.getResourceAsStream("/need/workloads.yaml")) {
            Files.copy(in, dir.resolve("workloads.yaml"));
        }
    }

    private static Check check(String complete, Requirement r) {
        AnalysisRequest request = AnalysisRequest.of(dir, List.of(Path.of("isolated-workloads.yaml")),
                new ResolveOptions(Map.of("Complete", complete), List.of("ap-northeast-1"), Map.of()));
        return new Analyzer().check(request, List.of(r));
    }

    private static WorkloadNeeds needs(boolean privateOnly) {
        return new WorkloadNeeds(null, Selector.ALL, Selector.ALL, privateOnly, false, false, List.of());
    }

    @Test
    void aFargateServiceWithoutEcrDkrAndAnInstanceWithoutSsmmessagesFailWithTheFixAndItsPrice() {
        Evaluation e = check("false", needs(false)).evaluation();

        assertThat(e.violations()).extracting(Violation::service)
                .containsExactlyInAnyOrder("ecr.dkr", "ecr.dkr", "ssmmessages");
        Violation dkr = e.violations().stream().filter(v -> v.service().equals("ecr.dkr")
                && v.subnet().logicalId().equals("IsolatedA")).findFirst().orElseThrow();
        assertThat(dkr.found()).startsWith("AppService (AWS::ECS::Service) needs ecr.dkr (image ")
                .contains(".dkr.ecr.ap-northeast-1.amazonaws.com/app:1 is in ECR").contains("access NONE");
        assertThat(dkr.fix()).contains("add an interface VPC endpoint for ecr.dkr with PrivateDnsEnabled: true in Vpc")
                .contains("in 2 AZs (IsolatedA, IsolatedC)")
                .containsPattern("about \\d+\\.\\d\\d USD a month \\([0-9.]+ per AZ-hour × 2 × 730 h")
                .contains("CloudFormation: EcrDockerEndpoint: {Type: AWS::EC2::VPCEndpoint")
                .contains("ServiceName: !Sub 'com.amazonaws.${AWS::Region}.ecr.dkr'")
                .contains("SecurityGroupIds: [<a group admitting tcp/443 from 10.0.1.0/24, 10.0.2.0/24>]")
                .doesNotContain("CDK (Java)");
        assertThat(dkr.kind()).isEqualTo("workloadNeeds");
        Violation ssm = e.violations().stream().filter(v -> v.service().equals("ssmmessages")).findFirst()
                .orElseThrow();
        assertThat(ssm.found()).startsWith("Bastion (AWS::EC2::Instance) needs ssmmessages (role SsmRole allows "
                + "ssm:UpdateInstanceInformation");
        assertThat(ssm.subnet().logicalId()).isEqualTo("IsolatedA");
        assertThat(ssm.fix()).contains("in 1 AZ (IsolatedA)");
    }

    @Test
    void withEveryEndpointItPasses() {
        Check c = check("true", needs(true));

        assertThat(c.evaluation().violations()).isEmpty();
        assertThat(c.analysis().paths().services()).contains("ecr.api", "ecr.dkr", "s3", "logs", "ssm",
                "ssmmessages", "ec2messages");
    }

    @Test
    void aWorkloadSelectorOrAnExceptionNarrowsIt() {
        Evaluation onlyApp = check("false", new WorkloadNeeds(null, Selector.ALL, Selector.parse("App*"), false, false,
                false, List.of())).evaluation();
        assertThat(onlyApp.violations()).extracting(Violation::service).containsOnly("ecr.dkr");

        Evaluation waived = check("false", new WorkloadNeeds(null, Selector.ALL, Selector.ALL, false, false, false,
                List.of(new Waiver(null, null, null, "ssmmessages", "Session Manager is not used here"))))
                .evaluation();
        assertThat(waived.violations()).extracting(Violation::service).containsOnly("ecr.dkr");
        assertThat(waived.waived()).hasSize(1);
    }

    private static Evaluation noEndpoints(String workloads, boolean allowUnknown) {
        AnalysisRequest request = AnalysisRequest.of(dir, List.of(Path.of("workloads.yaml")),
                new ResolveOptions(Map.of(), List.of("ap-northeast-1"), Map.of()));
        return new Analyzer().check(request, List.of(new WorkloadNeeds(null, Selector.ALL, Selector.parse(workloads),
                false, false, allowUnknown, List.of()))).evaluation();
    }

    @Test
    void anImageFromAParameterIsUnknownWhichAllowUnknownWaives() {
        Evaluation strict = noEndpoints("ParamService", false);
        assertThat(strict.violations()).isNotEmpty().allMatch(Violation::unknown);
        assertThat(strict.violations()).anySatisfy(v -> assertThat(v.found())
                .startsWith("ParamService (AWS::ECS::Service) needs ecr.dkr (image {?} is not known before deployment"));

        Evaluation lenient = noEndpoints("ParamService", true);
        assertThat(lenient.violations()).isEmpty();
        assertThat(lenient.waived()).hasSize(strict.violations().size());
    }

    @Test
    void theMissingS3GatewayEndpointIsFreeAndADockerHubImageWithoutInternetAsksForAMirror() {
        Evaluation e = noEndpoints("AppService,HubService", false);

        Violation s3 = e.violations().stream().filter(v -> "s3".equals(v.service())).findFirst().orElseThrow();
        assertThat(s3.fix()).startsWith("add a gateway VPC endpoint for s3 in Vpc with RouteTableIds [")
                .contains("gateway endpoints are free").contains("VpcEndpointType: Gateway");
        Violation hub = e.violations().stream().filter(v -> v.found().startsWith("HubService")
                && v.found().contains("needs internet")).findFirst().orElseThrow();
        assertThat(hub.found()).contains("image nginx:1.27 comes from a registry that no VPC endpoint serves")
                .contains("internet egress NONE");
        assertThat(hub.fix()).startsWith("copy the image into an ECR repository of ap-northeast-1");
    }

    @Test
    void likelyNeedsFailOnlyWhenIncluded() {
        AnalysisRequest request = AnalysisRequest.of(dir, List.of(Path.of("workloads.yaml")),
                new ResolveOptions(Map.of(), List.of("ap-northeast-1"), Map.of()));
        Evaluation hints = new Analyzer().check(request, List.of(new WorkloadNeeds(null, Selector.ALL,
                Selector.parse("Function"), false, false, false, List.of()))).evaluation();
        Evaluation included = new Analyzer().check(request, List.of(new WorkloadNeeds(null, Selector.ALL,
                Selector.parse("Function"), false, true, false, List.of()))).evaluation();

        assertThat(hints.violations()).isEmpty();
        // sqs and kinesis-streams are not among the table's services, so they were not analysed: said, not passed
        assertThat(included.violations()).extracting(Violation::service)
                .containsExactlyInAnyOrder("sqs", "kinesis-streams");
        assertThat(included.violations()).allSatisfy(v -> assertThat(v.fix()).contains("to <services>"));
    }
}
