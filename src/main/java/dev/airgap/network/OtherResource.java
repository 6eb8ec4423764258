package dev.airgap.network;

import dev.airgap.resolve.ResourceId;

/** A resource the network model does not interpret; kept so reports can list what was not analysed. */
public record OtherResource(ResourceId id, String type) {
}
