package dev.airgap.network;

import dev.airgap.resolve.ResourceId;
import java.util.List;

/**
 * A security group with its inline and standalone rules. A group without inline {@code SecurityGroupEgress} keeps
 * AWS's default allow-all egress rule (standalone egress resources do not remove it).
 *
 * @param implicitDefault the VPC's default group, which templates can only reference
 */
public record SecurityGroup(ResourceId id, String path, Known<ResourceId> vpc, List<SecurityGroupRule> ingress,
                            List<SecurityGroupRule> egress, boolean implicitDefault) {

    public SecurityGroup {
        ingress = List.copyOf(ingress);
        egress = List.copyOf(egress);
    }
}
