package dev.airgap.cost;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.airgap.template.Excerpt;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The catalog file format, shared by the bundled catalog, users' prices files and refreshed catalogs:
 * <pre>
 * { "formatVersion": 1, "catalogVersion": "2026-11-28.1", "compiled": "2026-11-28", "notes": [ … ],
 *   "sources": { "S10": { "text": "…", "date": "2026-09-23" } },
 *   "gatewayEndpoint": { "hourly": 0, "perGb": 0, "sources": ["G01"] },
 *   "regions": {
 *     "ap-northeast-1": {
 *       "currency": "USD",
 *       "interfaceEndpointHourly": { "value": 0.014, "sources": ["S10", "S11"] },
 *       "dataProcessingTiers": { "tiers": [ { "upToGb": 1048576, "perGb": 0.01 }, { "upToGb": 5242880, "perGb": 0.006 },
 *                                           { "upToGb": null, "perGb": 0.004 } ], "sources": ["S12"] },
 *       "gatewayLoadBalancerEndpointHourly": null, "gatewayLoadBalancerEndpointPerGb": null,
 *       "natGatewayHourly": { "value": 0.062, "sources": ["S10"] }, "natGatewayPerGb": …, "publicIpv4Hourly": … } } }
 * </pre>
 * In a user's file everything but {@code regions} may be left out, a figure may be a bare number
 * ({@code "natGatewayHourly": 0.062}) and {@code dataProcessingTiers} a bare list of tiers. {@code null} or an absent
 * figure means unknown. Numbers are read as exact decimals.
 */
public final class CatalogJson {

    public static final int FORMAT_VERSION = 1;

    /** How sure the research is of a figure (see the catalog's notes); a low figure is never a price. */
    static final List<String> CONFIDENCE = List.of("high", "medium-high", "medium", "low");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private CatalogJson() {
    }

    static PriceCatalog read(InputStream in, Provenance.Origin origin, String file) throws IOException {
        String where = file == null ? "bundled price catalog" : "prices file " + file;
        JsonNode root;
        try (JsonParser p = MAPPER.createParser(in)) {
            root = MAPPER.readTree(p);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CatalogFormatException(where + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new CatalogFormatException(where + ": expected a JSON object");
        }
        JsonNode fv = root.get("formatVersion");
        if (fv != null && fv.asInt() != FORMAT_VERSION) {
            throw new CatalogFormatException(where + ": formatVersion " + fv.asText() + " is not supported (expected "
                    + FORMAT_VERSION + ")");
        }
        String version = text(root, "catalogVersion", file == null ? "bundled" : "user");
        String location = file == null ? "catalog " + version : file + " (catalog " + version + ")";
        Reader r = new Reader(where, origin, location, sources(root.get("sources")));

        List<String> notes = new ArrayList<>();
        JsonNode n = root.get("notes");
        if (n != null && n.isArray()) {
            n.forEach(x -> notes.add(x.asText()));
        }
        Map<String, RegionPrices> regions = new TreeMap<>();
        JsonNode regionsNode = root.get("regions");
        if (regionsNode == null || !regionsNode.isObject()) {
            throw new CatalogFormatException(where + ": missing \"regions\" object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = regionsNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            regions.put(e.getKey(), r.region(e.getKey(), e.getValue()));
        }
        PricedValue gateway = null;
        JsonNode g = root.get("gatewayEndpoint");
        if (g != null && g.isObject() && g.hasNonNull("hourly")) {
            gateway = new PricedValue(r.decimal(g.get("hourly"), "gatewayEndpoint.hourly"), "USD",
                    r.provenance(g.get("sources"), "gatewayEndpoint"));
        }
        return new PriceCatalog(version, text(root, "compiled", null), notes, regions, gateway);
    }

    private static String text(JsonNode root, String field, String fallback) {
        JsonNode n = root.get(field);
        return n == null || n.isNull() ? fallback : n.asText();
    }

    private static Map<String, Provenance.SourceRef> sources(JsonNode node) {
        Map<String, Provenance.SourceRef> out = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.fields().forEachRemaining(e -> {
                JsonNode v = e.getValue();
                String text = v.isTextual() ? v.asText() : v.path("text").asText("");
                JsonNode date = v.get("date");
                out.put(e.getKey(), new Provenance.SourceRef(e.getKey(), text,
                        date == null || date.isNull() ? null : date.asText()));
            });
        }
        return out;
    }

    /** Reads figures of one file, so that every error can name the file and the path in it. */
    private record Reader(String where, Provenance.Origin origin, String location,
                          Map<String, Provenance.SourceRef> sources) {

        RegionPrices region(String name, JsonNode node) throws CatalogFormatException {
            String path = "regions." + name;
            if (!node.isObject()) {
                throw new CatalogFormatException(where + ": " + path + " must be an object");
            }
            String currency = node.path("currency").asText("USD");
            Map<PriceItem, PricedValue> values = new EnumMap<>(PriceItem.class);
            TierSchedule tiers = null;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals("currency") || e.getValue().isNull()) {
                    continue;
                }
                String at = path + "." + e.getKey();
                PriceItem item = PriceItem.byKey(e.getKey()).orElseThrow(() -> new CatalogFormatException(where
                        + ": " + at + ": unknown price; expected one of " + keys()));
                confidence(e.getValue(), at);
                if (item == PriceItem.DATA_PROCESSING_TIERS) {
                    tiers = tiers(e.getValue(), currency, at);
                } else {
                    JsonNode v = e.getValue();
                    JsonNode value = v.isObject() ? v.get("value") : v;
                    if (value == null || value.isNull()) {
                        continue;
                    }
                    values.put(item, new PricedValue(decimal(value, at),
                            v.isObject() ? v.path("currency").asText(currency) : currency,
                            provenance(v.isObject() ? v.get("sources") : null, at)));
                }
            }
            return new RegionPrices(name, currency, values, tiers);
        }

        TierSchedule tiers(JsonNode v, String currency, String at) throws CatalogFormatException {
            JsonNode list = v.isArray() ? v : v.get("tiers");
            if (list == null || !list.isArray() || list.isEmpty()) {
                throw new CatalogFormatException(where + ": " + at + ": expected a non-empty list of tiers");
            }
            List<Tier> tiers = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                JsonNode t = list.get(i);
                JsonNode up = t.get("upToGb");
                try {
                    tiers.add(new Tier(up == null || up.isNull() ? null : decimal(up, at + "[" + i + "].upToGb"),
                            decimal(t.get("perGb"), at + "[" + i + "].perGb")));
                } catch (IllegalArgumentException e) {
                    throw new CatalogFormatException(where + ": " + at + "[" + i + "]: " + e.getMessage());
                }
            }
            try {
                return new TierSchedule(tiers, v.isObject() ? v.path("currency").asText(currency) : currency,
                        provenance(v.isObject() ? v.get("sources") : null, at));
            } catch (IllegalArgumentException e) {
                throw new CatalogFormatException(where + ": " + at + ": " + e.getMessage());
            }
        }

        /**
         * The research's rating of a figure, kept in the file beside it; checked so that a misspelt rating is not
         * read as no rating.
         */
        void confidence(JsonNode figure, String at) throws CatalogFormatException {
            JsonNode c = figure.isObject() ? figure.get("confidence") : null;
            if (c != null && !(c.isTextual() && CONFIDENCE.contains(c.asText()))) {
                throw new CatalogFormatException(where + ": " + at + ".confidence: expected one of "
                        + String.join(", ", CONFIDENCE) + ", found " + Excerpt.of(c.toString()));
            }
            if (c != null && c.asText().equals("low")) {
                // FACTS.md: a low figure (a test mock, an approximate derivation) is not confirmed: never a price.
                throw new CatalogFormatException(where + ": " + at + ": a figure of low confidence is not used as a "
                        + "price; list it under \"unusedFigures\" or leave the price null");
            }
        }

        BigDecimal decimal(JsonNode n, String at) throws CatalogFormatException {
            if (n != null && n.isNumber()) {
                BigDecimal d = n.decimalValue();
                if (d.signum() >= 0) {
                    return d;
                }
            }
            if (n != null && n.isTextual()) {
                try {
                    BigDecimal d = new BigDecimal(n.asText().trim());
                    if (d.signum() >= 0) {
                        return d;
                    }
                } catch (NumberFormatException ignored) {
                    // reported below
                }
            }
            throw new CatalogFormatException(where + ": " + at + ": expected a non-negative number, found "
                    + (n == null ? "nothing" : n.toString()));
        }

        Provenance provenance(JsonNode ids, String at) throws CatalogFormatException {
            List<Provenance.SourceRef> refs = new ArrayList<>();
            if (ids != null && ids.isArray()) {
                for (JsonNode id : ids) {
                    Provenance.SourceRef s = sources.get(id.asText());
                    if (s == null) {
                        throw new CatalogFormatException(where + ": " + at + ": source " + id.asText()
                                + " is not defined in \"sources\"");
                    }
                    refs.add(s);
                }
            }
            return new Provenance(origin, location, refs);
        }
    }

    private static String keys() {
        List<String> keys = new ArrayList<>();
        for (PriceItem i : PriceItem.values()) {
            keys.add(i.key());
        }
        return String.join(", ", keys);
    }

    /** Writes a catalog in the format above, in a fixed order, with every source its figures cite. */
    static void write(PriceCatalog catalog, OutputStream out) throws IOException {
        Map<String, Provenance.SourceRef> used = new TreeMap<>();
        for (RegionPrices r : catalog.regions().values()) {
            r.values().values().forEach(v -> v.provenance().sources().forEach(s -> used.put(s.id(), s)));
            r.tiers().ifPresent(t -> t.provenance().sources().forEach(s -> used.put(s.id(), s)));
        }
        if (catalog.gatewayEndpoint() != null) {
            catalog.gatewayEndpoint().provenance().sources().forEach(s -> used.put(s.id(), s));
        }
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeStringField("catalogVersion", catalog.version());
            if (catalog.compiled() != null) {
                g.writeStringField("compiled", catalog.compiled());
            }
            g.writeArrayFieldStart("notes");
            for (String n : catalog.notes()) {
                g.writeString(n);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("sources");
            for (Provenance.SourceRef s : used.values()) {
                g.writeObjectFieldStart(s.id());
                g.writeStringField("text", s.text());
                g.writeStringField("date", s.date());
                g.writeEndObject();
            }
            g.writeEndObject();
            if (catalog.gatewayEndpoint() != null) {
                g.writeObjectFieldStart("gatewayEndpoint");
                g.writeNumberField("hourly", catalog.gatewayEndpoint().value());
                g.writeNumberField("perGb", BigDecimal.ZERO);
                writeIds(g, catalog.gatewayEndpoint().provenance());
                g.writeEndObject();
            }
            g.writeObjectFieldStart("regions");
            for (RegionPrices r : catalog.regions().values()) {
                writeRegion(g, r);
            }
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void writeRegion(JsonGenerator g, RegionPrices r) throws IOException {
        g.writeObjectFieldStart(r.region());
        g.writeStringField("currency", r.currency());
        for (PriceItem item : PriceItem.values()) {
            g.writeFieldName(item.key());
            if (item == PriceItem.DATA_PROCESSING_TIERS) {
                TierSchedule t = r.dataProcessing();
                if (t == null) {
                    g.writeNull();
                    continue;
                }
                g.writeStartObject();
                if (!t.currency().equals(r.currency())) {
                    g.writeStringField("currency", t.currency());
                }
                g.writeArrayFieldStart("tiers");
                for (Tier tier : t.tiers()) {
                    g.writeStartObject();
                    g.writeFieldName("upToGb");
                    if (tier.unbounded()) {
                        g.writeNull();
                    } else {
                        g.writeNumber(tier.upToGb());
                    }
                    g.writeNumberField("perGb", tier.perGb());
                    g.writeEndObject();
                }
                g.writeEndArray();
                writeIds(g, t.provenance());
                g.writeEndObject();
                continue;
            }
            PricedValue v = r.values().get(item);
            if (v == null) {
                g.writeNull();
                continue;
            }
            g.writeStartObject();
            g.writeNumberField("value", v.value());
            if (!v.currency().equals(r.currency())) {
                g.writeStringField("currency", v.currency());
            }
            writeIds(g, v.provenance());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeIds(JsonGenerator g, Provenance p) throws IOException {
        g.writeArrayFieldStart("sources");
        for (Provenance.SourceRef s : p.sources()) {
            g.writeString(s.id());
        }
        g.writeEndArray();
    }
}
