package dev.airgap.resolve;

import java.util.List;
import java.util.Map;

/**
 * What the user tells the resolver.
 *
 * @param parameters        parameter values that override template defaults: {@code Name} applies to every stack
 *                          that declares it, {@code StackName.Name} to one stack only
 * @param regions           target regions for environment-agnostic stacks (empty: region unknown)
 * @param availabilityZones AZ names per region that replace the bundled list used by {@code Fn::GetAZs}
 */
public record ResolveOptions(Map<String, String> parameters, List<String> regions,
                             Map<String, List<String>> availabilityZones) {

    public ResolveOptions {
        parameters = Map.copyOf(parameters);
        regions = List.copyOf(regions);
        availabilityZones = Map.copyOf(availabilityZones);
    }

    public static ResolveOptions defaults() {
        return new ResolveOptions(Map.of(), List.of(), Map.of());
    }
}
