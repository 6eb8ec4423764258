package dev.airgap.path;

import static dev.airgap.path.Fixtures.analyze;
import static dev.airgap.path.Fixtures.s3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.network.NetworkModel;
import dev.airgap.template.TemplateLoader;
import dev.airgap.template.TemplateReader;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code buckets.scope} from the endpoint policy, the bucket policies and the client's role. */
class BucketScopeTest {

    @Test
    void gatewayEndpointPolicyRestrictsTheBucketsAsInTheArticle() {
        // corpus 03: the endpoint policy allows only test-us-west-bt; the instance role has AmazonS3ReadOnlyAccess
        var stacks = new TemplateLoader(new TemplateReader(), Paths.get(""), s -> { })
                .load(List.of(Paths.get("src/test/resources/corpus/cdk/03-s3-gateway-endpoint")));
        PathResult r = new PathAnalyzer().analyze(NetworkModel.build(Fixtures.resolve(stacks)), PathOptions.defaults());
        for (SubnetResult s : r.subnets()) {
            Buckets b = s.services().get("s3").buckets();
            assertThat(b.scope()).as(s.subnet().id() + ": " + b.reason()).isEqualTo("RESTRICTED");
            assertThat(b.allowed()).containsExactly("test-us-west-bt");
        }
    }

    @Test
    void withoutEndpointPolicyOrWorkloadNothingRestrictsTheBuckets() {
        PathResult r = analyze("us-west-2", Yaml.BASE + Yaml.s3Gateway("S3Endpoint", "RtA"));
        assertThat(s3(r, "SubnetA").buckets().scope()).isEqualTo("ALL");
        assertThat(s3(r, "SubnetB").buckets().scope()).isEqualTo("NONE");
    }
}
