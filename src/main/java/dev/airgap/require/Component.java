package dev.airgap.require;

import dev.airgap.path.Blocker;
import dev.airgap.path.Hop;
import dev.airgap.resolve.ResourceId;
import dev.airgap.template.SourcePosition;
import java.util.Objects;

/**
 * The component a violation names and where it is declared, as the path stage recorded it (or, for components a
 * stage names by logical ID alone, as {@link Sources#named} finds it).
 */
record Component(ResourceId id, SourcePosition position) {

    Component {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(position, "position");
    }

    static Component of(Hop h) {
        return h == null ? null : new Component(h.id(), h.position());
    }

    static Component of(Blocker b) {
        return b == null ? null : new Component(b.id(), b.position());
    }

    boolean placed() {
        return position.known();
    }
}
