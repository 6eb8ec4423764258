package dev.airgap.cost;

import java.util.Objects;

/** A Gateway Load Balancer endpoint (one subnet, so one AZ), billed per endpoint hour and per GB. */
public record GatewayLoadBalancerEndpointUse(String stack, String logicalId, String region) {
    public GatewayLoadBalancerEndpointUse {
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(logicalId, "logicalId");
    }
}
