package dev.airgap.resolve;

import java.util.List;
import java.util.Optional;

/**
 * Every stack of the run, resolved. An environment-agnostic stack appears once per target region (or once with a
 * null region when no target region was given); a stack bound to a region appears once.
 */
public record ResolvedRun(List<ResolvedStack> stacks) {

    public ResolvedRun {
        stacks = List.copyOf(stacks);
    }

    /** The resource a {@link Value.Ref} names, looked up in the stack of the same name and region as {@code from}. */
    public Optional<Resource> resource(ResourceId id, String region) {
        for (ResolvedStack s : stacks) {
            if (s.name().equals(id.stack()) && java.util.Objects.equals(s.region(), region)) {
                return Optional.ofNullable(s.resources().get(id.logicalId()));
            }
        }
        return Optional.empty();
    }
}
