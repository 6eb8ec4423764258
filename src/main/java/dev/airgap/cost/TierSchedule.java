package dev.airgap.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Tiered per-GB prices (interface endpoint data processing). A schedule whose last tier has an upper bound is
 * partial: the research found only the first tier for most regions, and volumes beyond it cannot be priced.
 */
public record TierSchedule(List<Tier> tiers, String currency, Provenance provenance) {

    /** GB that fell into one tier; {@code toGb} null when the tier is unbounded. */
    public record Slice(BigDecimal fromGb, BigDecimal toGb, BigDecimal gb, BigDecimal perGb) {
    }

    /** How a monthly volume splits across the tiers; {@code unpricedGb} is what lies beyond the last known tier. */
    public record Split(List<Slice> slices, BigDecimal unpricedGb) {
    }

    public TierSchedule {
        tiers = List.copyOf(tiers);
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(provenance, "provenance");
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("a tier schedule needs at least one tier");
        }
        BigDecimal previous = BigDecimal.ZERO;
        for (int i = 0; i < tiers.size(); i++) {
            Tier t = tiers.get(i);
            if (t.unbounded() && i != tiers.size() - 1) {
                throw new IllegalArgumentException("only the last tier can be unbounded");
            }
            if (!t.unbounded() && t.upToGb().compareTo(previous) <= 0) {
                throw new IllegalArgumentException("tier bounds must increase: " + t.upToGb() + " after " + previous);
            }
            previous = t.unbounded() ? previous : t.upToGb();
        }
    }

    public boolean complete() {
        return tiers.get(tiers.size() - 1).unbounded();
    }

    /** Splits a month's regional total: tiers fill in order, each from the previous bound up to its own; tiers the
     * volume does not reach are left out (the first is always there). */
    public Split split(BigDecimal totalGb) {
        List<Slice> slices = new ArrayList<>();
        BigDecimal from = BigDecimal.ZERO;
        BigDecimal left = totalGb;
        for (Tier t : tiers) {
            BigDecimal width = t.unbounded() ? null : t.upToGb().subtract(from);
            BigDecimal inTier = width == null || left.compareTo(width) < 0 ? left : width;
            slices.add(new Slice(from, t.upToGb(), inTier, t.perGb()));
            left = left.subtract(inTier);
            if (t.unbounded() || left.signum() == 0) {
                break;
            }
            from = t.upToGb();
        }
        return new Split(slices, left);
    }

    /** The rate of the first tier: what the next GB costs at small volumes (used for break-even figures). */
    public BigDecimal firstRate() {
        return tiers.get(0).perGb();
    }
}
