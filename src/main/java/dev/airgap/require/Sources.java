package dev.airgap.require;

import dev.airgap.resolve.Resource;
import dev.airgap.resolve.ResourceId;
import dev.airgap.resolve.ResolvedRun;
import dev.airgap.resolve.ResolvedStack;
import dev.airgap.template.SourcePosition;
import java.util.Objects;
import java.util.Optional;

/** Finds where a component is declared, for {@code file:line} in messages. */
final class Sources {

    private final ResolvedRun run;

    Sources(ResolvedRun run) {
        this.run = run;
    }

    /**
     * The resource named by a logical ID as the path stage gives it: looked up in {@code stack} first, then in any
     * stack of the region (blockers name components without their stack). Synthetic components
     * ({@code Vpc.MainRouteTable}) are found as the resource they belong to.
     */
    Optional<Resource> resource(String stack, String logicalId, String region) {
        if (logicalId == null) {
            return Optional.empty();
        }
        Optional<Resource> r = find(stack, logicalId, region);
        if (r.isEmpty() && logicalId.contains(".")) {
            r = find(stack, logicalId.substring(0, logicalId.indexOf('.')), region);
        }
        return r;
    }

    private Optional<Resource> find(String stack, String logicalId, String region) {
        if (stack != null) {
            Optional<Resource> r = run.resource(new ResourceId(stack, logicalId), region);
            if (r.isPresent()) {
                return r;
            }
        }
        for (ResolvedStack s : run.stacks()) {
            if (Objects.equals(s.region(), region) && s.resources().containsKey(logicalId)) {
                return Optional.of(s.resources().get(logicalId));
            }
        }
        return Optional.empty();
    }

    /** {@code file:line} of the component, or null when it is not a resource of the run. */
    String position(String stack, String logicalId, String region) {
        return resource(stack, logicalId, region).map(r -> text(r.position())).orElse(null);
    }

    static String text(SourcePosition p) {
        if (p == null || p.equals(SourcePosition.UNKNOWN)) {
            return null;
        }
        return p.line() > 0 ? p.file() + ":" + p.line() : p.file();
    }
}
