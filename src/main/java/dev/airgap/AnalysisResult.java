package dev.airgap;

import dev.airgap.cost.CostReport;
import dev.airgap.cost.availability.AvailabilityVerdict;
import dev.airgap.network.NetworkModel;
import dev.airgap.path.PathResult;
import dev.airgap.resolve.ResolvedRun;
import dev.airgap.template.StackTemplate;
import java.util.List;

/**
 * What one analysis found, stage by stage.
 *
 * @param stacks the stacks as loaded
 * @param run    the stacks resolved per region
 * @param model  the network model of the whole run
 * @param paths  per subnet and service: the path, its verdict and explanation
 * @param costs  monthly cost of what the templates create, per region
 * @param availability per interface-endpoint service and region: whether AWS offers it there
 */
public record AnalysisResult(List<StackTemplate> stacks, ResolvedRun run, NetworkModel model, PathResult paths,
                             CostReport costs, List<AvailabilityVerdict> availability) {

    public AnalysisResult {
        stacks = List.copyOf(stacks);
        availability = List.copyOf(availability);
    }
}
