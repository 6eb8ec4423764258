package dev.airgap.cost.refresh;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What one region file of an offer says about the catalog's figures.
 *
 * @param rates  per matched usage type, the on-demand price dimensions found (one for hourly items, one per tier
 *               for data processing)
 * @param notes  what was odd (several SKUs for one figure, unexpected units)
 */
record OfferPrices(String offerCode, String version, String publicationDate, Map<UsageTypeMatch, Found> rates,
                   List<String> notes) {

    /** The price dimensions of the SKU chosen for a usage type. */
    record Found(String sku, String usageType, List<Dimension> dimensions) {
    }

    /** One on-demand price dimension; {@code endRange} null for "Inf". */
    record Dimension(BigDecimal beginRange, BigDecimal endRange, BigDecimal price, String currency, String unit,
                     String description) {
    }
}
