package dev.airgap.cost.refresh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.airgap.cost.PriceCatalog;
import dev.airgap.cost.PriceItem;
import dev.airgap.cost.PricedValue;
import dev.airgap.cost.Provenance;
import dev.airgap.cost.RegionPrices;
import dev.airgap.cost.Tier;
import dev.airgap.cost.TierSchedule;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Builds a price catalog from AWS's public Price List (Bulk API, no credentials): for each offer, the region index
 * {@code BASE/offers/v1.0/aws/OFFER/current/region_index.json} names the current file of each region
 * ({@code currentVersionUrl}, relative to BASE), which is streamed through {@link OfferFileParser}.
 *
 * <p>Defaults: BASE {@value #DEFAULT_BASE_URL}; offers AmazonVPC (interface and GWLB endpoints, public IPv4) and
 * AmazonEC2 (NAT gateways — its region files are large: hundreds of MB to GB). A figure no offer has stays absent,
 * i.e. unknown.
 */
public final class PriceListRefresher {

    public static final String DEFAULT_BASE_URL = "https://pricing.us-east-1.amazonaws.com";
    public static final List<String> DEFAULT_OFFERS = List.of("AmazonVPC", "AmazonEC2");

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final HttpClient http;
    private final URI base;
    private final Clock clock;
    private final Duration timeout;

    /** What a refresh produced, and what it noticed on the way (missing regions, odd SKUs). */
    public record Result(PriceCatalog catalog, List<String> notes) {
        public Result {
            notes = List.copyOf(notes);
        }
    }

    /**
     * @param http    the client to use (the default one follows redirects and uses the system proxy settings)
     * @param baseUrl the Price List host, e.g. {@value #DEFAULT_BASE_URL} or a mirror
     * @param clock   for the retrieval date written into the catalog
     * @param timeout per request (an AmazonEC2 region file takes minutes)
     */
    public PriceListRefresher(HttpClient http, URI baseUrl, Clock clock, Duration timeout) {
        this.http = Objects.requireNonNull(http, "http");
        String b = baseUrl.toString();
        this.base = URI.create(b.endsWith("/") ? b : b + "/");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** The public Price List, HTTPS, redirects followed, 30 minutes per file. */
    public static PriceListRefresher createDefault() {
        return new PriceListRefresher(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30)).build(), URI.create(DEFAULT_BASE_URL),
                Clock.systemUTC(), Duration.ofMinutes(30));
    }

    /**
     * Reads the given offers for the given regions.
     *
     * @param regions    region codes to refresh; at least one (every region of AmazonEC2 would be tens of GB)
     * @param offerCodes offers to read, e.g. {@link #DEFAULT_OFFERS}
     */
    public Result refresh(List<String> regions, List<String> offerCodes) throws IOException, InterruptedException {
        if (regions == null || regions.isEmpty()) {
            throw new IllegalArgumentException("name the regions to refresh (e.g. the target regions of the build)");
        }
        LocalDate today = LocalDate.now(clock);
        String location = "AWS Price List " + base + " (retrieved " + today + ")";
        List<String> notes = new ArrayList<>();
        Map<String, Map<PriceItem, PricedValue>> values = new TreeMap<>();
        Map<String, TierSchedule> tiers = new TreeMap<>();
        Map<String, String> currencies = new TreeMap<>();
        for (String region : regions) {
            values.put(region, new EnumMap<>(PriceItem.class));
        }
        for (String offer : offerCodes) {
            Map<String, String> files = regionIndex(offer);
            for (String region : regions) {
                String file = files.get(region);
                if (file == null) {
                    notes.add(offer + " has no price list for " + region);
                    continue;
                }
                URI uri = base.resolve(file.startsWith("/") ? file.substring(1) : file);
                OfferPrices prices;
                try (InputStream in = get(uri)) {
                    prices = OfferFileParser.parse(in, uri.toString());
                }
                notes.addAll(prices.notes());
                Provenance.SourceRef source = source(offer, region, uri, prices, today);
                Provenance provenance = new Provenance(Provenance.Origin.FILE, location, List.of(source));
                add(region, prices, provenance, values.get(region), tiers, currencies, notes);
            }
        }
        Map<String, RegionPrices> out = new LinkedHashMap<>();
        for (String region : regions) {
            if (values.get(region).isEmpty() && !tiers.containsKey(region)) {
                notes.add("no price found for " + region + " in " + String.join(", ", offerCodes));
            }
            out.put(region, new RegionPrices(region, currencies.getOrDefault(region, "USD"), values.get(region),
                    tiers.get(region)));
        }
        List<String> catalogNotes = List.of(
                "Refreshed on " + today + " from the AWS Price List offer files (" + String.join(", ", offerCodes)
                        + ") at " + base + "; on-demand list prices.",
                "A figure the offers did not have is null: unknown, never taken from another region.");
        return new Result(new PriceCatalog("pricelist-" + today, today.toString(), catalogNotes, out, null), notes);
    }

    private Map<String, String> regionIndex(String offer) throws IOException, InterruptedException {
        URI uri = base.resolve("offers/v1.0/aws/" + offer + "/current/region_index.json");
        JsonNode index;
        try (InputStream in = get(uri)) {
            index = MAPPER.readTree(in);
        }
        Map<String, String> files = new TreeMap<>();
        index.path("regions").fields().forEachRemaining(e -> {
            String url = e.getValue().path("currentVersionUrl").asText(null);
            if (url != null) {
                files.put(e.getValue().path("regionCode").asText(e.getKey()), url);
            }
        });
        if (files.isEmpty()) {
            throw new IOException(uri + ": no regions in the region index");
        }
        return files;
    }

    private InputStream get(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json")
                .GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            response.body().close();
            throw new IOException("GET " + uri + ": HTTP " + response.statusCode());
        }
        return response.body();
    }

    private static Provenance.SourceRef source(String offer, String region, URI uri, OfferPrices prices,
                                               LocalDate today) {
        StringBuilder text = new StringBuilder("AWS Price List offer ").append(offer).append(", region ")
                .append(region).append(", version ").append(prices.version()).append(", publicationDate ")
                .append(prices.publicationDate()).append(", ").append(uri).append(", retrieved ").append(today);
        prices.rates().forEach((m, f) -> text.append("; ").append(f.usageType()).append(" (SKU ").append(f.sku())
                .append(')'));
        String published = prices.publicationDate();
        String date = published != null && published.length() >= 10 ? published.substring(0, 10) : today.toString();
        return new Provenance.SourceRef(offer + ":" + region, text.toString(), date);
    }

    private static void add(String region, OfferPrices prices, Provenance provenance,
                            Map<PriceItem, PricedValue> values, Map<String, TierSchedule> tiers,
                            Map<String, String> currencies, List<String> notes) {
        for (Map.Entry<UsageTypeMatch, OfferPrices.Found> e : prices.rates().entrySet()) {
            List<OfferPrices.Dimension> dims = e.getValue().dimensions();
            if (dims.isEmpty()) {
                continue;
            }
            String currency = dims.get(0).currency();
            currencies.putIfAbsent(region, currency);
            PriceItem item = e.getKey().item();
            if (item == PriceItem.DATA_PROCESSING_TIERS) {
                List<Tier> t = new ArrayList<>();
                for (OfferPrices.Dimension d : dims) {
                    t.add(new Tier(d.endRange(), d.price()));
                }
                try {
                    tiers.put(region, new TierSchedule(t, currency, provenance));
                } catch (IllegalArgumentException ex) {
                    notes.add(region + " " + e.getValue().usageType() + ": tiers not usable: " + ex.getMessage());
                }
                continue;
            }
            // The general rate is the unbounded dimension that starts last (free-tier slices start at 0).
            OfferPrices.Dimension rate = dims.get(dims.size() - 1);
            if (dims.size() > 1) {
                notes.add(region + " " + e.getValue().usageType() + ": " + dims.size()
                        + " price dimensions, kept the last (" + rate.price().toPlainString() + ")");
            }
            values.put(item, new PricedValue(rate.price(), currency, provenance));
        }
    }
}
