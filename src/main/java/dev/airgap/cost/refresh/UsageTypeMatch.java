package dev.airgap.cost.refresh;

import dev.airgap.cost.PriceItem;
import java.util.Arrays;
import java.util.Optional;

/**
 * The Price List usage types that carry the catalog's figures. A usage type is {@code PREFIX-Suffix} where the
 * prefix names the region ({@code APN1-VpcEndpoint-Hours}); some regions' types have no prefix. Matching the whole
 * suffix keeps {@code VpcEndpoint-GWLBE-Hours} and {@code VpcEndpoint-Resource-Hours} apart from
 * {@code VpcEndpoint-Hours}.
 */
enum UsageTypeMatch {
    /** AmazonVPC, product family VpcEndpoint: interface endpoint hours (billed per AZ). */
    INTERFACE_ENDPOINT_HOURS("VpcEndpoint-Hours", PriceItem.INTERFACE_ENDPOINT_HOURLY),
    /** AmazonVPC: GB processed by interface endpoints, tiered (0–1 PB, 1–5 PB, over 5 PB). */
    INTERFACE_ENDPOINT_BYTES("VpcEndpoint-Bytes", PriceItem.DATA_PROCESSING_TIERS),
    GWLB_ENDPOINT_HOURS("VpcEndpoint-GWLBE-Hours", PriceItem.GATEWAY_LOAD_BALANCER_ENDPOINT_HOURLY),
    GWLB_ENDPOINT_BYTES("VpcEndpoint-GWLBE-Bytes", PriceItem.GATEWAY_LOAD_BALANCER_ENDPOINT_PER_GB),
    /** AmazonEC2, product family "NAT Gateway". */
    NAT_GATEWAY_HOURS("NatGateway-Hours", PriceItem.NAT_GATEWAY_HOURLY),
    NAT_GATEWAY_BYTES("NatGateway-Bytes", PriceItem.NAT_GATEWAY_PER_GB),
    /** AmazonVPC: an in-use public IPv4 address (idle ones cost the same). */
    PUBLIC_IPV4_IN_USE("PublicIPv4:InUseAddress", PriceItem.PUBLIC_IPV4_HOURLY);

    private final String suffix;
    private final PriceItem item;

    UsageTypeMatch(String suffix, PriceItem item) {
        this.suffix = suffix;
        this.item = item;
    }

    PriceItem item() {
        return item;
    }

    static Optional<UsageTypeMatch> of(String usageType) {
        if (usageType == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(m -> usageType.equals(m.suffix) || usageType.endsWith("-" + m.suffix))
                .findFirst();
    }
}
