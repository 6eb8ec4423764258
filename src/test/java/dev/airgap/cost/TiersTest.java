package dev.airgap.cost;

import static dev.airgap.cost.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Data processing tiers: 1 PB = 1,048,576 GB, 5 PB = 5,242,880 GB, applied to the region's monthly total. */
class TiersTest {

    private static CostReport price(String region, Map<String, java.math.BigDecimal> gbByEndpoint) {
        CostInput.Builder b = CostInput.builder();
        gbByEndpoint.keySet().stream().sorted().forEach(id -> b.interfaceEndpoint(
                Fixtures.endpoint(id, "ssm", region, region + "a")));
        b.usage(new Usage(gbByEndpoint, null, null, null));
        return new CostEstimator(Fixtures.testCatalog(), Fixtures.usd()).estimate(b.build());
    }

    private static RegionCost.DataProcessing dp(CostReport r) {
        return r.regions().get(0).dataProcessing();
    }

    @Test
    void exactlyOnePetabyteIsAllFirstTier() {
        RegionCost.DataProcessing d = dp(price("test-1", Map.of("E", d("1048576"))));
        assertThat(d.tiers()).extracting(RegionCost.TierCharge::gb)
                .usingComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
                .containsExactly(d("1048576"));
        assertThat(d.monthly()).isEqualTo(d("10485.76"));
        assertThat(d.assumed()).isFalse();
    }

    @Test
    void oneGigabyteOverOnePetabyteIsSecondTier() {
        RegionCost.DataProcessing d = dp(price("test-1", Map.of("E", d("1048577"))));
        assertThat(d.tiers().get(1).gb()).isEqualByComparingTo("1");
        assertThat(d.tiers().get(1).perGb()).isEqualByComparingTo("0.006");
        assertThat(d.monthly()).isEqualTo(d("10485.77")); // 10485.76 + 0.006, rounded half up
    }

    @Test
    void fivePetabytesFillTheSecondTierAndOneMoreGigabyteTheThird() {
        RegionCost.DataProcessing at5 = dp(price("test-1", Map.of("E", d("5242880"))));
        assertThat(at5.tiers()).hasSize(2);
        assertThat(at5.tiers().get(1).gb()).isEqualByComparingTo("4194304");
        assertThat(at5.monthly()).isEqualTo(d("35651.58")); // 10485.76 + 25165.824

        RegionCost.DataProcessing over = dp(price("test-1", Map.of("E", d("5242881"))));
        assertThat(over.tiers()).hasSize(3);
        assertThat(over.tiers().get(2).fromGb()).isEqualByComparingTo("5242880");
        assertThat(over.tiers().get(2).toGb()).isNull();
        assertThat(over.tiers().get(2).gb()).isEqualByComparingTo("1");
        assertThat(over.monthly()).isEqualTo(d("35651.59")); // 35651.584 + 0.004
    }

    @Test
    void tiersApplyToTheRegionsTotalNotPerEndpoint() {
        // Each endpoint alone stays under 1 PB; together they cross it.
        RegionCost.DataProcessing d = dp(price("test-1", Map.of("A", d("600000"), "B", d("600000"))));
        assertThat(d.gbPerMonth()).isEqualByComparingTo("1200000");
        assertThat(d.tiers().get(1).gb()).isEqualByComparingTo("151424");
        assertThat(d.monthly()).isEqualTo(d("11394.30")); // 10485.76 + 151424 × 0.006 = 908.544
    }

    @Test
    void volumeBeyondTheLastSourcedTierIsUnknown() {
        CostReport r = price("test-2", Map.of("E", d("2000000")));
        RegionCost region = r.regions().get(0);
        assertThat(region.dataProcessing().monthly()).isNull();
        assertThat(region.complete()).isFalse();
        assertThat(region.unknownPrices()).anySatisfy(u -> {
            assertThat(u.price()).isEqualTo("dataProcessingTiers");
            assertThat(u.reason()).contains("951,424 GB beyond 1,048,576 GB");
        });
        // the first petabyte is still counted in the (incomplete) total
        assertThat(region.monthlyTotal()).isEqualTo(d("10494.30")); // 10485.76 + 0.0117 × 730 = 8.541
    }

    @Test
    void scheduleRejectsBoundsThatDoNotIncrease() {
        Provenance p = new Provenance(Provenance.Origin.POM, "<prices>", java.util.List.of());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TierSchedule(java.util.List.of(
                new Tier(d("5"), d("0.01")), new Tier(d("5"), d("0.006"))), "USD", p))
                .hasMessageContaining("must increase");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TierSchedule(java.util.List.of(
                new Tier(null, d("0.01")), new Tier(d("5"), d("0.006"))), "USD", p))
                .hasMessageContaining("last tier");
    }
}
