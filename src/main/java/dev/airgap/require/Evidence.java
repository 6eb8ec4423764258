package dev.airgap.require;

import dev.airgap.cost.CostReport;
import dev.airgap.cost.availability.AvailabilityVerdict;
import dev.airgap.network.NetworkModel;
import dev.airgap.path.PathResult;
import dev.airgap.resolve.ResolvedRun;
import java.util.List;

/**
 * What requirements are judged against ({@code AnalysisResult.evidence()} of an analysis).
 *
 * @param costs        the cost estimate, or null when none was made (then {@code maxMonthlyCost} is UNKNOWN)
 * @param availability endpoint availability per interface-endpoint service and target region, or null when it was
 *                     not checked (then {@code availableInRegions} is UNKNOWN)
 */
public record Evidence(ResolvedRun run, NetworkModel model, PathResult paths, CostReport costs,
                       List<AvailabilityVerdict> availability) {

    public Evidence {
        availability = availability == null ? null : List.copyOf(availability);
    }
}
