package dev.airgap.cost;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One step of a tiered per-GB price: this rate applies up to {@code upToGb} cumulative GB in the month (AWS writes
 * 1 PB as 1,048,576 GB); {@code upToGb} null means no upper bound.
 */
public record Tier(BigDecimal upToGb, BigDecimal perGb) {
    public Tier {
        Objects.requireNonNull(perGb, "perGb");
        if (perGb.signum() < 0 || (upToGb != null && upToGb.signum() <= 0)) {
            throw new IllegalArgumentException("bad tier: up to " + upToGb + " GB at " + perGb);
        }
    }

    public boolean unbounded() {
        return upToGb == null;
    }
}
