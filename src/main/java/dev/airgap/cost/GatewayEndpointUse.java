package dev.airgap.cost;

import dev.airgap.network.ServiceNames;
import java.util.Objects;

/** A gateway endpoint (S3, DynamoDB): listed at zero, and used to tell which regions already have one. */
public record GatewayEndpointUse(String stack, String logicalId, String service, String region) {
    public GatewayEndpointUse {
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(logicalId, "logicalId");
        Objects.requireNonNull(service, "service");
        service = ServiceNames.suffix(service, region);
    }
}
