package dev.airgap.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.report.text.CostTable;
import org.junit.jupiter.api.Test;

/**
 * us-west-1, the article's demo region, has a sourced NAT gateway hourly rate and no sourced interface endpoint rate:
 * the cost output prices the one and names the other, with the entry that supplies it.
 */
class DemoRegionPriceTest {

    private final CostReport report = new CostEstimator(PriceCatalog.bundled(), Fixtures.usd()).estimate(
            CostInput.builder()
                    .interfaceEndpoint(Fixtures.endpoint("S3Interface", "s3", "us-west-1", "us-west-1a", "us-west-1c"))
                    .natGateway(new NatGatewayUse("NetworkStack", "Nat", "us-west-1"))
                    .build());

    @Test
    void theMissingInterfaceEndpointRateIsNamedWithHowToSupplyIt() {
        RegionCost r = report.regions().get(0);
        assertThat(r.complete()).isFalse();
        RegionCost.UnknownPrice hourly = r.unknownPrices().stream()
                .filter(u -> u.price().equals("interfaceEndpointHourly")).findFirst().orElseThrow();
        assertThat(hourly.subjects()).containsExactly("NetworkStack/S3Interface");
        assertThat(hourly.reason()).isEqualTo("no sourced interfaceEndpointHourly (per endpoint-AZ hour)"
                + " for us-west-1 in the price catalog (2026-12-04.1); add it with <prices>"
                + " (us-west-1:interfaceEndpointHourly=VALUE) or airgap.pricesFile");
        // The console table (and the site page, which shows the same reason) names it.
        assertThat(CostTable.render(report)).contains("  unknown interfaceEndpointHourly for NetworkStack/S3Interface: "
                + hourly.reason());
    }

    @Test
    void theNatGatewayIsPricedFromItsSourcesAndItsPerGbRateIsNamedMissing() {
        RegionCost r = report.regions().get(0);
        assertThat(r.natGateways().get(0).hourly()).isEqualByComparingTo("0.048");
        assertThat(r.prices()).anySatisfy(p -> {
            assertThat(p.price()).isEqualTo("natGatewayHourly");
            assertThat(p.provenance().summary()).isEqualTo("bundled catalog 2026-12-04.1 [S21 2020-05-02, S22 undated]");
        });
        assertThat(CostTable.render(report)).contains("price natGatewayHourly 0.048 USD (bundled catalog 2026-12-04.1"
                + " [S21 2020-05-02, S22 undated])");
    }
}
