package dev.airgap.network;

import dev.airgap.resolve.ResourceId;

/** A TGW route table association or propagation: which attachment uses / feeds which TGW route table. */
public record TransitGatewayLink(ResourceId id, Kind kind, Known<ResourceId> routeTable,
                                 Known<ResourceId> attachment) {

    public enum Kind { ASSOCIATION, PROPAGATION }
}
