package dev.airgap.cost;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The known prices of one region. A figure that is absent is unknown: the estimator reports it as such and never
 * looks for it in another region.
 *
 * @param currency the currency the region is billed in (USD; CNY in the China regions)
 */
public record RegionPrices(String region, String currency, Map<PriceItem, PricedValue> values,
                           TierSchedule dataProcessing) {

    public RegionPrices {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(currency, "currency");
        EnumMap<PriceItem, PricedValue> copy = new EnumMap<>(PriceItem.class);
        copy.putAll(values);
        if (copy.containsKey(PriceItem.DATA_PROCESSING_TIERS)) {
            throw new IllegalArgumentException("data processing tiers go in dataProcessing, not in values");
        }
        values = Collections.unmodifiableMap(copy);
    }

    public static RegionPrices empty(String region, String currency) {
        return new RegionPrices(region, currency, Map.of(), null);
    }

    public Optional<PricedValue> get(PriceItem item) {
        return Optional.ofNullable(values.get(item));
    }

    public Optional<TierSchedule> tiers() {
        return Optional.ofNullable(dataProcessing);
    }

    public RegionPrices with(PriceItem item, PricedValue value) {
        EnumMap<PriceItem, PricedValue> copy = new EnumMap<>(PriceItem.class);
        copy.putAll(values);
        copy.put(item, value);
        return new RegionPrices(region, currency, copy, dataProcessing);
    }

    public RegionPrices withTiers(TierSchedule schedule) {
        return new RegionPrices(region, currency, values, schedule);
    }

    /** Figures of {@code over} win; figures it lacks stay as they are here. */
    public RegionPrices overlaidWith(RegionPrices over) {
        EnumMap<PriceItem, PricedValue> copy = new EnumMap<>(PriceItem.class);
        copy.putAll(values);
        copy.putAll(over.values);
        return new RegionPrices(region, over.currency, copy, over.dataProcessing != null ? over.dataProcessing
                : dataProcessing);
    }

    public boolean isEmpty() {
        return values.isEmpty() && dataProcessing == null;
    }
}
