package dev.airgap.cost.refresh;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Price List offer file ({@code products}, then {@code terms}) as a stream. Region files of AmazonEC2 run to
 * gigabytes, so only one product or one SKU's terms is ever held as a tree: products are classified one by one, and
 * the on-demand terms of the few SKUs that matched are read; everything else is skipped token by token.
 */
final class OfferFileParser {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private OfferFileParser() {
    }

    static OfferPrices parse(InputStream in, String what) throws IOException {
        Map<String, UsageTypeMatch> wanted = new LinkedHashMap<>();
        Map<String, String> usageTypes = new LinkedHashMap<>();
        Map<UsageTypeMatch, OfferPrices.Found> found = new EnumMap<>(UsageTypeMatch.class);
        List<String> notes = new ArrayList<>();
        String offerCode = null;
        String version = null;
        String publicationDate = null;
        boolean productsSeen = false;
        try (JsonParser p = MAPPER.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(what + ": not a Price List offer file (expected a JSON object)");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "offerCode":
                        offerCode = p.getValueAsString();
                        break;
                    case "version":
                        version = p.getValueAsString();
                        break;
                    case "publicationDate":
                        publicationDate = p.getValueAsString();
                        break;
                    case "products":
                        expectObject(p, value, what, field);
                        readProducts(p, wanted, usageTypes);
                        productsSeen = true;
                        break;
                    case "terms":
                        expectObject(p, value, what, field);
                        if (!productsSeen) {
                            // Real offer files list products first; holding all terms to wait for them could
                            // need gigabytes, so refuse instead.
                            throw new IOException(what + ": \"terms\" come before \"products\"; not supported");
                        }
                        readTerms(p, wanted, usageTypes, found, notes);
                        break;
                    default:
                        p.skipChildren();
                }
            }
        }
        if (!productsSeen) {
            throw new IOException(what + ": not a Price List offer file (no \"products\")");
        }
        for (UsageTypeMatch m : wanted.values()) {
            if (!found.containsKey(m)) {
                notes.add(what + ": " + m.name() + " has a product but no on-demand price");
            }
        }
        return new OfferPrices(offerCode, version, publicationDate, found, notes);
    }

    private static void expectObject(JsonParser p, JsonToken t, String what, String field) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            throw new IOException(what + ": \"" + field + "\" is not an object");
        }
    }

    private static void readProducts(JsonParser p, Map<String, UsageTypeMatch> wanted, Map<String, String> usageTypes)
            throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String sku = p.currentName();
            p.nextToken();
            JsonNode product = MAPPER.readTree(p);
            String usageType = product.path("attributes").path("usagetype").asText(null);
            UsageTypeMatch.of(usageType).ifPresent(m -> {
                // First SKU per figure wins; later ones are compared when their terms are read.
                wanted.put(sku, m);
                usageTypes.put(sku, usageType);
            });
        }
    }

    private static void readTerms(JsonParser p, Map<String, UsageTypeMatch> wanted, Map<String, String> usageTypes,
                                  Map<UsageTypeMatch, OfferPrices.Found> found, List<String> notes)
            throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String termType = p.currentName();
            p.nextToken();
            if (!termType.equals("OnDemand")) {
                p.skipChildren();
                continue;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String sku = p.currentName();
                p.nextToken();
                UsageTypeMatch m = wanted.get(sku);
                if (m == null) {
                    p.skipChildren();
                    continue;
                }
                List<OfferPrices.Dimension> dims = dimensions(MAPPER.readTree(p));
                OfferPrices.Found f = new OfferPrices.Found(sku, usageTypes.get(sku), dims);
                OfferPrices.Found earlier = found.putIfAbsent(m, f);
                if (earlier != null && !samePrices(earlier, f)) {
                    notes.add("several SKUs for " + m.name() + " with different prices: kept " + earlier.sku()
                            + " (" + earlier.usageType() + "), ignored " + sku + " (" + f.usageType() + ")");
                }
            }
        }
    }

    private static boolean samePrices(OfferPrices.Found a, OfferPrices.Found b) {
        if (a.dimensions().size() != b.dimensions().size()) {
            return false;
        }
        for (int i = 0; i < a.dimensions().size(); i++) {
            if (a.dimensions().get(i).price().compareTo(b.dimensions().get(i).price()) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The price dimensions of every on-demand term of one SKU, ordered by {@code beginRange}. */
    private static List<OfferPrices.Dimension> dimensions(JsonNode skuTerms) {
        List<OfferPrices.Dimension> out = new ArrayList<>();
        for (Iterator<JsonNode> terms = skuTerms.elements(); terms.hasNext(); ) {
            for (Iterator<JsonNode> dims = terms.next().path("priceDimensions").elements(); dims.hasNext(); ) {
                JsonNode d = dims.next();
                Iterator<Map.Entry<String, JsonNode>> prices = d.path("pricePerUnit").fields();
                if (!prices.hasNext()) {
                    continue;
                }
                Map.Entry<String, JsonNode> price = prices.next();
                out.add(new OfferPrices.Dimension(range(d, "beginRange", "startingRange", BigDecimal.ZERO),
                        range(d, "endRange", "endingRange", null), new BigDecimal(price.getValue().asText().trim()),
                        price.getKey(), d.path("unit").asText(""), d.path("description").asText("")));
            }
        }
        out.sort(Comparator.comparing(OfferPrices.Dimension::beginRange));
        return out;
    }

    /** Offer files write {@code beginRange}/{@code endRange}; AWS's format page says starting/ending: accept both. */
    private static BigDecimal range(JsonNode d, String name, String alias, BigDecimal fallback) {
        JsonNode n = d.has(name) ? d.get(name) : d.get(alias);
        if (n == null || n.isNull() || n.asText().isBlank() || n.asText().equalsIgnoreCase("Inf")) {
            return fallback;
        }
        return new BigDecimal(n.asText().trim());
    }
}
