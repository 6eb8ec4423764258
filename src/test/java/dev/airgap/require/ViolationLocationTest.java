package dev.airgap.require;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.AnalysisRequest;
import dev.airgap.AnalysisResult;
import dev.airgap.Analyzer;
import dev.airgap.resolve.ResolveOptions;
import dev.airgap.resolve.ResourceId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A violation names its component by stack and logical ID as the path recorded it. The CDK fixture
 * {@code cdk/08-multi-stack} declares {@code S3Interface5F54B8B0} in two stacks (AppStack for NetworkStack's VPC,
 * AppImportStack for NetworkExportStack's); a lookup by logical ID alone would place both at the first one.
 */
class ViolationLocationTest {

    private static final String ENDPOINT = "S3Interface5F54B8B0";

    private static final Path RESOURCES = Path.of("src/test/resources");

    private static final String NAT_TEMPLATE = "corpus/public/aws-cloudformation__aws-cloudformation-templates__VPC__"
            + "VPC_With_Managed_NAT_And_Private_Subnet.json";

    /**
     * On a public template (AWS's VPC with a managed NAT gateway): every violation is placed at the line that
     * declares its component, as the path recorded it, in the file the run read.
     */
    @Test
    void aPublicTemplatesViolationsArePlacedAtTheirComponentsDeclarations() throws Exception {
        AnalysisResult result = new Analyzer().analyze(AnalysisRequest.of(RESOURCES, List.of(Path.of(NAT_TEMPLATE)),
                new ResolveOptions(Map.of(), List.of("us-east-1"), Map.of())));
        NoInternet none = new NoInternet(null, Selector.parse("*"), false, List.of());

        List<Violation> vs = new RequirementEvaluator(result.evidence()).evaluate(List.of(none)).violations();

        assertThat(vs).isNotEmpty();
        List<String> lines = Files.readAllLines(RESOURCES.resolve(NAT_TEMPLATE));
        for (Violation v : vs) {
            assertThat(v.component()).as(v.subject()).isNotNull();
            assertThat(v.source().file()).as(v.subject()).endsWith("VPC_With_Managed_NAT_And_Private_Subnet.json");
            assertThat(lines.get(v.source().line() - 1)).as(v.subject())
                    .contains("\"" + v.component().logicalId() + "\"");
        }
    }

    @Test
    void anEndpointDeclaredInTwoStacksIsPlacedInTheOneThePathCrosses() throws Exception {
        AnalysisResult result = new Analyzer().analyze(AnalysisRequest.of(RESOURCES,
                List.of(Path.of("cdk/08-multi-stack")), new ResolveOptions(Map.of(), List.of("us-west-1"), Map.of())));
        AllowedBuckets only = new AllowedBuckets(null, Selector.parse("*"), List.of("test-us-west-bt"), false,
                List.of());

        List<Violation> vs = new RequirementEvaluator(result.evidence()).evaluate(List.of(only)).violations();

        List<Violation> viaEndpoint = vs.stream()
                .filter(v -> v.component() != null && v.component().logicalId().equals(ENDPOINT)).toList();
        assertThat(viaEndpoint).extracting(Violation::stack).contains("NetworkExportStack", "NetworkStack");
        for (Violation v : viaEndpoint) {
            String endpointStack = v.stack().equals("NetworkExportStack") ? "AppImportStack" : "AppStack";
            assertThat(v.component()).as(v.subject()).isEqualTo(new ResourceId(endpointStack, ENDPOINT));
            assertThat(v.source().file()).as(v.subject()).endsWith(endpointStack + ".template.json");
            assertThat(v.source().line()).as(v.subject()).isPositive();
        }
    }
}
