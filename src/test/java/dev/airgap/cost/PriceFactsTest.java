package dev.airgap.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled price catalog holds every figure of the pricing research, with its confidence, and nothing else. */
class PriceFactsTest {

    /** One row of {@code cost/facts-figures.tsv}. */
    record Fact(String section, String region, String price, String value, String confidence) {
        boolean found() {
            return !value.equals("-");
        }

        @Override
        public String toString() {
            return section + " " + region + " " + price + " " + value;
        }
    }

    static Stream<Fact> facts() throws IOException {
        List<Fact> out = new ArrayList<>();
        try (InputStream in = PriceFactsTest.class.getResourceAsStream("/cost/facts-figures.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new Fact(f[0], f[1], f[2], f[3], f[4]));
            }
        }
        return out.stream();
    }

    private static JsonNode rawCatalog() throws IOException {
        try (InputStream in = PriceCatalog.class.getResourceAsStream(PriceCatalog.BUNDLED_RESOURCE)) {
            return JsonMapper.builder().build().readTree(in);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facts")
    void everyResearchedFigureIsInTheCatalogWithItsConfidence(Fact fact) throws IOException {
        RegionPrices r = PriceCatalog.bundled().region(fact.region()).orElseThrow();
        PriceItem item = PriceItem.byKey(fact.price()).orElseThrow();
        JsonNode raw = rawCatalog().path("regions").path(fact.region()).path(fact.price());
        Optional<List<BigDecimal>> priced = item == PriceItem.DATA_PROCESSING_TIERS
                ? r.tiers().map(t -> t.tiers().stream().map(Tier::perGb).toList())
                : r.get(item).map(v -> List.of(v.value()));

        if (!fact.found() || fact.confidence().equals("low")) {
            assertThat(priced).as("no sourced figure: unknown, never borrowed").isEmpty();
        } else {
            List<BigDecimal> expected = Arrays.stream(fact.value().split("/")).map(BigDecimal::new).toList();
            assertThat(priced).isPresent();
            assertThat(priced.get()).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(priced.get().get(i)).isEqualByComparingTo(expected.get(i));
            }
            assertThat(raw.path("confidence").asText()).isEqualTo(fact.confidence());
            assertThat(raw.path("sources")).isNotEmpty();
        }
        if (fact.confidence().equals("low")) {
            assertThat(unused(fact)).as("a low figure is kept, unused, with its source").isPresent();
        }
    }

    private static Optional<JsonNode> unused(Fact fact) throws IOException {
        for (JsonNode u : rawCatalog().path("unusedFigures")) {
            if (u.path("region").asText().equals(fact.region()) && u.path("price").asText().equals(fact.price())
                    && u.path("value").decimalValue().compareTo(new BigDecimal(fact.value())) == 0
                    && u.path("confidence").asText().equals("low") && u.path("sources").size() > 0) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    @Test
    void theCatalogHoldsNoFigureTheResearchDoesNotHave() throws IOException {
        List<String> researched = facts().filter(Fact::found).filter(f -> !f.confidence().equals("low"))
                .map(f -> f.region() + " " + f.price()).toList();
        List<String> inCatalog = new ArrayList<>();
        for (RegionPrices r : PriceCatalog.bundled().regions().values()) {
            r.values().keySet().forEach(i -> inCatalog.add(r.region() + " " + i.key()));
            r.tiers().ifPresent(t -> inCatalog.add(r.region() + " " + PriceItem.DATA_PROCESSING_TIERS.key()));
        }
        assertThat(inCatalog).containsExactlyInAnyOrderElementsOf(researched);
    }

    @Test
    void everySourceOfTheCatalogIsDated() throws IOException {
        JsonNode sources = rawCatalog().path("sources");
        // A source may be undated (the document shows no date), but the field says so explicitly.
        sources.fields().forEachRemaining(e -> assertThat(e.getValue().has("date")).as(e.getKey()).isTrue());
        for (JsonNode u : rawCatalog().path("unusedFigures")) {
            u.path("sources").forEach(s -> assertThat(sources.has(s.asText())).as(s.asText()).isTrue());
        }
    }

    @Test
    void aMisspeltOrLowConfidenceIsRefusedWithWhere() {
        String misspelt = "{\"regions\": {\"us-west-1\": {\"natGatewayHourly\": {\"value\": 0.048, "
                + "\"confidence\": \"hihg\"}}}}";
        assertThatThrownBy(() -> CatalogJson.read(new ByteArrayInputStream(misspelt.getBytes(StandardCharsets.UTF_8)),
                Provenance.Origin.FILE, "prices.json"))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessage("prices file prices.json: regions.us-west-1.natGatewayHourly.confidence: expected one of "
                        + "high, medium-high, medium, low, found \"hihg\"");
        String low = "{\"regions\": {\"us-west-1\": {\"publicIpv4Hourly\": {\"value\": 0.005, "
                + "\"confidence\": \"low\"}}}}";
        assertThatThrownBy(() -> CatalogJson.read(new ByteArrayInputStream(low.getBytes(StandardCharsets.UTF_8)),
                Provenance.Origin.FILE, "prices.json"))
                .hasMessageContaining("regions.us-west-1.publicIpv4Hourly: a figure of low confidence is not used");
    }
}
