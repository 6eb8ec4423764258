package dev.airgap.network;

import dev.airgap.resolve.ResourceId;
import java.util.List;

/**
 * {@code AWS::NetworkFirewall::Firewall}: one endpoint per subnet mapping. Its rules are not evaluated; a path
 * through it says so.
 */
public record Firewall(ResourceId id, String path, Known<ResourceId> vpc, List<Known<ResourceId>> subnets) {

    public Firewall {
        subnets = List.copyOf(subnets);
    }
}
