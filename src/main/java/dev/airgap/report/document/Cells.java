package dev.airgap.report.document;

import dev.airgap.cost.MoneyFormat;
import dev.airgap.report.ReportTexts;
import java.math.BigDecimal;

/** How the report's sections write the values of a cell: a dash for nothing, amounts as the cost stage rounded them. */
final class Cells {

    private Cells() {
    }

    static String region(String region, ReportTexts t) {
        return region == null ? t.get("unknown") : region;
    }

    static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    /** Amounts as the cost stage rounded them, grouped with commas whatever the machine's locale. */
    static String money(BigDecimal amount) {
        return MoneyFormat.format(amount, "?");
    }

    static String rate(BigDecimal rate) {
        return MoneyFormat.rate(rate, "?");
    }

    static String plain(BigDecimal d) {
        return d == null ? "0" : MoneyFormat.exact(d).toPlainString();
    }
}
