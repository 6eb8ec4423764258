package dev.airgap.cost;

import java.util.Arrays;
import java.util.Optional;

/** One kind of figure a region's price list can hold. The key is the name used in catalog files and in the POM. */
public enum PriceItem {
    /** Per interface endpoint per Availability Zone per hour. */
    INTERFACE_ENDPOINT_HOURLY("interfaceEndpointHourly", "per endpoint-AZ hour"),
    /** Per GB processed by all interface endpoints of a region in a month, in tiers. */
    DATA_PROCESSING_TIERS("dataProcessingTiers", "per GB, tiered on the region's monthly total"),
    GATEWAY_LOAD_BALANCER_ENDPOINT_HOURLY("gatewayLoadBalancerEndpointHourly", "per endpoint hour"),
    GATEWAY_LOAD_BALANCER_ENDPOINT_PER_GB("gatewayLoadBalancerEndpointPerGb", "per GB"),
    NAT_GATEWAY_HOURLY("natGatewayHourly", "per NAT gateway hour"),
    NAT_GATEWAY_PER_GB("natGatewayPerGb", "per GB processed"),
    PUBLIC_IPV4_HOURLY("publicIpv4Hourly", "per address hour");

    private final String key;
    private final String unit;

    PriceItem(String key, String unit) {
        this.key = key;
        this.unit = unit;
    }

    public String key() {
        return key;
    }

    public String unit() {
        return unit;
    }

    public static Optional<PriceItem> byKey(String key) {
        return Arrays.stream(values()).filter(i -> i.key.equalsIgnoreCase(key)).findFirst();
    }
}
