package dev.airgap.deployed;

import dev.airgap.template.StackTemplate;
import java.util.List;
import java.util.Map;

/**
 * One deployed stack as CloudFormation describes it.
 *
 * @param template    the template to analyse, named like a local stack: the deployed stack name, or
 *                    {@code parent/LogicalId} for a nested stack
 * @param stackId     the stack's ARN
 * @param status      the stack status ({@code CREATE_COMPLETE}, {@code UPDATE_ROLLBACK_COMPLETE}, …)
 * @param processed   true when the template is the {@code Processed} stage (the original used a transform)
 * @param parameters  the parameter values the stack was deployed with ({@code NoEcho} values left out)
 * @param outputs     the stack's outputs with their export names
 * @param physicalIds physical resource IDs by logical ID
 */
public record DeployedStack(StackTemplate template, String stackId, String status, boolean processed,
                            Map<String, String> parameters, List<Output> outputs, Map<String, String> physicalIds) {

    public DeployedStack {
        parameters = Map.copyOf(parameters);
        outputs = List.copyOf(outputs);
        physicalIds = Map.copyOf(physicalIds);
    }

    public String name() {
        return template.name();
    }

    /** One stack output; {@code exportName} is null when the output is not exported. */
    public record Output(String key, String value, String exportName) {
    }
}
