package dev.airgap.cost;

import dev.airgap.cost.availability.EndpointServiceCatalog;

/**
 * How to price a run: the money settings, the user's price overrides and the declared usage.
 *
 * @param settings  hours per month, currency and exchange rate
 * @param overrides prices from the POM and from a prices file, over the bundled catalog
 * @param usage     GB per month the user declares per endpoint, service or NAT gateway (default 0, shown as such)
 * @param endpointServices which endpoint services each region offers: the bundled catalog, possibly overlaid with
 *                  one the user refreshed from {@code DescribeVpcEndpointServices}
 */
public record CostOptions(CostSettings settings, PriceOverrides overrides, Usage usage,
                          EndpointServiceCatalog endpointServices) {

    public static CostOptions defaults() {
        return new CostOptions(CostSettings.defaults(), PriceOverrides.none(), Usage.none(),
                EndpointServiceCatalog.bundled());
    }
}
