package dev.airgap.deployed;

import dev.airgap.resolve.ResolveOptions;
import dev.airgap.resolve.ResourceId;
import dev.airgap.template.InputException;
import dev.airgap.template.SourcePosition;
import dev.airgap.template.StackTemplate;
import dev.airgap.template.TemplateReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The deployed stacks of one build, ready to join the local templates: their templates, the parameter values they
 * run with (as {@code StackName.Param} entries for {@link ResolveOptions#parameters()}), their outputs and exports,
 * and their physical IDs.
 */
public record DeployedStacks(List<DeployedStack> stacks) {

    public DeployedStacks {
        stacks = List.copyOf(stacks);
    }

    /**
     * Reads the stacks the options name. Loads the AWS SDK: call it only when {@link DeployedOptions#requested()}.
     *
     * @throws InputException when a stack cannot be read (no credentials, access denied, missing stack, throttled…)
     */
    public static DeployedStacks fetch(DeployedOptions options, TemplateReader reader, Consumer<String> warnings) {
        Map<String, CloudFormationApi> clients = new TreeMap<>();
        try {
            return new DeployedStacks(new DeployedStackLoader(
                    region -> clients.computeIfAbsent(region, r -> SdkCloudFormation.open(options, r)),
                    stack -> SdkCloudFormation.defaultRegion(options.profile(), stack),
                    reader, warnings).load(options));
        } finally {
            clients.values().forEach(CloudFormationApi::close);
        }
    }

    public List<StackTemplate> templates() {
        return stacks.stream().map(DeployedStack::template).toList();
    }

    /**
     * The values the top-level stacks were deployed with, as {@code StackName.Param}. Nested stacks are left out:
     * their parent passes their values through the template, which keeps references between the stacks intact.
     */
    public Map<String, String> parameters() {
        Map<String, String> out = new TreeMap<>();
        for (DeployedStack s : stacks) {
            if (!s.template().nested()) {
                s.parameters().forEach((k, v) -> out.put(s.name() + "." + k, v));
            }
        }
        return out;
    }

    /**
     * The options with the deployed values added. A {@code StackName.Param} the user gave wins; a deployed value wins
     * over the user's unscoped {@code Param} (the resolver ranks scoped entries first).
     */
    public ResolveOptions withParameters(ResolveOptions options) {
        Map<String, String> merged = new LinkedHashMap<>(parameters());
        merged.putAll(options.parameters());
        return new ResolveOptions(merged, options.regions(), options.availabilityZones());
    }

    /** Output values of every stack by export name. */
    public Map<String, String> exports() {
        Map<String, String> out = new TreeMap<>();
        for (DeployedStack s : stacks) {
            for (DeployedStack.Output o : s.outputs()) {
                if (o.exportName() != null && o.value() != null) {
                    out.put(o.exportName(), o.value());
                }
            }
        }
        return out;
    }

    public PhysicalIds physicalIds() {
        Map<ResourceId, String> ids = new HashMap<>();
        for (DeployedStack s : stacks) {
            s.physicalIds().forEach((logical, physical) -> ids.put(new ResourceId(s.name(), logical), physical));
        }
        return new PhysicalIds(ids);
    }

    /** Names of the top-level deployed stacks that are also local stacks. */
    public Set<String> sameNameAs(List<StackTemplate> local) {
        Set<String> localRoots = new TreeSet<>();
        for (StackTemplate t : local) {
            localRoots.add(rootName(t));
        }
        Set<String> out = new TreeSet<>();
        for (DeployedStack s : stacks) {
            if (localRoots.contains(rootName(s.template()))) {
                out.add(rootName(s.template()));
            }
        }
        return out;
    }

    /**
     * The local stacks plus the deployed ones. With {@code compare}, a deployed stack that is also local is left out
     * (the local one is the build's subject; {@link #replacing} gives the other side); without, it is an error.
     */
    public List<StackTemplate> joinedWith(List<StackTemplate> local, boolean compare) {
        Set<String> clash = sameNameAs(local);
        if (!clash.isEmpty() && !compare) {
            throw new InputException(SourcePosition.of("airgap.stacks"), "the deployed stack '"
                    + clash.iterator().next() + "' is also a local template",
                    "set -Dairgap.compare=true to compare the two, or remove it from <stacks> or <templates>");
        }
        List<StackTemplate> out = new ArrayList<>(local);
        for (StackTemplate t : templates()) {
            if (!clash.contains(rootName(t))) {
                out.add(t);
            }
        }
        return out;
    }

    /** The local stacks with every stack that is also deployed replaced by its deployed version. */
    public List<StackTemplate> replacing(List<StackTemplate> local) {
        Set<String> deployed = sameNameAs(local);
        List<StackTemplate> out = new ArrayList<>();
        for (StackTemplate t : local) {
            if (!deployed.contains(rootName(t))) {
                out.add(t);
            }
        }
        out.addAll(templates());
        return out;
    }

    private static String rootName(StackTemplate t) {
        int slash = t.name().indexOf('/');
        return t.nested() && slash > 0 ? t.name().substring(0, slash) : t.name();
    }
}
