package dev.airgap.cost.availability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.cost.CostInputs;
import dev.airgap.network.NetworkModel;
import dev.airgap.resolve.ResolveOptions;
import dev.airgap.resolve.Resolver;
import dev.airgap.template.StackTemplate;
import dev.airgap.template.TemplateReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The availability of a real public template's interface endpoints (corpus/public-extra, source in its README:
 * thirteen services named {@code com.amazonaws.${AWS::Region}.…}) when it is deployed to Osaka.
 */
class PublicTemplateAvailabilityTest {

    private static final Path FILE = Path.of("src/test/resources/corpus/public-extra/agentcore-customer-support-vpc/"
            + "vpc-stack.yaml");

    private static Map<String, AvailabilityVerdict> inRegion(String region) throws IOException {
        StackTemplate stack = new StackTemplate("AgentCoreVpc", "vpc-stack.yaml",
                new TemplateReader().read("vpc-stack.yaml", Files.readAllBytes(FILE)), region, "111111111111",
                Map.of(), null, null);
        NetworkModel model = NetworkModel.build(new Resolver(ResolveOptions.defaults()).resolve(List.of(stack)));
        return EndpointAvailabilityChecker.bundled().checkAll(CostInputs.availabilityQueries(model)).stream()
                .collect(Collectors.toMap(AvailabilityVerdict::service, Function.identity()));
    }

    @Test
    void inOsakaEveryEndpointIsAnsweredAndNoneIsTakenForAvailable() throws IOException {
        Map<String, AvailabilityVerdict> v = inRegion("ap-northeast-3");

        assertThat(v).containsOnlyKeys("logs", "monitoring", "ecr.dkr", "ecr.api", "ssm", "kms", "secretsmanager",
                "rds-data", "xray", "bedrock-runtime", "bedrock-agentcore", "bedrock-agentcore.gateway");
        assertThat(v.values()).noneMatch(a -> a.availability() == Availability.AVAILABLE);
        // The SDK metadata lists the RDS Data API, but not in Osaka.
        assertThat(v.get("rds-data").availability()).isEqualTo(Availability.NOT_OFFERED);
        assertThat(v.get("rds-data").source()).startsWith("SDK ");
        // Offered there, endpoint not confirmed.
        assertThat(v.get("ecr.dkr").availability()).isEqualTo(Availability.UNKNOWN);
        assertThat(v.get("ecr.dkr").reason()).contains("AWS offers the service there");
        // Newer services the metadata does not know are never ruled out.
        for (String s : List.of("bedrock-runtime", "bedrock-agentcore", "bedrock-agentcore.gateway")) {
            assertThat(v.get(s).availability()).as(s).isEqualTo(Availability.UNKNOWN);
        }
        // Every Osaka answer carries the article's dated counts.
        assertThat(v.values()).allSatisfy(a -> assertThat(a.reason())
                .contains("85 interface VPC endpoint services in ap-northeast-3"));
    }

    @Test
    void inUsWest2NothingIsRuledOut() throws IOException {
        assertThat(inRegion("us-west-2").values()).noneMatch(a -> a.availability() == Availability.NOT_OFFERED);
    }
}
