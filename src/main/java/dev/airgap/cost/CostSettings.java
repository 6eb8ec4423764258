package dev.airgap.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How to turn prices into monthly amounts.
 *
 * <p>Rounding rule: rates and quantities are multiplied exactly; each monthly amount shown (a line, a tier, a
 * total) is rounded once, half up, to {@link #moneyScale()} decimals (the currency's minor unit by default: 2 for
 * USD, 0 for JPY). Totals are rounded from the exact sum of their lines, so a total can differ by one minor unit from
 * the sum of the rounded lines. Hourly figures are shown exactly.
 *
 * @param hoursPerMonth billed hours in a month (730 by default; the article uses 30-day months, 720)
 * @param currency      ISO code of the currency to show
 * @param exchangeRate  units of {@code currency} per USD (1 for USD)
 * @param otherRates    units of {@code currency} per unit of another catalog currency (e.g. {@code CNY}); a price in
 *                      a currency with no rate here is reported as unknown
 * @param moneyScaleOverride decimals of shown monthly amounts; null = the currency's default
 */
public record CostSettings(BigDecimal hoursPerMonth, String currency, BigDecimal exchangeRate,
                           Map<String, BigDecimal> otherRates, Integer moneyScaleOverride) {

    public static final BigDecimal DEFAULT_HOURS_PER_MONTH = new BigDecimal("730");
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    public CostSettings {
        Objects.requireNonNull(hoursPerMonth, "hoursPerMonth");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(exchangeRate, "exchangeRate");
        currency = currency.trim().toUpperCase(Locale.ROOT);
        if (hoursPerMonth.signum() <= 0 || hoursPerMonth.compareTo(new BigDecimal("744")) > 0) {
            throw new IllegalArgumentException("hours per month must be in (0, 744], not " + hoursPerMonth);
        }
        if (exchangeRate.signum() <= 0) {
            throw new IllegalArgumentException("the exchange rate must be positive, not " + exchangeRate);
        }
        if (currency.equals("USD") && exchangeRate.compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("currency USD takes exchange rate 1, not " + exchangeRate);
        }
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be a three-letter ISO code, not '" + currency + "'");
        }
        TreeMap<String, BigDecimal> rates = new TreeMap<>();
        if (otherRates != null) {
            otherRates.forEach((k, v) -> rates.put(k.toUpperCase(Locale.ROOT), v));
        }
        otherRates = java.util.Collections.unmodifiableMap(rates);
        if (moneyScaleOverride != null && (moneyScaleOverride < 0 || moneyScaleOverride > 6)) {
            throw new IllegalArgumentException("money scale must be 0..6, not " + moneyScaleOverride);
        }
    }

    /** 730 hours, USD. */
    public static CostSettings defaults() {
        return of(DEFAULT_HOURS_PER_MONTH, "USD", BigDecimal.ONE);
    }

    public static CostSettings of(BigDecimal hoursPerMonth, String currency, BigDecimal unitsPerUsd) {
        return new CostSettings(hoursPerMonth, currency, unitsPerUsd, Map.of(), null);
    }

    /** The factor that turns an amount in {@code from} into {@link #currency()}, if one is known. */
    public Optional<BigDecimal> rateFrom(String from) {
        String f = from.toUpperCase(Locale.ROOT);
        if (f.equals(currency)) {
            return Optional.of(BigDecimal.ONE);
        }
        if (f.equals("USD")) {
            return Optional.of(exchangeRate);
        }
        return Optional.ofNullable(otherRates.get(f));
    }

    public int moneyScale() {
        if (moneyScaleOverride != null) {
            return moneyScaleOverride;
        }
        return MoneyFormat.scale(currency);
    }

    public BigDecimal round(BigDecimal amount) {
        return amount.setScale(moneyScale(), ROUNDING);
    }

    public String roundingRule() {
        return "monthly amounts rounded half up to " + moneyScale() + " decimal" + (moneyScale() == 1 ? "" : "s")
                + " once, from exact products; totals from the exact sum of their lines; hourly rates exact";
    }
}
