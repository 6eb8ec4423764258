package dev.airgap.deployed;

import static dev.airgap.deployed.Fixtures.ENDPOINTS_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How a nested stack is found from its parent's {@code AWS::CloudFormation::Stack} resource. CloudFormation gives the
 * nested stack's ARN as the resource's physical ID; moto (5.2.1) gives its name. Both must lead to the nested stack,
 * and a stack reached twice (named in {@code <stacks>} and nested in another named stack) is read once.
 */
class NestedStackIdsTest {

    private static final String ENDPOINTS_NAME = "shared-network-Endpoints-1F2G3H4J5K6L";

    private CloudFormationStub stub;

    @AfterEach
    void stop() {
        if (stub != null) {
            stub.close();
        }
    }

    /** The network fixture with the nested stack's physical ID as given. */
    private static CloudFormationStub.Stack networkWithNestedId(String physicalId) {
        CloudFormationStub.Stack n = Fixtures.network();
        List<CloudFormationStub.Resource> resources = n.resources().stream()
                .map(r -> r.logicalId().equals("Endpoints")
                        ? new CloudFormationStub.Resource(r.logicalId(), physicalId, r.type()) : r)
                .toList();
        return new CloudFormationStub.Stack(n.name(), n.id(), n.status(), n.parameters(), n.outputs(), n.original(),
                n.processed(), resources);
    }

    private Fixtures.Fetched fetch(String physicalId, String... stacks) throws IOException {
        stub = new CloudFormationStub().stack(networkWithNestedId(physicalId)).stack(Fixtures.endpoints());
        return Fixtures.fetch(stub, stacks);
    }

    @Test
    void aNestedStackWhosePhysicalIdIsItsNameIsFollowed() throws IOException {
        List<DeployedStack> stacks = fetch(ENDPOINTS_NAME, "shared-network").stacks().stacks();

        assertThat(stacks).extracting(DeployedStack::name)
                .containsExactly("shared-network", "shared-network/Endpoints");
        assertThat(stacks.get(1).stackId()).isEqualTo(ENDPOINTS_ID);
        assertThat(stacks.get(1).template().parent()).isEqualTo("shared-network");
    }

    @Test
    void aNestedStackNamedBeforeItsParentIsReadOnceWhateverItsPhysicalId() throws IOException {
        for (String physicalId : List.of(ENDPOINTS_ID, ENDPOINTS_NAME)) {
            List<DeployedStack> stacks = fetch(physicalId, ENDPOINTS_NAME, "shared-network").stacks().stacks();
            stub.close();
            stub = null;

            assertThat(stacks).as("nested stack's physical ID %s", physicalId)
                    .extracting(DeployedStack::stackId).containsExactly(ENDPOINTS_ID, Fixtures.NETWORK_ID);
        }
    }

    @Test
    void aNestedStackNamedAfterItsParentIsReadOnceAsTheNestedStack() throws IOException {
        for (String physicalId : List.of(ENDPOINTS_ID, ENDPOINTS_NAME)) {
            List<DeployedStack> stacks = fetch(physicalId, "shared-network", ENDPOINTS_NAME).stacks().stacks();
            stub.close();
            stub = null;

            assertThat(stacks).as("nested stack's physical ID %s", physicalId)
                    .extracting(DeployedStack::name).containsExactly("shared-network", "shared-network/Endpoints");
        }
    }
}
