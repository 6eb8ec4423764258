package dev.airgap.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Looks up one region's prices in the report's currency and keeps the books on them: which prices were used (with
 * their provenance) and which were needed but unknown, for which resources and why. Never falls back to another
 * region.
 */
final class RegionPricer {

    private final String region;
    private final RegionPrices prices;
    private final CostSettings settings;
    private final String catalogVersion;
    private final Map<PriceItem, RegionCost.PriceUsed> used = new EnumMap<>(PriceItem.class);
    private final Map<String, UnknownEntry> unknown = new LinkedHashMap<>();

    private record UnknownEntry(String price, List<String> subjects, String reason) {
    }

    RegionPricer(String region, PriceCatalog catalog, CostSettings settings) {
        this.region = region;
        this.prices = catalog.region(region).orElse(null);
        this.settings = settings;
        this.catalogVersion = catalog.version();
    }

    String region() {
        return region;
    }

    /** The converted rate of an item, or empty after recording why it is unknown for {@code subject}. */
    Optional<BigDecimal> rate(PriceItem item, String subject) {
        PricedValue v = prices == null ? null : prices.get(item).orElse(null);
        if (v == null) {
            unknown(item.key(), subject, missing(item));
            return Optional.empty();
        }
        Optional<BigDecimal> factor = settings.rateFrom(v.currency());
        if (factor.isEmpty()) {
            unknown(item.key(), subject, noExchangeRate(v.currency()));
            return Optional.empty();
        }
        BigDecimal converted = v.value().multiply(factor.get());
        used.putIfAbsent(item, new RegionCost.PriceUsed(item.key(), v.value(), v.currency(), converted,
                v.provenance()));
        return Optional.of(converted);
    }

    /** The tier schedule with rates converted, or empty after recording why it is unknown. */
    Optional<TierSchedule> tiers(String subject) {
        TierSchedule t = prices == null ? null : prices.tiers().orElse(null);
        if (t == null) {
            unknown(PriceItem.DATA_PROCESSING_TIERS.key(), subject, missing(PriceItem.DATA_PROCESSING_TIERS));
            return Optional.empty();
        }
        Optional<BigDecimal> factor = settings.rateFrom(t.currency());
        if (factor.isEmpty()) {
            unknown(PriceItem.DATA_PROCESSING_TIERS.key(), subject, noExchangeRate(t.currency()));
            return Optional.empty();
        }
        List<Tier> converted = new ArrayList<>();
        for (Tier tier : t.tiers()) {
            converted.add(new Tier(tier.upToGb(), tier.perGb().multiply(factor.get())));
        }
        used.putIfAbsent(PriceItem.DATA_PROCESSING_TIERS, new RegionCost.PriceUsed(
                PriceItem.DATA_PROCESSING_TIERS.key(), t.firstRate(), t.currency(),
                t.firstRate().multiply(factor.get()), t.provenance()));
        return Optional.of(new TierSchedule(converted, settings.currency(), t.provenance()));
    }

    /**
     * The converted rate if known, recording it as used but not recording it as unknown when it is not: for figures
     * that are shown beside an amount they do not change (a per-GB rate at 0 GB, a rate a recommendation quotes).
     */
    Optional<BigDecimal> peek(PriceItem item) {
        PricedValue v = prices == null ? null : prices.get(item).orElse(null);
        if (v == null) {
            return Optional.empty();
        }
        Optional<BigDecimal> converted = settings.rateFrom(v.currency()).map(f -> v.value().multiply(f));
        converted.ifPresent(c -> used.putIfAbsent(item, new RegionCost.PriceUsed(item.key(), v.value(),
                v.currency(), c, v.provenance())));
        return converted;
    }

    Optional<TierSchedule> peekTiers() {
        TierSchedule t = prices == null ? null : prices.tiers().orElse(null);
        if (t == null || settings.rateFrom(t.currency()).isEmpty()) {
            return Optional.empty();
        }
        return tiers(null);
    }

    void unknown(String price, String subject, String reason) {
        UnknownEntry e = unknown.computeIfAbsent(price + "\n" + reason,
                k -> new UnknownEntry(price, new ArrayList<>(), reason));
        if (subject != null && !e.subjects().contains(subject)) {
            e.subjects().add(subject);
        }
    }

    boolean hasUnknowns() {
        return !unknown.isEmpty();
    }

    List<RegionCost.UnknownPrice> unknownPrices() {
        List<RegionCost.UnknownPrice> out = new ArrayList<>();
        unknown.values().forEach(e -> out.add(new RegionCost.UnknownPrice(e.price(), e.subjects(), e.reason())));
        return out;
    }

    List<RegionCost.PriceUsed> pricesUsed() {
        return new ArrayList<>(used.values());
    }

    private String missing(PriceItem item) {
        if (region == null) {
            return "the region is unknown, so no price applies; set the stack's region or airgap.regions";
        }
        String fix = "; add it with <prices> (" + region + ":" + item.key() + "=VALUE) or airgap.pricesFile";
        if (prices == null) {
            return "the price catalog (" + catalogVersion + ") has no prices for " + region
                    + "; prices of other regions are not used" + fix;
        }
        String hint = item == PriceItem.PUBLIC_IPV4_HOURLY
                ? " (AWS states 0.005 USD per address-hour without naming a region)" : "";
        return "no sourced " + item.key() + " (" + item.unit() + ") for " + region + " in the price catalog ("
                + catalogVersion + ")" + hint + fix;
    }

    private String noExchangeRate(String from) {
        return region + " is priced in " + from + " and no rate from " + from + " to " + settings.currency()
                + " was given";
    }
}
