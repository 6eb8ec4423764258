package dev.airgap.network;

import dev.airgap.resolve.ResourceId;

/** {@code AWS::EC2::VPCGatewayAttachment}: an internet gateway or a VPN gateway attached to a VPC. */
public record GatewayAttachment(ResourceId id, Known<ResourceId> vpc, Known<ResourceId> gateway,
                                Gateway.Kind kind) {
}
