package dev.airgap.cost;

import java.math.BigDecimal;
import java.util.List;

/**
 * The monthly cost of one region, in the report's currency. Amounts that could not be priced are null and have an
 * entry in {@code unknownPrices}; {@code monthlyTotal} then sums only what is known and {@code complete} is false.
 */
public record RegionCost(String region,
                         List<InterfaceEndpointLine> interfaceEndpoints,
                         DataProcessing dataProcessing,
                         List<GatewayLoadBalancerEndpointLine> gatewayLoadBalancerEndpoints,
                         List<NatGatewayLine> natGateways,
                         PublicIpv4 publicIpv4,
                         List<GatewayEndpointLine> gatewayEndpoints,
                         BigDecimal monthlyTotal,
                         boolean complete,
                         List<UnknownPrice> unknownPrices,
                         List<PriceUsed> prices) {

    public RegionCost {
        interfaceEndpoints = List.copyOf(interfaceEndpoints);
        gatewayLoadBalancerEndpoints = List.copyOf(gatewayLoadBalancerEndpoints);
        natGateways = List.copyOf(natGateways);
        gatewayEndpoints = List.copyOf(gatewayEndpoints);
        unknownPrices = List.copyOf(unknownPrices);
        prices = List.copyOf(prices);
    }

    /**
     * @param ratePerAz hourly rate per AZ, converted; null if unknown
     * @param hourly    rate × distinct AZs
     * @param monthly   hourly × hours per month, rounded
     * @param usage     the GB per month it processes (priced under {@link DataProcessing}, on the region's total)
     */
    public record InterfaceEndpointLine(String stack, String logicalId, String service, List<String> azs,
                                        BigDecimal ratePerAz, BigDecimal hourly, BigDecimal monthly,
                                        Usage.Figure usage, boolean neededForOnPremises) {
        public InterfaceEndpointLine {
            azs = List.copyOf(azs);
        }
    }

    /** Data processed by all interface endpoints of the region, priced by tier on the monthly total. */
    public record DataProcessing(BigDecimal gbPerMonth, boolean assumed, List<TierCharge> tiers,
                                 BigDecimal monthly) {
        public DataProcessing {
            tiers = List.copyOf(tiers);
        }
    }

    /** GB of the month that fell into one tier; {@code toGb} null for the unbounded tier. */
    public record TierCharge(BigDecimal fromGb, BigDecimal toGb, BigDecimal gb, BigDecimal perGb,
                             BigDecimal monthly) {
    }

    public record GatewayLoadBalancerEndpointLine(String stack, String logicalId, BigDecimal hourly,
                                                  Usage.Figure usage, BigDecimal perGb, BigDecimal monthly) {
    }

    /**
     * @param monthlyHours hourly × hours per month, rounded
     * @param monthlyData  perGb × declared GB, rounded
     * @param monthly      both, rounded once; null when a needed price is unknown
     */
    public record NatGatewayLine(String stack, String logicalId, BigDecimal hourly, BigDecimal monthlyHours,
                                 Usage.Figure usage, BigDecimal perGb, BigDecimal monthlyData,
                                 BigDecimal monthly) {
    }

    public record PublicIpv4(List<PublicIpv4Use> addresses, BigDecimal hourlyPerAddress, BigDecimal hourly,
                             BigDecimal monthly) {
        public PublicIpv4 {
            addresses = List.copyOf(addresses);
        }
    }

    public record GatewayEndpointLine(String stack, String logicalId, String service, BigDecimal monthly) {
    }

    /** A price that was needed and not known, for which resources, and why. */
    public record UnknownPrice(String price, List<String> subjects, String reason) {
        public UnknownPrice {
            subjects = List.copyOf(subjects);
        }
    }

    /** A price used for this region: as the catalog gives it, converted, and where it came from. */
    public record PriceUsed(String price, BigDecimal value, String currency, BigDecimal converted,
                            Provenance provenance) {
    }
}
