package dev.airgap.network;

import dev.airgap.resolve.ResourceId;

/** {@code AWS::EC2::TransitGatewayRouteTable}. */
public record TransitGatewayRouteTable(ResourceId id, Known<ResourceId> transitGateway) {
}
