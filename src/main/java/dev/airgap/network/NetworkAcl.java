package dev.airgap.network;

import dev.airgap.resolve.ResourceId;
import java.util.List;

/**
 * A network ACL with its entries sorted by rule number. The VPC's default ACL (used by subnets without an
 * association) allows everything unless entries are added to it.
 */
public record NetworkAcl(ResourceId id, String path, Known<ResourceId> vpc, List<NetworkAclEntry> entries,
                         boolean implicitDefault) {

    public NetworkAcl {
        entries = List.copyOf(entries);
    }
}
