package dev.airgap.path;

import dev.airgap.network.RegionNetwork;
import dev.airgap.network.Vpc;

/** The per-VPC verdicts of one region. */
public record VpcResult(RegionNetwork network, Vpc vpc, OnPremisesVerdict onPremises) {

    public String region() {
        return network.region();
    }
}
