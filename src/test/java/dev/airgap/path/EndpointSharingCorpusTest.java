package dev.airgap.path;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.network.NetworkModel;
import dev.airgap.template.StackTemplate;
import dev.airgap.template.TemplateLoader;
import dev.airgap.template.TemplateReader;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The real centralized-endpoint pattern: aws-samples/vpc-endpoint-sharing (in the test corpus, MIT-0). The hub has
 * the interface endpoints and an inbound resolver; the spoke associates, by a parameter, the hub's FORWARD rule for
 * {@code REGION.amazonaws.com}, so its clients' names are answered by the hub's resolver, not by the spoke's own
 * Route 53. What that answers is not in the spoke's template: the spoke's services are UNKNOWN with that reason.
 * From routes alone the spoke, with no NAT and only the hub's block routed to the TGW, read NONE for SSM (which the
 * deployed stacks reach through the hub) and GATEWAY_ENDPOINT for S3 (which holds only if the hub answers S3's
 * public name).
 */
class EndpointSharingCorpusTest {

    private static final Path SPOKE = Paths.get(
            "src/test/resources/corpus/public/aws-samples__vpc-endpoint-sharing__spoke.yml");

    @Test
    void theSpokesForwardedNamesMakeItsInterfaceServicesUnknown() {
        List<StackTemplate> stacks = new TemplateLoader(new TemplateReader(), Paths.get(""), s -> { })
                .load(List.of(SPOKE));
        PathResult r = new PathAnalyzer().analyze(NetworkModel.build(Fixtures.resolve(stacks)),
                new PathOptions(List.of("ssm", "s3"), List.of()));
        assertThat(r.subnets()).hasSize(3);
        for (SubnetResult subnet : r.subnets()) {
            ServiceVerdict ssm = subnet.services().get("ssm");
            assertThat(ssm.access()).as(subnet.subnet().id().logicalId()).isEqualTo(Access.UNKNOWN);
            assertThat(ssm.reason()).contains("resolver rule association rAWSApiResolverRuleAssociation")
                    .contains("pAWSApiResolverRuleId");
            assertThat(subnet.services().get("s3").access()).isEqualTo(Access.UNKNOWN);
        }
    }
}
