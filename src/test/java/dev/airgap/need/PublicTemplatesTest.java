package dev.airgap.need;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.AnalysisRequest;
import dev.airgap.Analyzer;
import dev.airgap.Check;
import dev.airgap.require.Selector;
import dev.airgap.require.Violation;
import dev.airgap.require.WorkloadNeeds;
import dev.airgap.resolve.ResolveOptions;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Public templates of the pattern, copied unchanged under {@code corpus/}: AWS's Fargate service in private subnets
 * behind a NAT gateway (the cluster stack exports the subnets and groups the service imports), and AWS's EKS sample.
 */
class PublicTemplatesTest {

    private static final String CLUSTER =
            "public/aws-cloudformation__aws-cloudformation-templates__ECS__FargateLaunchType__clusters__private-vpc.yaml";
    private static final String SERVICE = "public-extra/ecs-fargate-private-subnet/private-subnet-public-service.json";

    private static Path corpus() throws URISyntaxException {
        return Path.of(PublicTemplatesTest.class.getResource("/corpus/README.md").toURI()).getParent();
    }

    private static Check fargate(boolean privateOnly) throws URISyntaxException {
        String clusterStack = Path.of(CLUSTER).getFileName().toString().replace(".yaml", "");
        AnalysisRequest request = AnalysisRequest.of(corpus(), List.of(Path.of(CLUSTER), Path.of(SERVICE)),
                new ResolveOptions(Map.of("StackName", clusterStack), List.of("us-east-1"), Map.of()));
        return new Analyzer().check(request, List.of(new WorkloadNeeds(null, Selector.ALL, Selector.ALL,
                privateOnly, false, false, List.of())));
    }

    @Test
    void theFargateServicesDockerHubImageNeedsTheNatPathItHas() throws URISyntaxException {
        Check c = fargate(false);
        List<NeedsOfWorkload> needs = new NeedDeriver(NeedsTable.bundled()).derive(c.analysis().model(),
                c.analysis().run());

        NeedsOfWorkload service = needs.stream().filter(n -> n.workload().id().logicalId().equals("Service"))
                .findFirst().orElseThrow();
        assertThat(service.workload().subnets()).hasSize(2).allMatch(s -> s.isKnown());
        assertThat(service.needs()).extracting(WorkloadNeed::service).containsExactly(WorkloadNeed.INTERNET);
        assertThat(service.needs().get(0).because()).contains("image nginx comes from a registry");
        // the private subnets route 0.0.0.0/0 to NAT gateways: the image can be pulled
        assertThat(c.evaluation().violations()).isEmpty();
    }

    @Test
    void privateOnlyAsksToMirrorTheImageIntoEcr() throws URISyntaxException {
        List<Violation> v = fargate(true).evaluation().violations();

        assertThat(v).hasSize(2).allSatisfy(x -> {
            assertThat(x.found()).startsWith("Service (AWS::ECS::Service) needs internet")
                    .contains("reached only over the internet (NAT_GATEWAY)");
            assertThat(x.fix()).startsWith("copy the image into an ECR repository of us-east-1");
        });
    }

    @Test
    void theEksSampleNodeGroupNeedsItsRegistryLayersAndEc2() throws URISyntaxException {
        AnalysisRequest request = AnalysisRequest.of(corpus(),
                List.of(Path.of("public/aws-cloudformation__aws-cloudformation-templates__EKS__template.yaml")),
                new ResolveOptions(Map.of(), List.of("us-east-1"), Map.of()));
        Check c = new Analyzer().check(request, List.of(new WorkloadNeeds(null, Selector.ALL, Selector.ALL, false,
                false, true, List.of())));
        List<NeedsOfWorkload> needs = new NeedDeriver(NeedsTable.bundled()).derive(c.analysis().model(),
                c.analysis().run());

        NeedsOfWorkload nodes = needs.stream().filter(n -> n.workload().type().equals("AWS::EKS::Nodegroup"))
                .findFirst().orElseThrow();
        assertThat(nodes.kinds()).containsExactly(WorkloadKind.EKS_NODE);
        assertThat(nodes.needs()).extracting(WorkloadNeed::service)
                .contains("ecr.api", "ecr.dkr", "s3", "ec2", "sts");
    }
}
