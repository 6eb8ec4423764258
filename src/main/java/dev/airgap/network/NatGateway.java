package dev.airgap.network;

import dev.airgap.resolve.ResourceId;

/**
 * A NAT gateway.
 *
 * @param publicConnectivity {@code ConnectivityType} public (the default): only a public NAT gateway reaches the
 *                           internet through its subnet's internet gateway
 * @param allocation         the EIP allocation, when given
 */
public record NatGateway(ResourceId id, String path, Known<ResourceId> subnet, Known<Boolean> publicConnectivity,
                         Known<ResourceId> allocation) {
}
