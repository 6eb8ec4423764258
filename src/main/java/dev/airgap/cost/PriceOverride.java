package dev.airgap.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One price given in the POM. For {@link PriceItem#DATA_PROCESSING_TIERS} {@code tiers} is set and {@code value} is
 * null; for every other item {@code value} is set. {@code currency} null means the region's currency (USD unless the
 * catalog says otherwise).
 */
public record PriceOverride(String region, PriceItem item, BigDecimal value, List<Tier> tiers, String currency) {

    public PriceOverride {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(item, "item");
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        if (item == PriceItem.DATA_PROCESSING_TIERS ? tiers.isEmpty() : value == null) {
            throw new IllegalArgumentException(item == PriceItem.DATA_PROCESSING_TIERS
                    ? "dataProcessingTiers needs tiers" : item.key() + " needs a value");
        }
        if (value != null && value.signum() < 0) {
            throw new IllegalArgumentException("a price cannot be negative: " + value);
        }
    }

    public static PriceOverride of(String region, PriceItem item, BigDecimal value) {
        return new PriceOverride(region, item, value, null, null);
    }

    /**
     * Parses the POM's compact form {@code REGION:ITEM=VALUE [CURRENCY]}, e.g. {@code ap-northeast-3:interfaceEndpointHourly=0.014}
     * or {@code cn-north-1:natGatewayHourly=0.37 CNY}. Tiers are {@code PER_GB/UP_TO_GB} pairs separated by commas,
     * the last without a bound: {@code us-west-1:dataProcessingTiers=0.01/1048576,0.006/5242880,0.004}.
     *
     * @throws IllegalArgumentException with a message that shows the expected form
     */
    public static PriceOverride parse(String entry) {
        String form = " (expected REGION:ITEM=VALUE [CURRENCY], e.g. ap-northeast-3:interfaceEndpointHourly=0.014)";
        String s = entry.trim();
        int colon = s.indexOf(':');
        int eq = s.indexOf('=');
        if (colon <= 0 || eq < colon + 2 || eq == s.length() - 1) {
            throw new IllegalArgumentException("price '" + entry + "' is not well formed" + form);
        }
        String region = s.substring(0, colon).trim();
        String key = s.substring(colon + 1, eq).trim();
        PriceItem item = PriceItem.byKey(key).orElseThrow(() -> new IllegalArgumentException("price '" + entry
                + "': unknown item '" + key + "'" + form));
        String[] rest = s.substring(eq + 1).trim().split("\\s+");
        if (rest.length > 2) {
            throw new IllegalArgumentException("price '" + entry + "' is not well formed" + form);
        }
        String currency = rest.length == 2 ? rest[1].toUpperCase(java.util.Locale.ROOT) : null;
        try {
            if (item == PriceItem.DATA_PROCESSING_TIERS) {
                List<Tier> tiers = new ArrayList<>();
                for (String t : rest[0].split(",")) {
                    String[] parts = t.split("/");
                    tiers.add(new Tier(parts.length > 1 ? new BigDecimal(parts[1]) : null, new BigDecimal(parts[0])));
                }
                new TierSchedule(tiers, "USD", new Provenance(Provenance.Origin.POM, "check", List.of()));
                return new PriceOverride(region, item, null, tiers, currency);
            }
            return new PriceOverride(region, item, new BigDecimal(rest[0]), null, currency);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("price '" + entry + "': not a number" + form, e);
        }
    }
}
