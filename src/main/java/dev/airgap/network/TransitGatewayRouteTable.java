package dev.airgap.network;

import dev.airgap.resolve.ResourceId;

/** {@code AWS::EC2::TransitGatewayRouteTable}. */
public record TransitGatewayRouteTable(ResourceId id, Known<ResourceId> transitGateway) {

    /** The ID the model gives a transit gateway's default route table, which no template declares. */
    public static ResourceId defaultOf(ResourceId tgw) {
        return new ResourceId(tgw.stack(), tgw.logicalId() + ".DefaultRouteTable");
    }
}
