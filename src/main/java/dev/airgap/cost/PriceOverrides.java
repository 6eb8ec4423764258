package dev.airgap.cost;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;


/**
 * The user's prices: a prices file ({@code airgap.pricesFile}, the catalog format of {@link CatalogJson}) and the
 * POM's {@code <prices>} entries. Precedence, figure by figure: POM over file over bundled catalog. Every figure
 * keeps its origin, so the report can tell them apart.
 */
public record PriceOverrides(List<PriceOverride> pom, PriceCatalog file) {

    public PriceOverrides {
        pom = pom == null ? List.of() : List.copyOf(pom);
    }

    public static PriceOverrides none() {
        return new PriceOverrides(List.of(), null);
    }

    /** POM entries in the compact form of {@link PriceOverride#parse}, and an optional prices file. */
    public static PriceOverrides of(List<String> pomEntries, Path pricesFile) throws IOException {
        List<PriceOverride> parsed = pomEntries == null ? List.of()
                : pomEntries.stream().filter(e -> e != null && !e.isBlank()).map(PriceOverride::parse).toList();
        return new PriceOverrides(parsed, pricesFile == null ? null : PriceCatalog.read(pricesFile));
    }

    /** The base catalog with the file's figures, then the POM's, laid over it. */
    public PriceCatalog applyTo(PriceCatalog base) {
        PriceCatalog out = file == null ? base : base.overlaidWith(file);
        Provenance pomProvenance = new Provenance(Provenance.Origin.POM, "<prices>", List.of());
        for (PriceOverride o : pom) {
            RegionPrices r = out.region(o.region()).orElse(RegionPrices.empty(o.region(), "USD"));
            String currency = o.currency() != null ? o.currency() : r.currency();
            if (o.item() == PriceItem.DATA_PROCESSING_TIERS) {
                r = r.withTiers(new TierSchedule(o.tiers(), currency, pomProvenance));
            } else {
                r = r.with(o.item(), new PricedValue(o.value(), currency, pomProvenance));
            }
            out = out.withRegion(r);
        }
        return out;
    }

    public boolean isEmpty() {
        return pom.isEmpty() && file == null;
    }

}
