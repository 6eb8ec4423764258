package dev.airgap.network;

import dev.airgap.resolve.ResourceId;
import java.util.List;

/** {@code AWS::EC2::TransitGatewayAttachment} / {@code TransitGatewayVpcAttachment}: one ENI per listed subnet. */
public record TransitGatewayAttachment(ResourceId id, Known<ResourceId> transitGateway, Known<ResourceId> vpc,
                                       List<Known<ResourceId>> subnets) {

    public TransitGatewayAttachment {
        subnets = List.copyOf(subnets);
    }
}
