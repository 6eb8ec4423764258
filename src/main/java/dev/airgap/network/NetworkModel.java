package dev.airgap.network;

import dev.airgap.resolve.ResolvedRun;
import java.util.List;

/**
 * The typed network of a whole run: one {@link RegionNetwork} per region the stacks are analysed for (null region
 * first when some stack's region is unknown), in a deterministic order.
 */
public final class NetworkModel {

    private final List<RegionNetwork> regions;
    private final ResolvedRun run;

    NetworkModel(List<RegionNetwork> regions, ResolvedRun run) {
        this.regions = List.copyOf(regions);
        this.run = run;
    }

    /** The run the model was built from (the policy stage reads its IAM resources). */
    public ResolvedRun run() {
        return run;
    }

    /**
     * Builds the model. Never fails on unknown resource types or unknown values; throws
     * {@link dev.airgap.template.InputException} only for literals that cannot be valid (an invalid CIDR block of a
     * VPC or subnet), with the resource's position.
     */
    public static NetworkModel build(ResolvedRun run) {
        return new NetworkModelBuilder().build(run);
    }

    public List<RegionNetwork> regions() {
        return regions;
    }
}
