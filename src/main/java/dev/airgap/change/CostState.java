package dev.airgap.change;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The monthly cost per region of one build, in the build's currency.
 *
 * @param currency the currency of the amounts, or null when the report has no costs
 * @param monthly  per region (null region: "unknown"), the monthly total
 */
public record CostState(String currency, Map<String, BigDecimal> monthly) {

    public CostState {
        monthly = monthly == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(monthly));
    }
}
