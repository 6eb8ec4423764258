package dev.airgap.deployed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answers shaped like moto 5.2.1's where they differ from CloudFormation's in a way the loader must survive. The IT
 * moto-deployed-stacks meets moto for real; moto accepts a template with a transform but does not expand it (a SAM
 * function gives no resources) and offers no processed stage, so the transform case is tested here.
 */
class MotoShapedResponsesTest {

    private CloudFormationStub stub;

    @BeforeEach
    void start() throws IOException {
        stub = Fixtures.stub();
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void withoutStagesAvailableATransformedStackIsAnalysedAsWrittenWithAWarning() {
        stub.noStagesAvailable = true;

        Fixtures.Fetched f = Fixtures.fetch(stub, "functions");
        DeployedStack s = f.stacks().stacks().get(0);

        assertThat(s.processed()).isFalse();
        assertThat(s.template().file()).isEqualTo("deployed:us-west-1/functions");
        assertThat(f.warnings()).containsExactly("deployed stack functions uses a transform but CloudFormation has "
                + "no processed template for it; the original template is analysed and the transform's resources "
                + "are missing");
        // The processed stage is not asked for when CloudFormation does not offer it.
        assertThat(stub.requests.stream().filter(r -> "GetTemplate".equals(r.get("Action"))))
                .extracting(r -> r.get("TemplateStage")).containsExactly("Original");
    }

    @Test
    void withoutStagesAvailableAStackWithoutTransformReadsAsBefore() {
        stub.noStagesAvailable = true;

        Fixtures.Fetched f = Fixtures.fetch(stub, "shared-network");

        assertThat(f.stacks().stacks()).extracting(DeployedStack::name)
                .containsExactly("shared-network", "shared-network/Endpoints");
        assertThat(f.stacks().stacks()).noneMatch(DeployedStack::processed);
        assertThat(f.warnings()).noneMatch(w -> w.contains("transform"));
    }
}
