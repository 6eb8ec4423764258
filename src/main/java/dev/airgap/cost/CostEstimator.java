package dev.airgap.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Prices a {@link CostInput} region by region:
 * <ul>
 *   <li>interface endpoint: hourly rate × distinct AZs × hours per month;</li>
 *   <li>data processing: the region's monthly total over all interface endpoints, split into the catalog's tiers;</li>
 *   <li>Gateway Load Balancer endpoints and NAT gateways: hourly × hours + per GB × declared GB;</li>
 *   <li>public IPv4: addresses × hourly × hours; gateway endpoints: 0.</li>
 * </ul>
 * A price the catalog does not have for the region is reported in {@code unknownPrices}, never borrowed from another
 * region. Amounts are exact until shown (see {@link CostSettings} for the rounding rule).
 */
public final class CostEstimator {

    /** The region key of resources whose region could not be resolved. */
    public static final String UNKNOWN_REGION = "(unknown region)";

    private final PriceCatalog catalog;
    private final CostSettings settings;

    public CostEstimator(PriceCatalog catalog, CostSettings settings) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The bundled catalog with the user's prices laid over it. */
    public static CostEstimator withBundledPrices(PriceOverrides overrides, CostSettings settings) {
        return new CostEstimator(overrides.applyTo(PriceCatalog.bundled()), settings);
    }

    public PriceCatalog catalog() {
        return catalog;
    }

    public CostReport estimate(CostInput input) {
        Map<String, RegionInput> byRegion = new TreeMap<>();
        Function<String, RegionInput> region = r -> byRegion.computeIfAbsent(r == null ? UNKNOWN_REGION : r,
                k -> new RegionInput());
        input.interfaceEndpoints().forEach(e -> region.apply(e.region()).interfaceEndpoints.add(e));
        input.gatewayLoadBalancerEndpoints().forEach(e -> region.apply(e.region()).gwlbEndpoints.add(e));
        input.natGateways().forEach(n -> region.apply(n.region()).natGateways.add(n));
        input.publicIpv4Addresses().forEach(p -> region.apply(p.region()).publicIpv4.add(p));
        input.gatewayEndpoints().forEach(g -> region.apply(g.region()).gatewayEndpoints.add(g));

        List<RegionCost> regions = new ArrayList<>();
        List<Recommendation> recommendations = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean complete = true;
        for (Map.Entry<String, RegionInput> e : byRegion.entrySet()) {
            String name = e.getKey().equals(UNKNOWN_REGION) ? null : e.getKey();
            RegionPricer pricer = new RegionPricer(name, catalog, settings);
            RegionEstimate estimate = new RegionEstimate(e.getKey(), pricer, settings, input.usage(), catalog);
            RegionCost cost = estimate.price(e.getValue().sorted());
            regions.add(cost);
            recommendations.addAll(new Recommender(e.getKey(), pricer, settings, input.usage())
                    .recommend(cost, e.getValue().gatewayEndpoints, estimate.exactDataProcessing()));
            total = total.add(estimate.exactTotal());
            complete &= cost.complete();
        }
        return new CostReport(settings, catalog.version(), regions, recommendations, settings.round(total),
                complete);
    }

    /** The resources of one region, in a fixed order (stack, then logical ID). */
    static final class RegionInput {
        final List<InterfaceEndpointUse> interfaceEndpoints = new ArrayList<>();
        final List<GatewayLoadBalancerEndpointUse> gwlbEndpoints = new ArrayList<>();
        final List<NatGatewayUse> natGateways = new ArrayList<>();
        final List<PublicIpv4Use> publicIpv4 = new ArrayList<>();
        final List<GatewayEndpointUse> gatewayEndpoints = new ArrayList<>();

        RegionInput sorted() {
            interfaceEndpoints.sort(Comparator.comparing(InterfaceEndpointUse::stack)
                    .thenComparing(InterfaceEndpointUse::logicalId));
            gwlbEndpoints.sort(Comparator.comparing(GatewayLoadBalancerEndpointUse::stack)
                    .thenComparing(GatewayLoadBalancerEndpointUse::logicalId));
            natGateways.sort(Comparator.comparing(NatGatewayUse::stack).thenComparing(NatGatewayUse::logicalId));
            publicIpv4.sort(Comparator.comparing(PublicIpv4Use::stack).thenComparing(PublicIpv4Use::logicalId));
            gatewayEndpoints.sort(Comparator.comparing(GatewayEndpointUse::stack)
                    .thenComparing(GatewayEndpointUse::logicalId));
            return this;
        }
    }
}
