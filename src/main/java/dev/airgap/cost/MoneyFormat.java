package dev.airgap.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/**
 * Numbers for people: grouping commas, the scale as given, no exponent ({@code 4536} → {@code 4,536}); and amounts
 * of a currency at its minor units, the one place that knows how many a currency has.
 */
public final class MoneyFormat {

    private MoneyFormat() {
    }

    /**
     * The decimals of a currency's minor unit: 2 for USD, 0 for JPY, and 2 for a code the JDK does not know or one
     * without minor units (XAU).
     */
    public static int scale(String currency) {
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            return digits < 0 ? 2 : digits;
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }

    /** The amount rounded half up to the currency's minor unit, without grouping ({@code 4536.00}); null is "?". */
    public static String plain(BigDecimal amount, String currency) {
        return amount == null ? "?" : amount.setScale(scale(currency), RoundingMode.HALF_UP).toPlainString();
    }

    /** Grouped at thousands, at the amount's own scale ({@code 4536} → {@code 4,536}); null is "unknown". */
    public static String format(BigDecimal amount) {
        return format(amount, "unknown");
    }

    /** As {@link #format(BigDecimal)}, null shown as {@code ifUnknown}. */
    public static String format(BigDecimal amount, String ifUnknown) {
        if (amount == null) {
            return ifUnknown;
        }
        BigDecimal a = amount.scale() < 0 ? amount.setScale(0) : amount;
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMinimumFractionDigits(a.scale());
        f.setMaximumFractionDigits(a.scale());
        return f.format(a);
    }

    /** An exact rate without trailing zeros ({@code 2.100} → {@code 2.1}); null is "unknown". */
    public static String rate(BigDecimal rate) {
        return rate(rate, "unknown");
    }

    /** As {@link #rate(BigDecimal)}, null shown as {@code ifUnknown}. */
    public static String rate(BigDecimal rate, String ifUnknown) {
        return rate == null ? ifUnknown : format(exact(rate));
    }

    /** The value without trailing zeros and never in exponent form ({@code 2.100} → {@code 2.1}, {@code 1E+1} → 10). */
    public static BigDecimal exact(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
