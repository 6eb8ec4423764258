package dev.airgap.cost;

import static dev.airgap.cost.Fixtures.d;
import static dev.airgap.cost.Fixtures.endpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.airgap.report.text.CostTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverridesTest {

    @Test
    void pomPricesAreParsedFromTheCompactForm() {
        PriceOverride p = PriceOverride.parse(" ap-northeast-3:interfaceEndpointHourly=0.014 ");
        assertThat(p.region()).isEqualTo("ap-northeast-3");
        assertThat(p.item()).isEqualTo(PriceItem.INTERFACE_ENDPOINT_HOURLY);
        assertThat(p.value()).isEqualByComparingTo("0.014");
        assertThat(p.currency()).isNull();

        PriceOverride cny = PriceOverride.parse("cn-north-1:natGatewayHourly=0.37 cny");
        assertThat(cny.currency()).isEqualTo("CNY");

        PriceOverride tiers = PriceOverride.parse("us-west-1:dataProcessingTiers=0.01/1048576,0.006/5242880,0.004");
        assertThat(tiers.tiers()).extracting(Tier::perGb).extracting(java.math.BigDecimal::toPlainString)
                .containsExactly("0.01", "0.006", "0.004");
        assertThat(tiers.tiers().get(2).unbounded()).isTrue();
    }

    @Test
    void badPomPricesSayWhatIsExpected() {
        assertThatThrownBy(() -> PriceOverride.parse("interfaceEndpointHourly=0.014"))
                .hasMessageContaining("expected REGION:ITEM=VALUE");
        assertThatThrownBy(() -> PriceOverride.parse("us-west-1:endpointHourly=0.014"))
                .hasMessageContaining("unknown item 'endpointHourly'");
        assertThatThrownBy(() -> PriceOverride.parse("us-west-1:natGatewayHourly=cheap"))
                .hasMessageContaining("not a number");
        assertThatThrownBy(() -> PriceOverride.parse("us-west-1:natGatewayHourly=-1"))
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> PriceOverride.parse("us-west-1:dataProcessingTiers=0.004,0.01/10"))
                .hasMessageContaining("last tier");
    }

    @Test
    void pomPriceFillsAnUnknownRegionAndSaysSo() throws IOException {
        PriceOverrides o = PriceOverrides.of(List.of("ap-northeast-3:interfaceEndpointHourly=0.014"), null);
        CostReport r = CostEstimator.withBundledPrices(o, Fixtures.article()).estimate(CostInput.builder()
                .interfaceEndpoint(endpoint("S3", "s3", "ap-northeast-3", "a", "b", "c")).build());
        RegionCost osaka = r.regions().get(0);
        assertThat(osaka.interfaceEndpoints().get(0).monthly()).isEqualTo(d("4536"));
        RegionCost.PriceUsed used = osaka.prices().get(0);
        assertThat(used.provenance().origin()).isEqualTo(Provenance.Origin.POM);
        assertThat(used.provenance().location()).isEqualTo("<prices>");
        assertThat(CostTable.render(r)).contains("price interfaceEndpointHourly 0.014 USD = 2.1 JPY (pom <prices>)");
    }

    @Test
    void fileFiguresCarryTheFileAndTheirSources() throws IOException {
        Path file = Fixtures.resource("user-prices.json");
        PriceOverrides o = PriceOverrides.of(List.of(), file);
        PriceCatalog c = o.applyTo(Fixtures.testCatalog());
        PricedValue osaka = c.region("ap-northeast-3").orElseThrow().get(PriceItem.INTERFACE_ENDPOINT_HOURLY)
                .orElseThrow();
        assertThat(osaka.provenance().origin()).isEqualTo(Provenance.Origin.FILE);
        assertThat(osaka.provenance().location()).contains("user-prices.json").contains("team-prices-2026-11");
        assertThat(osaka.provenance().sources()).singleElement()
                .satisfies(s -> assertThat(s.date()).isEqualTo("2026-11-30"));
        // bare numbers are accepted too
        assertThat(c.region("ap-northeast-3").orElseThrow().get(PriceItem.NAT_GATEWAY_HOURLY).orElseThrow().value())
                .isEqualByComparingTo("0.062");
        // a file overrides one figure and leaves the rest of the region as it was
        RegionPrices test1 = c.region("test-1").orElseThrow();
        assertThat(test1.get(PriceItem.NAT_GATEWAY_HOURLY).orElseThrow().value()).isEqualByComparingTo("0.05");
        assertThat(test1.get(PriceItem.NAT_GATEWAY_HOURLY).orElseThrow().provenance().origin())
                .isEqualTo(Provenance.Origin.FILE);
        assertThat(test1.get(PriceItem.NAT_GATEWAY_PER_GB).orElseThrow().provenance().origin())
                .isEqualTo(Provenance.Origin.FILE); // the test catalog itself was read as a file
        assertThat(test1.get(PriceItem.NAT_GATEWAY_PER_GB).orElseThrow().provenance().location())
                .contains("test-catalog.json");
    }

    @Test
    void pomWinsOverFileWhichWinsOverBundled() throws IOException {
        PriceOverrides o = PriceOverrides.of(List.of("ap-northeast-3:natGatewayHourly=0.07"),
                Fixtures.resource("user-prices.json"));
        PriceCatalog c = o.applyTo(PriceCatalog.bundled());
        RegionPrices osaka = c.region("ap-northeast-3").orElseThrow();
        assertThat(osaka.get(PriceItem.NAT_GATEWAY_HOURLY).orElseThrow().value()).isEqualByComparingTo("0.07");
        assertThat(osaka.get(PriceItem.NAT_GATEWAY_HOURLY).orElseThrow().provenance().origin())
                .isEqualTo(Provenance.Origin.POM);
        assertThat(osaka.get(PriceItem.INTERFACE_ENDPOINT_HOURLY).orElseThrow().provenance().origin())
                .isEqualTo(Provenance.Origin.FILE);
        RegionPrices tokyo = c.region("ap-northeast-1").orElseThrow();
        assertThat(tokyo.get(PriceItem.INTERFACE_ENDPOINT_HOURLY).orElseThrow().provenance().origin())
                .isEqualTo(Provenance.Origin.BUNDLED);
    }

    @Test
    void badFilesNameTheFileAndThePath(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("prices.json");
        Files.writeString(f, "{\"regions\":{\"us-west-1\":{\"natGatewayHourly\":-1}}}");
        assertThatThrownBy(() -> PriceCatalog.read(f)).isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("prices.json").hasMessageContaining("regions.us-west-1.natGatewayHourly")
                .hasMessageContaining("non-negative");
        Files.writeString(f, "{\"regions\":{\"us-west-1\":{\"natHourly\":1}}}");
        assertThatThrownBy(() -> PriceCatalog.read(f)).hasMessageContaining("unknown price");
        Files.writeString(f, "{\"regions\":{\"us-west-1\":{\"natGatewayHourly\":{\"value\":1,\"sources\":[\"X9\"]}}}}");
        assertThatThrownBy(() -> PriceCatalog.read(f)).hasMessageContaining("source X9 is not defined");
        Files.writeString(f, "{\"regions\":");
        assertThatThrownBy(() -> PriceCatalog.read(f)).hasMessageContaining("not valid JSON");
        Files.writeString(f, "{\"formatVersion\":2,\"regions\":{}}");
        assertThatThrownBy(() -> PriceCatalog.read(f)).hasMessageContaining("formatVersion 2 is not supported");
    }
}
