package dev.airgap.network;

import dev.airgap.resolve.ResourceId;

/** {@code AWS::EC2::VPCPeeringConnection}; the peer VPC is known only when it is in the run. */
public record PeeringConnection(ResourceId id, Known<ResourceId> vpc, Known<ResourceId> peerVpc,
                                String peerRegion) {
}
