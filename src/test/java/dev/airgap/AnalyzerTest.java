package dev.airgap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.cost.CostOptions;
import dev.airgap.require.AllowedBuckets;
import dev.airgap.require.NoInternet;
import dev.airgap.require.OnPremisesAccess;
import dev.airgap.require.PrivateAccess;
import dev.airgap.require.Requirement;
import dev.airgap.require.Selector;
import dev.airgap.require.Violation;
import dev.airgap.resolve.ResolveOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The core's one entry: the analysis covers what the requirements need, and runs once. */
class AnalyzerTest {

    private static final Path PATTERNS = Path.of("src/test/resources/report/patterns");

    @TempDir
    Path dir;

    private final List<String> debug = new ArrayList<>();

    private AnalysisRequest request(List<String> services) throws Exception {
        for (String name : List.of("pattern1-internet-gateway.yaml", "pattern2-gateway-endpoint.yaml")) {
            Files.copy(PATTERNS.resolve(name), dir.resolve(name));
        }
        // skipped while searching the folder, with a debug line each time the templates are loaded
        Files.writeString(dir.resolve("package.json"), "{\"name\": \"app\"}");
        return new AnalysisRequest(dir, List.of(Path.of(".")), new ResolveOptions(Map.of(), List.of("us-west-1"),
                Map.of()), services, List.of("10.99.0.0/16"), List.of(), CostOptions.defaults(), debug::add,
                w -> { });
    }

    @Test
    void theServicesAndNetworksTheRequirementsNameAreAnalysedInOneRun() throws Exception {
        List<Requirement> reqs = List.of(
                new PrivateAccess(null, Selector.ALL, List.of("dynamodb", "s3"), false, List.of()),
                new OnPremisesAccess(null, Selector.ALL, List.of("sqs"), List.of("192.168.0.0/16", "10.99.0.0/16"),
                        false, List.of()),
                new AllowedBuckets(null, Selector.ALL, List.of("data"), false, List.of()));

        Check check = new Analyzer().check(request(List.of()), reqs);

        // the default set (s3 and every endpoint's service), then what the requirements add, each once
        assertThat(check.analysis().paths().services()).containsExactly("s3", "dynamodb", "sqs");
        assertThat(debug).filteredOn(d -> d.contains("package.json")).hasSize(1);
        assertThat(check.evaluation().violations()).extracting(Violation::service).contains("dynamodb", "sqs");
        assertThat(check.requirements()).isEqualTo(reqs);
    }

    @Test
    void servicesTheUserNamedComeFirstAndARequirementNeedingNothingChangesNothing() throws Exception {
        AnalysisRequest request = request(List.of("ssm"));
        Check check = new Analyzer().check(request, List.of(
                new NoInternet(null, Selector.ALL, false, List.of()),
                new AllowedBuckets(null, Selector.ALL, List.of("data"), false, List.of())));

        assertThat(check.analysis().paths().services()).containsExactly("ssm", "s3");
        assertThat(new Analyzer().check(request, List.of()).analysis().paths().services()).containsExactly("ssm");
    }

    @Test
    void withoutCompareModeTheResultHasNoComparison() throws Exception {
        assertThat(new Analyzer().analyze(request(List.of())).comparison()).isNull();
    }
}
