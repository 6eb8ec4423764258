package dev.airgap;

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
 */
public record AnalysisResult(List<StackTemplate> stacks, ResolvedRun run, NetworkModel model, PathResult paths) {

    public AnalysisResult {
        stacks = List.copyOf(stacks);
    }
}
