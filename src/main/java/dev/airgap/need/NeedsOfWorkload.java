package dev.airgap.need;

import dev.airgap.network.Workload;
import java.util.List;

/**
 * What one workload, in one region, needs to reach.
 *
 * @param kinds the table's rows that apply (an instance can be SSM-managed; a Lambda function has none: its needs
 *              come from its role)
 * @param needs each service once, the surest level first found
 * @param notes what the analysis could not tell and why
 */
public record NeedsOfWorkload(Workload workload, String region, List<WorkloadKind> kinds, List<WorkloadNeed> needs,
                              List<String> notes) {

    public NeedsOfWorkload {
        kinds = List.copyOf(kinds);
        needs = List.copyOf(needs);
        notes = List.copyOf(notes);
    }
}
