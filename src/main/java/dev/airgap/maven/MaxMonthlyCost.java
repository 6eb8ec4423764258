package dev.airgap.maven;

import dev.airgap.require.Requirement;
import dev.airgap.require.RequirementException;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * {@code <maxMonthlyCost>}: the estimated monthly total of each target region (interface endpoints, NAT gateways,
 * public IPv4 addresses) stays at or under the amount. A region with an unknown price is UNKNOWN.
 * <pre>
 * &lt;maxMonthlyCost&gt;
 *   &lt;amount&gt;5000&lt;/amount&gt;
 *   &lt;currency&gt;JPY&lt;/currency&gt;
 *   &lt;exchangeRate&gt;150&lt;/exchangeRate&gt;
 * &lt;/maxMonthlyCost&gt;
 * </pre>
 * {@code <amount>}: mandatory. {@code <currency>}: ISO code, default {@code USD}. {@code <exchangeRate>}: units of
 * the currency per USD, needed when the currency is neither USD nor the cost estimate's.
 */
public class MaxMonthlyCost extends RequirementBean {

    /** The monthly budget per region. */
    String amount;

    /** The budget's currency (ISO code); default USD. */
    String currency;

    /** Units of {@code currency} per USD. */
    String exchangeRate;

    @Override
    Requirement toRequirement() {
        BigDecimal a = number(amount, "amount");
        if (a == null || a.signum() < 0) {
            throw new RequirementException("<maxMonthlyCost>" + label() + " needs a non-negative <amount>");
        }
        BigDecimal rate = number(exchangeRate, "exchangeRate");
        if (rate != null && rate.signum() <= 0) {
            throw new RequirementException("<maxMonthlyCost>" + label() + " <exchangeRate> must be positive");
        }
        String c = currency == null || currency.isBlank() ? "USD" : currency.trim().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z]{3}")) {
            throw new RequirementException("<maxMonthlyCost>" + label() + " <currency> must be a three-letter ISO "
                    + "code, not '" + currency + "'");
        }
        return new dev.airgap.require.MaxMonthlyCost(cleanId(), a, c, rate, allowUnknown, exceptions());
    }

    private BigDecimal number(String text, String element) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new RequirementException("<maxMonthlyCost>" + label() + " <" + element + "> is not a number: '"
                    + text.trim() + "'");
        }
    }

    @Override
    String element() {
        return "maxMonthlyCost";
    }
}
