package dev.airgap.resolve;

import dev.airgap.template.StackTemplate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The state of one {@link Resolver#resolve} call: a {@link StackScope} per stack and region, the lookups between
 * them and what is being evaluated right now. Values are computed on demand, so a stack that imports from another,
 * or a parent that reads its nested stack's outputs, gets them resolved first whatever order the stacks came in.
 */
final class Run {

    private final ResolveOptions options;
    private final AvailabilityZones zones;
    private final Evaluator evaluator;
    private final CycleGuard guard = new CycleGuard();
    private final ValueSizes sizes = new ValueSizes();
    private final List<StackScope> scopes = new ArrayList<>();
    private final Map<String, List<StackScope>> byName = new HashMap<>();
    private final Map<StackScope, Map<String, StackScope>> children = new IdentityHashMap<>();
    private CycleGuard.Memo<ExportIndex> exports;
    private int created;
    private final Map<String, Value> pure = new HashMap<>();

    Run(List<StackTemplate> stacks, ResolveOptions options, AvailabilityZones zones, Evaluator evaluator) {
        this.options = options;
        this.zones = zones;
        this.evaluator = evaluator;
        plan(stacks);
    }

    ResolveOptions options() {
        return options;
    }

    AvailabilityZones zones() {
        return zones;
    }

    Evaluator evaluator() {
        return evaluator;
    }

    CycleGuard guard() {
        return guard;
    }

    ValueSizes sizes() {
        return sizes;
    }

    List<StackScope> scopes() {
        return scopes;
    }

    /**
     * Creates the stack instances: an environment-agnostic stack once per target region (or once without region),
     * a region-bound one once, a nested stack once per instance of its parent and in the parent's region.
     * Instances are listed in the order of the templates given.
     */
    private void plan(List<StackTemplate> stacks) {
        Set<String> names = new HashSet<>();
        for (StackTemplate t : stacks) {
            names.add(t.name());
        }
        Map<String, List<StackTemplate>> nestedIn = new HashMap<>();
        Set<StackTemplate> nested = Collections.newSetFromMap(new IdentityHashMap<>());
        for (StackTemplate t : stacks) {
            if (t.nested() && names.contains(t.parent()) && !t.parent().equals(t.name())) {
                nestedIn.computeIfAbsent(t.parent(), k -> new ArrayList<>()).add(t);
                nested.add(t);
            }
        }
        Map<StackTemplate, List<StackScope>> created = new IdentityHashMap<>();
        for (StackTemplate t : stacks) {
            if (!nested.contains(t)) {
                for (String region : regionsOf(t)) {
                    StackScope s = create(t, region, null, created);
                    addNested(s, nestedIn, created, new HashSet<>(Set.of(t.name())));
                }
            }
        }
        // A nesting loop leaves its templates unreached; resolve them as stacks of their own.
        for (StackTemplate t : stacks) {
            if (!created.containsKey(t)) {
                for (String region : regionsOf(t)) {
                    create(t, region, null, created);
                }
            }
        }
        for (StackTemplate t : stacks) {
            List<StackScope> list = created.remove(t);
            if (list != null) {
                scopes.addAll(list);
            }
        }
    }

    private List<String> regionsOf(StackTemplate t) {
        if (t.region() != null) {
            return List.of(t.region());
        }
        return options.regions().isEmpty() ? Arrays.asList((String) null)
                : List.copyOf(new LinkedHashSet<>(options.regions()));
    }

    private void addNested(StackScope parent, Map<String, List<StackTemplate>> nestedIn,
                           Map<StackTemplate, List<StackScope>> created, Set<String> lineage) {
        for (StackTemplate c : nestedIn.getOrDefault(parent.name(), List.of())) {
            if (lineage.add(c.name())) {
                StackScope child = create(c, parent.region(), parent, created);
                children.computeIfAbsent(parent, k -> new HashMap<>()).put(c.parentLogicalId(), child);
                addNested(child, nestedIn, created, lineage);
                lineage.remove(c.name());
            }
        }
    }

    private StackScope create(StackTemplate t, String region, StackScope parent,
                              Map<StackTemplate, List<StackScope>> created) {
        StackScope s = new StackScope(this, this.created++, t, region, parent);
        created.computeIfAbsent(t, k -> new ArrayList<>()).add(s);
        byName.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(s);
        return s;
    }

    /**
     * The instance of a named stack for a region: the one in that region, else one without region; asked without
     * a region, the first instance.
     */
    StackScope find(String name, String region) {
        List<StackScope> list = byName.get(name);
        if (list == null) {
            return null;
        }
        StackScope loose = null;
        for (StackScope s : list) {
            if (Objects.equals(s.region(), region)) {
                return s;
            }
            if (loose == null && (s.region() == null || region == null)) {
                loose = s;
            }
        }
        return loose;
    }

    /**
     * The result of a function that depends on its arguments only (such as {@code Fn::Cidr}), computed once per run:
     * generated templates repeat the same call for every subnet.
     */
    Value pure(String key, java.util.function.Supplier<Value> compute) {
        Value v = pure.get(key);
        if (v == null) {
            v = compute.get();
            pure.put(key, v);
        }
        return v;
    }

    /** The instance of the nested stack that a parent instance declares under a logical ID, or null. */
    StackScope child(StackScope parent, String logicalId) {
        return children.getOrDefault(parent, Map.of()).get(logicalId);
    }

    /** The run's exports; null while they are being collected (an export name that needs an import). */
    ExportIndex exports() {
        if (exports == null) {
            CycleGuard.Frame frame = new CycleGuard.Frame("exports", "the exports of the run", false);
            CycleGuard.Memo<ExportIndex> built = guard.measured(
                    () -> guard.within(frame, () -> ExportIndex.build(scopes), cycle -> null));
            if (built.value() == null) {
                return null;
            }
            exports = built;
            return built.value();
        }
        return guard.remembered(exports);
    }
}
