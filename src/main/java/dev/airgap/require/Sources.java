package dev.airgap.require;

import dev.airgap.resolve.ResolvedRun;
import dev.airgap.resolve.ResolvedStack;
import dev.airgap.resolve.Resource;
import dev.airgap.resolve.ResourceId;
import dev.airgap.template.SourcePosition;
import java.util.Objects;
import java.util.Optional;

/** The resources of the run that violations name: for suppressions, and for components named by logical ID alone. */
final class Sources {

    private final ResolvedRun run;

    Sources(ResolvedRun run) {
        this.run = run;
    }

    /**
     * The resource of a component. A synthetic component ({@code Vpc.MainRouteTable}) is found as the resource it
     * belongs to; one without a stack (see {@link Violation#component()}) in any stack of the region.
     */
    Optional<Resource> resource(ResourceId id, String region) {
        Optional<Resource> r = find(id.stack(), id.logicalId(), region);
        int dot = id.logicalId().indexOf('.');
        if (r.isEmpty() && dot > 0) {
            r = find(id.stack(), id.logicalId().substring(0, dot), region);
        }
        return r;
    }

    /**
     * A component that a stage names by logical ID alone (a cost line's subject, a verdict's endpoint name): looked
     * up in {@code stack} first, then in any stack of the region; unplaced when no resource has that ID.
     */
    Component named(String stack, String logicalId, String region) {
        Optional<Resource> r = anyStack(stack, logicalId, region);
        int dot = logicalId.indexOf('.');
        if (r.isEmpty() && dot > 0) {
            r = anyStack(stack, logicalId.substring(0, dot), region);
        }
        return r.map(x -> new Component(new ResourceId(x.id().stack(), logicalId), x.position()))
                .orElseGet(() -> new Component(new ResourceId(stack, logicalId), SourcePosition.UNKNOWN));
    }

    private Optional<Resource> anyStack(String stack, String logicalId, String region) {
        Optional<Resource> r = find(stack, logicalId, region);
        return r.isEmpty() && stack != null ? find(null, logicalId, region) : r;
    }

    /** In {@code stack}, or in the first stack of the region that declares it when {@code stack} is null. */
    private Optional<Resource> find(String stack, String logicalId, String region) {
        if (stack != null) {
            return run.resource(new ResourceId(stack, logicalId), region);
        }
        for (ResolvedStack s : run.stacks()) {
            if (Objects.equals(s.region(), region) && s.resources().containsKey(logicalId)) {
                return Optional.of(s.resources().get(logicalId));
            }
        }
        return Optional.empty();
    }
}
