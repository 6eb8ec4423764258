package dev.airgap.cost;

import static dev.airgap.cost.Fixtures.d;
import static dev.airgap.cost.Fixtures.endpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CurrencyTest {

    private static CostReport price(CostSettings s, CostInput in) {
        return new CostEstimator(Fixtures.testCatalog(), s).estimate(in);
    }

    @Test
    void usdDefaultsTo730HoursAndCents() {
        CostReport r = price(CostSettings.defaults(),
                CostInput.builder().interfaceEndpoint(endpoint("E", "ssm", "test-1", "a")).build());
        assertThat(r.settings().hoursPerMonth()).isEqualByComparingTo("730");
        assertThat(r.regions().get(0).interfaceEndpoints().get(0).monthly()).isEqualTo(d("7.30"));
    }

    @Test
    void yenIsRoundedHalfUpToWholeYenOnceFromTheExactAmount() {
        // 0.0117 USD × 150 = 1.755 JPY/h; × 730 h = 1281.15 JPY → 1281; two AZs 2562.3 → 2562
        CostSettings jpy = CostSettings.of(d("730"), "jpy", d("150"));
        CostReport r = price(jpy, CostInput.builder()
                .interfaceEndpoint(endpoint("One", "ssm", "test-2", "a"))
                .interfaceEndpoint(endpoint("Two", "ssm", "test-2", "a", "b"))
                .build());
        RegionCost region = r.regions().get(0);
        assertThat(region.interfaceEndpoints().get(0).ratePerAz()).isEqualByComparingTo("1.755");
        assertThat(region.interfaceEndpoints().get(0).monthly()).isEqualTo(d("1281"));
        assertThat(region.interfaceEndpoints().get(1).monthly()).isEqualTo(d("2562"));
        // the total is rounded from 3843.45, not summed from the rounded lines (1281 + 2562 = 3843)
        assertThat(region.monthlyTotal()).isEqualTo(d("3843"));
        assertThat(r.settings().roundingRule()).contains("half up to 0 decimals");
    }

    @Test
    void halfUpAtExactlyHalf() {
        // 0.01 USD × 1.5 = 0.015/h × 730 = 10.95 → scale 1 → 11.0 (half up), not 10.9 (half even)
        CostSettings s = new CostSettings(d("730"), "EUR", d("1.5"), Map.of(), 1);
        CostReport r = price(s, CostInput.builder().interfaceEndpoint(endpoint("E", "ssm", "test-1", "a")).build());
        assertThat(r.regions().get(0).interfaceEndpoints().get(0).monthly()).isEqualTo(d("11.0"));
    }

    @Test
    void cnyPricesNeedARateToTheShownCurrency() {
        CostInput in = CostInput.builder().natGateway(new NatGatewayUse("Net", "Nat", "cny-1")).build();
        CostReport noRate = price(CostSettings.of(d("730"), "JPY", d("150")), in);
        assertThat(noRate.regions().get(0).natGateways().get(0).monthly()).isNull();
        assertThat(noRate.regions().get(0).unknownPrices().get(0).reason())
                .contains("priced in CNY and no rate from CNY to JPY");

        CostReport inCny = price(CostSettings.of(d("730"), "CNY", d("7.1")), in);
        assertThat(inCny.regions().get(0).natGateways().get(0).monthly()).isEqualTo(d("270.10")); // 0.37 × 730

        CostSettings jpyWithCny = new CostSettings(d("730"), "JPY", d("150"), Map.of("cny", d("21")), null);
        CostReport converted = price(jpyWithCny, in);
        assertThat(converted.regions().get(0).natGateways().get(0).monthly()).isEqualTo(d("5672")); // 7.77 × 730
        assertThat(converted.regions().get(0).prices().get(0).currency()).isEqualTo("CNY");
    }

    @Test
    void settingsRejectNonsense() {
        assertThatThrownBy(() -> CostSettings.of(d("0"), "USD", d("1"))).hasMessageContaining("hours per month");
        assertThatThrownBy(() -> CostSettings.of(d("730"), "USD", d("150"))).hasMessageContaining("USD takes");
        assertThatThrownBy(() -> CostSettings.of(d("730"), "JPY", d("-1"))).hasMessageContaining("positive");
        assertThatThrownBy(() -> CostSettings.of(d("730"), "JP yen", d("150"))).hasMessageContaining("three-letter");
    }
}
