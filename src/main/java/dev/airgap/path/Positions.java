package dev.airgap.path;

import dev.airgap.network.RegionNetwork;
import dev.airgap.resolve.ResolvedStack;
import dev.airgap.resolve.Resource;
import dev.airgap.resolve.ResourceId;
import dev.airgap.template.SourcePosition;

/**
 * Where a component of a path is declared, looked up once when the hop or blocker is recorded so that later stages
 * never search the region for a logical ID again.
 */
final class Positions {

    private Positions() {
    }

    /**
     * The declaring resource's position. A synthetic component ({@code Vpc.MainRouteTable}) is placed at the resource
     * it belongs to; one that is no resource of the run (an implicit component) is {@link SourcePosition#UNKNOWN}.
     */
    static SourcePosition of(RegionNetwork network, ResourceId id) {
        SourcePosition p = find(network, id.stack(), id.logicalId());
        int dot = id.logicalId().indexOf('.');
        if (p == null && dot > 0) {
            p = find(network, id.stack(), id.logicalId().substring(0, dot));
        }
        return p == null ? SourcePosition.UNKNOWN : p;
    }

    private static SourcePosition find(RegionNetwork network, String stack, String logicalId) {
        for (ResolvedStack s : network.stacks()) {
            Resource r = s.name().equals(stack) ? s.resources().get(logicalId) : null;
            if (r != null) {
                return r.position();
            }
        }
        return null;
    }
}
