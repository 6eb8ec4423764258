package dev.airgap.cost;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Prices per region, each figure with its provenance. The bundled catalog is built from the project's pricing
 * research ({@code price-catalog.json} beside this class, with {@code price-facts.md} and {@code price-facts-2.md});
 * users lay their own figures over it with {@link PriceOverrides}. The file format is the same for the bundled
 * catalog, a user's prices file and a catalog written by the Price List refresh (see {@link CatalogJson}).
 *
 * @param version         catalog version, e.g. {@code 2026-11-28.1}
 * @param compiled        the date the figures were compiled
 * @param notes           how to read the figures
 * @param gatewayEndpoint the (zero) hourly price of gateway endpoints, stated by AWS for every region
 */
public record PriceCatalog(String version, String compiled, List<String> notes, Map<String, RegionPrices> regions,
                           PricedValue gatewayEndpoint) {

    static final String BUNDLED_RESOURCE = "price-catalog.json";
    private static volatile PriceCatalog bundled;

    public PriceCatalog {
        notes = List.copyOf(notes);
        regions = Collections.unmodifiableMap(new TreeMap<>(regions));
    }

    /** The catalog shipped with the plugin. */
    public static PriceCatalog bundled() {
        PriceCatalog c = bundled;
        if (c == null) {
            try (InputStream in = PriceCatalog.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bundled price catalog missing: " + BUNDLED_RESOURCE);
                }
                c = CatalogJson.read(in, Provenance.Origin.BUNDLED, null);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled price catalog", e);
            }
            bundled = c;
        }
        return c;
    }

    /** Reads a prices file (the bundled format); its figures carry {@link Provenance.Origin#FILE} and the path. */
    public static PriceCatalog read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return CatalogJson.read(in, Provenance.Origin.FILE, file.toString());
        }
    }

    public void write(OutputStream out) throws IOException {
        CatalogJson.write(this, out);
    }

    public Optional<RegionPrices> region(String region) {
        return Optional.ofNullable(region == null ? null : regions.get(region));
    }

    /** Figures of {@code over} win, region by region and figure by figure. */
    public PriceCatalog overlaidWith(PriceCatalog over) {
        Map<String, RegionPrices> merged = new TreeMap<>(regions);
        for (RegionPrices r : over.regions.values()) {
            merged.merge(r.region(), r, RegionPrices::overlaidWith);
        }
        return new PriceCatalog(version + "+" + over.version, compiled, notes, merged,
                over.gatewayEndpoint != null ? over.gatewayEndpoint : gatewayEndpoint);
    }

    /** This catalog with one region replaced or added. */
    PriceCatalog withRegion(RegionPrices r) {
        Map<String, RegionPrices> copy = new TreeMap<>(regions);
        copy.put(r.region(), r);
        return new PriceCatalog(version, compiled, notes, copy, gatewayEndpoint);
    }
}
