package dev.airgap.cost;

import java.math.BigDecimal;
import java.util.Objects;

/** A single price in the currency the catalog gives it in (USD, or CNY in China), with where it came from. */
public record PricedValue(BigDecimal value, String currency, Provenance provenance) {
    public PricedValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(provenance, "provenance");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a price cannot be negative: " + value);
        }
    }
}
