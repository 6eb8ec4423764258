package dev.airgap.require;

import dev.airgap.cost.CostReport;
import dev.airgap.cost.MoneyFormat;
import dev.airgap.cost.RegionCost;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The estimated monthly total of each target region stays at or under {@code amount}.
 *
 * @param currency     ISO code of {@code amount}
 * @param exchangeRate units of {@code currency} per USD; null when {@code currency} is USD or the report's currency
 */
public record MaxMonthlyCost(String id, BigDecimal amount, String currency, BigDecimal exchangeRate,
                             boolean allowUnknown, List<Waiver> exceptions) implements Requirement {

    static final Rule RULE = new Rule("maxMonthlyCost", "Monthly cost within budget",
            "The estimated monthly cost of the interface endpoints, NAT gateways and public IPv4 addresses of "
                    + "each region must stay within the budget. Fix: replace S3/DynamoDB interface endpoints by "
                    + "free gateway endpoints where on-premises access is not needed, or span fewer AZs.");

    public MaxMonthlyCost {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        exceptions = List.copyOf(exceptions);
    }

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public String asks() {
        return "at most " + amount.toPlainString() + " " + currency + " a month per region";
    }

    /**
     * @throws RequirementException when the budget's currency is neither USD nor the estimate's and has no rate
     */
    @Override
    public List<Violation> judge(Subjects subjects) {
        List<Violation> out = new ArrayList<>();
        CostReport costs = subjects.evidence().costs();
        if (costs == null) {
            out.add(subjects.region(this, null, "no cost estimate was made", null, null,
                    "configure the cost estimate, or set <allowUnknown>true</allowUnknown>", true));
            return out;
        }
        String want = want();
        for (RegionCost region : costs.regions()) {
            BigDecimal total = convert(region.monthlyTotal(), costs);
            String shown = MoneyFormat.plain(total, want) + " " + want;
            if (!region.complete() || region.monthlyTotal() == null) {
                out.add(unknown(subjects, region, total == null ? "" : "; the known part is " + shown));
            } else if (total.compareTo(amount) > 0) {
                out.add(over(subjects, region, shown, costs));
            }
        }
        return out;
    }

    private Violation unknown(Subjects subjects, RegionCost region, String knownPart) {
        List<RegionCost.UnknownPrice> unknown = region.unknownPrices();
        String what = unknown.isEmpty() ? "some prices are unknown"
                : unknown.get(0).price() + " is not known (" + unknown.get(0).reason() + ")";
        return subjects.region(this, region.region(), "estimated monthly total UNKNOWN: " + what + knownPart,
                unknown.isEmpty() || unknown.get(0).subjects().isEmpty() ? null
                        : subjects.named(null, unknown.get(0).subjects().get(0), region.region()),
                null, "supply the missing price in the price overrides, or set <allowUnknown>true</allowUnknown>",
                true);
    }

    private Violation over(Subjects subjects, RegionCost region, String shown, CostReport costs) {
        String want = want();
        RegionCost.InterfaceEndpointLine biggest = region.interfaceEndpoints().stream()
                .filter(l -> l.monthly() != null)
                .max(Comparator.comparing(RegionCost.InterfaceEndpointLine::monthly)).orElse(null);
        String found = "estimated monthly total " + shown + " exceeds " + amount.toPlainString() + " " + want + " ("
                + count(region.interfaceEndpoints().size(), "interface endpoint") + ", "
                + count(region.natGateways().size(), "NAT gateway") + ")";
        String fix = biggest == null ? "remove NAT gateways or public IPv4 addresses, or raise <amount>"
                : "the largest line is interface endpoint " + biggest.logicalId() + " (" + biggest.service() + ", "
                + count(biggest.azs().size(), "AZ") + ", " + MoneyFormat.plain(convert(biggest.monthly(), costs), want)
                + " " + want + "/month): use a gateway endpoint for S3/DynamoDB where on-premises access is not "
                + "needed, place endpoints in fewer AZs, or raise <amount>";
        return subjects.region(this, region.region(), found, biggest == null ? null
                : subjects.named(biggest.stack(), biggest.logicalId(), region.region()),
                biggest == null ? null : biggest.stack(), fix, false);
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private String want() {
        return currency.trim().toUpperCase(Locale.ROOT);
    }

    /** The report's amount (in its currency) in the budget's currency, through USD; null stays null. */
    private BigDecimal convert(BigDecimal value, CostReport costs) {
        if (value == null) {
            return null;
        }
        String want = want();
        String have = costs.currency();
        if (want.equals(have)) {
            return value;
        }
        BigDecimal wantPerUsd = want.equals("USD") ? BigDecimal.ONE : exchangeRate;
        if (wantPerUsd == null) {
            throw new RequirementException("<maxMonthlyCost> in " + want + " needs <exchangeRate> (" + want + " per "
                    + "USD): the cost estimate is in " + have);
        }
        BigDecimal usd = value.divide(costs.settings().exchangeRate(), MathContext.DECIMAL64);
        return usd.multiply(wantPerUsd, MathContext.DECIMAL64);
    }
}
