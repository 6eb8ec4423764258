package dev.airgap.path;

import dev.airgap.resolve.ResourceId;
import dev.airgap.template.SourcePosition;
import java.util.Objects;

/**
 * A component that blocks a path, why, and a concrete fix.
 *
 * @param position where the component is declared, {@link SourcePosition#UNKNOWN} when it is not a resource of the
 *                 run
 */
public record Blocker(ResourceId id, String type, Code code, String message, String fix, SourcePosition position) {

    public Blocker {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(position, "position");
    }

    /** The logical ID, as reports name the component. */
    public String component() {
        return id.logicalId();
    }
}
