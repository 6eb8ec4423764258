package dev.airgap.cost;

import java.util.Objects;

/** A public IPv4 address the templates create, billed per address hour. */
public record PublicIpv4Use(String stack, String logicalId, PublicIpv4Kind kind, String region) {
    public PublicIpv4Use {
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(logicalId, "logicalId");
        Objects.requireNonNull(kind, "kind");
    }
}
