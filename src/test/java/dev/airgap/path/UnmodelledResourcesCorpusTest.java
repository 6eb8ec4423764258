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
 * The real pattern: aws-samples/aws-transit-gateway-egress-filtering's spoke VPC (in the test corpus, MIT-0) adds
 * its default route to the transit gateway from a Lambda custom resource, {@code UpdateTgwRoutes}, handed the VPC
 * and its route table. From the templates alone the spoke has no route out; deployed, it egresses through the
 * security VPC's Squid proxies.
 */
class UnmodelledResourcesCorpusTest {

    private static final Path SPOKE = Paths.get(
            "src/test/resources/corpus/public/aws-samples__aws-transit-gateway-egress-filtering__SpokeVpc.yaml");

    private static PathResult analyze(PathOptions options) {
        List<StackTemplate> stacks = new TemplateLoader(new TemplateReader(), Paths.get(""), s -> { })
                .load(List.of(SPOKE));
        return new PathAnalyzer().analyze(NetworkModel.build(Fixtures.resolve(stacks)), options);
    }

    @Test
    void theSpokeSubnetsAreUnknownNamingTheCustomResource() {
        PathResult r = analyze(PathOptions.defaults());

        for (String subnet : List.of("ProtectedSubnet", "ProtectedSubnet2")) {
            EgressVerdict internet = r.subnet(subnet).orElseThrow().internet();
            assertThat(internet.egress()).as(subnet).isEqualTo(Egress.UNKNOWN);
            assertThat(internet.codes()).contains(Code.CHANGED_BY_UNMODELLED_RESOURCE);
            assertThat(internet.reason()).startsWith("UpdateTgwRoutes (Custom::UpdateTgwRoutes, ")
                    .contains("is handed ProtectedRouteTable, VPC")
                    .contains("from the templates alone: NONE");
        }
    }

    @Test
    void trustedTheSpokeSubnetsKeepTheTemplatesVerdict() {
        PathResult r = analyze(new PathOptions(List.of(), List.of(), List.of(),
                List.of(TrustedResource.parse("Custom::UpdateTgwRoutes=reviewed", "entry 1"))));

        assertThat(r.subnet("ProtectedSubnet").orElseThrow().internet().egress()).isEqualTo(Egress.NONE);
        assertThat(r.trusted()).singleElement()
                .satisfies(t -> assertThat(t.resource().logicalId()).isEqualTo("UpdateTgwRoutes"));
    }
}
