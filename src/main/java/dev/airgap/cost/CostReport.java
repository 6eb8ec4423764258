package dev.airgap.cost;

import java.math.BigDecimal;
import java.util.List;

/**
 * The result of {@link CostEstimator#estimate}: per region (sorted by name), the recommendations, and the total of
 * all regions. {@code complete} is false when any region has an unknown price.
 */
public record CostReport(CostSettings settings, String catalogVersion, List<RegionCost> regions,
                         List<Recommendation> recommendations, BigDecimal monthlyTotal, boolean complete) {
    public CostReport {
        regions = List.copyOf(regions);
        recommendations = List.copyOf(recommendations);
    }

    public String currency() {
        return settings.currency();
    }
}
