package dev.airgap.path;

import dev.airgap.resolve.ResourceId;
import dev.airgap.template.SourcePosition;
import java.util.Objects;

/**
 * One component on a path and what matched there.
 *
 * @param id       the component (synthetic ones, such as a VPC's main route table, are named after the VPC)
 * @param type     the CloudFormation type (or a description for implicit components)
 * @param detail   what matched: the route, the security group rule, the network ACL entry
 * @param position where the component is declared, {@link SourcePosition#UNKNOWN} when it is not a resource of the
 *                 run
 */
public record Hop(ResourceId id, String type, String detail, SourcePosition position) {

    public Hop {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(position, "position");
    }

    /** The logical ID, as reports name the component. */
    public String component() {
        return id.logicalId();
    }

    /** The stack that declares it. */
    public String stack() {
        return id.stack();
    }
}
