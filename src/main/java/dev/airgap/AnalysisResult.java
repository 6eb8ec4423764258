package dev.airgap;

import dev.airgap.cost.CostReport;
import dev.airgap.cost.availability.AvailabilityVerdict;
import dev.airgap.network.NetworkModel;
import dev.airgap.path.PathResult;
import dev.airgap.require.Evidence;
import dev.airgap.resolve.ResolvedRun;
import dev.airgap.template.ReadWarning;
import dev.airgap.template.StackTemplate;
import java.util.List;

/**
 * What one analysis found, stage by stage.
 *
 * @param stacks       the stacks as loaded
 * @param run          the stacks resolved per region
 * @param model        the network model of the whole run
 * @param paths        per subnet and service: the path, its verdict and explanation
 * @param costs        monthly cost of what the templates create, per region
 * @param availability per interface-endpoint service and region: whether AWS offers it there
 * @param comparison   the verdicts that differ between the deployed and the local templates of the same stacks, or
 *                     null when deployed stacks were not compared
 * @param warnings     what the local templates say that CloudFormation accepts but deserves fixing (a repeated key)
 */
public record AnalysisResult(List<StackTemplate> stacks, ResolvedRun run, NetworkModel model, PathResult paths,
                             CostReport costs, List<AvailabilityVerdict> availability, Comparison comparison,
                             List<ReadWarning> warnings) {

    public AnalysisResult {
        stacks = List.copyOf(stacks);
        availability = List.copyOf(availability);
        warnings = List.copyOf(warnings);
    }

    /** The result of an analysis whose templates gave no warning. */
    public AnalysisResult(List<StackTemplate> stacks, ResolvedRun run, NetworkModel model, PathResult paths,
                          CostReport costs, List<AvailabilityVerdict> availability, Comparison comparison) {
        this(stacks, run, model, paths, costs, availability, comparison, List.of());
    }

    /** The result of an analysis that compared nothing. */
    public AnalysisResult(List<StackTemplate> stacks, ResolvedRun run, NetworkModel model, PathResult paths,
                          CostReport costs, List<AvailabilityVerdict> availability) {
        this(stacks, run, model, paths, costs, availability, null);
    }

    /** What requirements are judged against. */
    public Evidence evidence() {
        return new Evidence(run, model, paths, costs, availability);
    }
}
