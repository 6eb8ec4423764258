package dev.airgap.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceCatalogTest {

    @Test
    void bundledCatalogKeepsNullsAsUnknown() {
        PriceCatalog c = PriceCatalog.bundled();
        assertThat(c.version()).isEqualTo("2026-12-04.1");
        // Osaka: only a NAT gateway hourly rate is sourced (FACTS-2 2.1); everything else stays unknown.
        assertThat(c.region("ap-northeast-3").orElseThrow().values()).containsOnlyKeys(PriceItem.NAT_GATEWAY_HOURLY);
        assertThat(c.region("ap-northeast-3").orElseThrow().tiers()).isEmpty();
        assertThat(c.region("us-west-1").orElseThrow().get(PriceItem.INTERFACE_ENDPOINT_HOURLY)).isEmpty();
        assertThat(c.region("us-west-1").orElseThrow().get(PriceItem.NAT_GATEWAY_PER_GB)).isEmpty();
        assertThat(c.region("us-west-2").orElseThrow().tiers().orElseThrow().complete()).isFalse();
        assertThat(c.region("eu-west-1").orElseThrow().tiers().orElseThrow().tiers()).hasSize(3);
        assertThat(c.region("cn-northwest-1").orElseThrow().currency()).isEqualTo("CNY");
        assertThat(c.region("cn-northwest-1").orElseThrow().get(PriceItem.NAT_GATEWAY_HOURLY).orElseThrow().value())
                .isEqualByComparingTo("0.37");
        assertThat(c.region("us-east-1").orElseThrow().get(PriceItem.GATEWAY_LOAD_BALANCER_ENDPOINT_PER_GB)
                .orElseThrow().value()).isEqualByComparingTo("0.0035");
        assertThat(c.gatewayEndpoint().value()).isEqualByComparingTo("0");
    }

    @Test
    void everyBundledFigureHasASource() {
        for (RegionPrices r : PriceCatalog.bundled().regions().values()) {
            r.values().values().forEach(v -> assertThat(v.provenance().sources()).as(r.region()).isNotEmpty());
            r.tiers().ifPresent(t -> assertThat(t.provenance().sources()).as(r.region()).isNotEmpty());
        }
    }

    @Test
    void writtenCatalogReadsBackTheSame(@TempDir Path dir) throws IOException {
        PriceCatalog c = PriceCatalog.bundled();
        Path f = dir.resolve("catalog.json");
        try (var out = Files.newOutputStream(f)) {
            c.write(out);
        }
        PriceCatalog back = PriceCatalog.read(f);
        assertThat(back.regions().keySet()).isEqualTo(c.regions().keySet());
        for (RegionPrices r : c.regions().values()) {
            RegionPrices b = back.region(r.region()).orElseThrow();
            assertThat(b.currency()).isEqualTo(r.currency());
            assertThat(b.values().keySet()).isEqualTo(r.values().keySet());
            r.values().forEach((item, v) -> {
                assertThat(b.values().get(item).value()).isEqualByComparingTo(v.value());
                assertThat(b.values().get(item).provenance().sources()).isEqualTo(v.provenance().sources());
            });
            assertThat(b.tiers().map(TierSchedule::tiers)).isEqualTo(r.tiers().map(TierSchedule::tiers));
        }
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        back.write(again);
        assertThat(again.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(Files.readString(f));
    }
}
