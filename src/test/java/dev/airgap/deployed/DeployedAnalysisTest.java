package dev.airgap.deployed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airgap.AnalysisRequest;
import dev.airgap.AnalysisResult;
import dev.airgap.Analyzer;
import dev.airgap.VerdictDifference;
import dev.airgap.cost.CostOptions;
import dev.airgap.path.Access;
import dev.airgap.path.SubnetResult;
import dev.airgap.report.ReportFiles;
import dev.airgap.report.ReportInput;
import dev.airgap.report.json.JsonReport;
import dev.airgap.resolve.ResolveOptions;
import dev.airgap.resolve.ResourceId;
import dev.airgap.resolve.Value;
import dev.airgap.template.InputException;
import dev.airgap.template.StackTemplate;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deployed stacks in the whole analysis, through {@link Analyzer} and the SDK's default credential chain (test
 * credentials in system properties, the chain's first source) against the loopback stub.
 */
class DeployedAnalysisTest {

    private CloudFormationStub stub;
    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        stub = Fixtures.stub();
        System.setProperty("aws.accessKeyId", "AKIAIOSFODNN7EXAMPLE");
        System.setProperty("aws.secretAccessKey", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    }

    @AfterEach
    void stop() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        stub.close();
    }

    private AnalysisRequest request(String... templates) throws URISyntaxException {
        Path base = Path.of(DeployedAnalysisTest.class.getResource("/deployed").toURI());
        return new AnalysisRequest(base, List.of(templates).stream().map(Path::of).toList(),
                new ResolveOptions(java.util.Map.of(), List.of("us-west-1"), java.util.Map.of()), List.of("s3"),
                List.of(), List.of(), CostOptions.defaults(), d -> { }, warnings::add);
    }

    private DeployedOptions deployed(boolean compare) {
        return new DeployedOptions(List.of("shared-network"), "us-west-1", null, stub.url(), compare);
    }

    private static SubnetResult subnet(AnalysisResult r, String stack, String logicalId) {
        return r.paths().subnets().stream()
                .filter(s -> s.subnet().id().equals(new ResourceId(stack, logicalId))).findFirst().orElseThrow();
    }

    @Test
    void aLocalAppStackImportsTheDeployedNetworksExports() throws Exception {
        AnalysisResult r = new Analyzer().analyze(request("local/app.yaml").withDeployed(deployed(false)));

        assertThat(r.stacks()).extracting(StackTemplate::name)
                .containsExactly("app", "shared-network", "shared-network/Endpoints");
        assertThat(r.run().resource(new ResourceId("app", "AppInstance"), "us-west-1").orElseThrow()
                .property("SubnetId")).isEqualTo(new Value.Ref(new ResourceId("shared-network", "PrivateSubnet")));
        // The deployed parameter values: the CIDR (no Default) is known, the endpoint's condition is true.
        SubnetResult subnet = subnet(r, "shared-network", "PrivateSubnet");
        assertThat(subnet.subnet().cidr().get().toString()).isEqualTo("10.20.0.0/24");
        assertThat(subnet.services().get("s3").access()).isEqualTo(Access.GATEWAY_ENDPOINT);
        // The nested stack's endpoint sits in the parent's VPC: the reference across the stacks is intact.
        assertThat(r.run().resource(new ResourceId("shared-network/Endpoints", "SsmEndpoint"), "us-west-1")
                .orElseThrow().property("VpcId")).isEqualTo(new Value.Ref(new ResourceId("shared-network", "Vpc")));
    }

    @Test
    void compareReportsTheVerdictsThatDifferAndKeepsTheLocalTemplates() throws Exception {
        AnalysisResult r = new Analyzer().analyze(request("local/shared-network.yaml")
                .withDeployed(deployed(true)));

        assertThat(r.stacks()).extracting(StackTemplate::file).containsExactly("local/shared-network.yaml");
        assertThat(subnet(r, "shared-network", "PrivateSubnet").services().get("s3").access())
                .isNotEqualTo(Access.GATEWAY_ENDPOINT);
        // Locally the VPC is handed to a nested stack whose template is in S3: its verdicts are UNKNOWN there.
        assertThat(warnings).filteredOn(w -> w.startsWith("compare")).containsExactly(
                "compare shared-network: subnet shared-network/PrivateSubnet (us-west-1) internet: local UNKNOWN, "
                        + "deployed NONE",
                "compare shared-network: subnet shared-network/PrivateSubnet (us-west-1) s3: local UNKNOWN "
                        + "(not private), deployed GATEWAY_ENDPOINT (private)");
    }

    @Test
    void compareDifferencesAreInTheResultAndInAirgapJson(@TempDir Path out) throws Exception {
        AnalysisResult r = new Analyzer().analyze(request("local/shared-network.yaml")
                .withDeployed(deployed(true)));

        assertThat(r.comparison().stacks()).containsExactly("shared-network");
        assertThat(r.comparison().differences()).extracting(VerdictDifference::aspect, VerdictDifference::service,
                VerdictDifference::local, VerdictDifference::deployed).containsExactly(
                tuple(VerdictDifference.Aspect.INTERNET, null, "UNKNOWN", "NONE"),
                tuple(VerdictDifference.Aspect.SERVICE, "s3", "UNKNOWN (not private)", "GATEWAY_ENDPOINT (private)"));
        assertThat(r.comparison().differences()).allSatisfy(d -> {
            assertThat(d.subnet()).isEqualTo(new ResourceId("shared-network", "PrivateSubnet"));
            assertThat(d.region()).isEqualTo("us-west-1");
        });

        Path file = out.resolve("airgap.json");
        ReportFiles.write(file, stream -> JsonReport.write(stream, ReportInput.of(r, "test")));
        JsonNode json = new ObjectMapper().readTree(file.toFile()).get("comparison");
        assertThat(json.get("stacks").get(0).asText()).isEqualTo("shared-network");
        JsonNode s3 = json.get("differences").get(1);
        assertThat(s3.get("subnet").asText()).isEqualTo("PrivateSubnet");
        assertThat(s3.get("aspect").asText()).isEqualTo("service");
        assertThat(s3.get("service").asText()).isEqualTo("s3");
        assertThat(s3.get("deployed").asText()).isEqualTo("GATEWAY_ENDPOINT (private)");
        assertThat(s3.get("message").asText()).isEqualTo("subnet shared-network/PrivateSubnet (us-west-1) s3: local "
                + "UNKNOWN (not private), deployed GATEWAY_ENDPOINT (private)");
    }

    @Test
    void compareWithIdenticalTemplatesSaysSo() throws Exception {
        stub.stack(new CloudFormationStub.Stack("shared-network", Fixtures.NETWORK_ID, "UPDATE_COMPLETE",
                Fixtures.network().parameters(), Fixtures.network().outputs(),
                Fixtures.resource("local/shared-network.yaml"), null, List.of()));
        new Analyzer().analyze(request("local/shared-network.yaml").withDeployed(deployed(true)));

        assertThat(warnings).filteredOn(w -> w.startsWith("compare")).containsExactly(
                "compare: the deployed and the local templates of shared-network give the same verdicts");
    }

    /** The compared analyses trust what the main analysis trusts: a trusted custom resource is no difference. */
    @Test
    void compareTrustsWhatTheUserTrusts() throws Exception {
        stub.stack(new CloudFormationStub.Stack("shared-network", Fixtures.NETWORK_ID, "UPDATE_COMPLETE",
                Fixtures.network().parameters(), Fixtures.network().outputs(),
                Fixtures.resource("local-trusted/deployed.yaml"), null, List.of()));
        AnalysisRequest trusting = request("local-trusted/shared-network.yaml").withDeployed(deployed(true))
                .withTrustedResources(List.of(dev.airgap.path.TrustedResource.parse("Custom::TagRouteTables=tags only",
                        "test")));
        new Analyzer().analyze(trusting);
        assertThat(warnings).filteredOn(w -> w.startsWith("compare")).containsExactly(
                "compare: the deployed and the local templates of shared-network give the same verdicts");

        warnings.clear();
        new Analyzer().analyze(request("local-trusted/shared-network.yaml").withDeployed(deployed(true)));
        assertThat(warnings).filteredOn(w -> w.startsWith("compare")).as("untrusted, it makes the verdicts UNKNOWN")
                .isNotEmpty().noneMatch(w -> w.contains("give the same verdicts"));
    }

    @Test
    void aStackThatIsBothLocalAndDeployedNeedsCompare() {
        assertThatThrownBy(() -> new Analyzer().analyze(request("local/shared-network.yaml")
                .withDeployed(deployed(false))))
                .isInstanceOf(InputException.class)
                .hasMessage("airgap.stacks: the deployed stack 'shared-network' is also a local template. set "
                        + "-Dairgap.compare=true to compare the two, or remove it from <stacks> or <templates>");
    }

    @Test
    void withoutStacksNothingIsCalled() throws Exception {
        DeployedOptions noStacks = new DeployedOptions(List.of(" "), "us-west-1", "ci", stub.url(), true);
        AnalysisResult r = new Analyzer().analyze(request("local/app.yaml").withDeployed(noStacks));

        assertThat(noStacks.requested()).isFalse();
        assertThat(r.stacks()).extracting(StackTemplate::name).containsExactly("app");
        assertThat(stub.requests).isEmpty();
    }
}
