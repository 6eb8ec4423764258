package dev.airgap.cost;

import java.util.Objects;

/**
 * A NAT gateway, billed per hour and per GB processed. Its public address is not included: pass it as a
 * {@link PublicIpv4Use} (its EIP, or kind {@link PublicIpv4Kind#NAT_GATEWAY}).
 */
public record NatGatewayUse(String stack, String logicalId, String region) {
    public NatGatewayUse {
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(logicalId, "logicalId");
    }
}
