package dev.airgap.path;

import dev.airgap.network.RegionNetwork;
import dev.airgap.network.Subnet;
import java.util.Map;

/** The verdicts of one subnet in one region; services in the order of {@link PathResult#services()}. */
public record SubnetResult(RegionNetwork network, Subnet subnet, EgressVerdict internet,
                           Map<String, ServiceVerdict> services) {

    public SubnetResult {
        services = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(services));
    }

    public String region() {
        return network.region();
    }
}
