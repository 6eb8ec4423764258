package dev.airgap.deployed;

import java.util.List;
import java.util.Map;

/**
 * The CloudFormation reads this package needs, in SDK-free types. Implementations page through every result and
 * turn failures into {@link dev.airgap.template.InputException}s that say what to do.
 */
interface CloudFormationApi extends AutoCloseable {

    /** {@code DescribeStacks} for one stack name or ARN. */
    StackDescription describe(String stack);

    /** {@code GetTemplate}: the {@code Original} stage, or the {@code Processed} one (transforms expanded). */
    TemplateBody template(String stackId, boolean processed);

    /** Every resource of the stack ({@code ListStackResources}, all pages). */
    List<ResourceSummary> resources(String stackId);

    @Override
    void close();

    /**
     * @param parameters the values used, by parameter name (the resolved value for SSM-typed parameters); CloudFormation
     *                   returns {@code ****} for {@code NoEcho} ones, which the caller must drop
     */
    record StackDescription(String name, String id, String status, Map<String, String> parameters,
                            List<DeployedStack.Output> outputs) {
        public StackDescription {
            parameters = Map.copyOf(parameters);
            outputs = List.copyOf(outputs);
        }
    }

    record TemplateBody(String body, List<String> stagesAvailable) {
        public TemplateBody {
            stagesAvailable = List.copyOf(stagesAvailable);
        }
    }

    record ResourceSummary(String logicalId, String physicalId, String type, String status) {
    }
}
