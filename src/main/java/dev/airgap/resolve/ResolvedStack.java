package dev.airgap.resolve;

import dev.airgap.template.StackTemplate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A stack resolved for one region.
 *
 * @param template  the stack as loaded
 * @param region    the region it is analysed for: the stack's own, a target region for an environment-agnostic
 *                  stack, or null when neither is known (then {@code AWS::Region} is unknown)
 * @param resources resources by logical ID in template order; ABSENT ones (false {@code Condition}) left out
 * @param outputs   resolved {@code Outputs} values by output name
 * @param exports   resolved {@code Export} names to values
 */
public record ResolvedStack(StackTemplate template, String region, Map<String, Resource> resources,
                            Map<String, Value> outputs, Map<String, Value> exports) {

    public ResolvedStack {
        resources = Collections.unmodifiableMap(new LinkedHashMap<>(resources));
        outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
        exports = Collections.unmodifiableMap(new LinkedHashMap<>(exports));
    }

    public String name() {
        return template.name();
    }
}
