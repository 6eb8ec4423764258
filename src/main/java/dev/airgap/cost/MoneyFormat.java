package dev.airgap.cost;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers for people: grouping commas, the scale as given, no exponent ({@code 4536} → {@code 4,536}). */
final class MoneyFormat {

    private MoneyFormat() {
    }

    static String format(BigDecimal amount) {
        if (amount == null) {
            return "unknown";
        }
        BigDecimal a = amount.scale() < 0 ? amount.setScale(0) : amount;
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMinimumFractionDigits(a.scale());
        f.setMaximumFractionDigits(a.scale());
        return f.format(a);
    }

    /** An exact rate without trailing zeros ({@code 2.100} → {@code 2.1}). */
    static String rate(BigDecimal rate) {
        return rate == null ? "unknown" : format(plain(rate));
    }

    static BigDecimal plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
