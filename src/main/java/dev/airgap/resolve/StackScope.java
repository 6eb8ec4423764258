package dev.airgap.resolve;

import dev.airgap.template.InputException;
import dev.airgap.template.MapNode;
import dev.airgap.template.Node;
import dev.airgap.template.ScalarNode;
import dev.airgap.template.SourcePosition;
import dev.airgap.template.StackTemplate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One stack resolved for one region, while the run is being resolved. Everything is evaluated on first use and
 * remembered, so that other stacks (imports, nested-stack outputs) and attributes of other resources can ask for
 * exactly the values they need in whatever order they need them; the {@link CycleGuard} turns a value that
 * depends on itself into an unknown instead of a hang.
 */
final class StackScope {

    /** Whether a resource is created in this instance, and why not or why it cannot be said. */
    record PresenceState(Presence presence, String reason) {
        static final PresenceState PRESENT = new PresenceState(Presence.PRESENT, "");
    }

    private final Run run;
    private final int id;
    private final StackTemplate template;
    private final String region;
    private final StackScope parent;
    private final MapNode resources;
    private final OutputTable outputs;
    private final MapNode mappings;
    private final ParameterTable parameters;
    private final ConditionTable conditions;
    private final Map<String, Map<String, CycleGuard.Memo<Value>>> properties = new HashMap<>();
    private final Map<String, CycleGuard.Memo<PresenceState>> presence = new HashMap<>();

    StackScope(Run run, int id, StackTemplate template, String region, StackScope parent) {
        this.run = run;
        this.id = id;
        this.template = template;
        this.region = region;
        this.parent = parent;
        this.resources = template.resources();
        this.outputs = new OutputTable(this, section(template, "Outputs"));
        this.mappings = section(template, "Mappings");
        this.parameters = new ParameterTable(this, section(template, "Parameters"));
        this.conditions = new ConditionTable(this, section(template, "Conditions"));
    }

    private static MapNode section(StackTemplate template, String name) {
        return template.root().map(name).orElseGet(() -> new MapNode(Map.of(), template.root().position()));
    }

    Run run() {
        return run;
    }

    StackTemplate template() {
        return template;
    }

    String name() {
        return template.name();
    }

    String region() {
        return region;
    }

    /** The parent stack's instance when this is a nested stack whose parent is part of the run, else null. */
    StackScope parent() {
        return parent;
    }

    MapNode mappings() {
        return mappings;
    }

    Value eval(Node node) {
        return run.evaluator().eval(node, this);
    }

    CycleGuard.Frame frame(String kind, String name, String label) {
        return new CycleGuard.Frame(id + ":" + kind + ":" + name, name() + " " + label, false);
    }

    String describe() {
        return region == null ? name() : name() + " (" + region + ")";
    }

    // ---- parameters and conditions ----

    /** The value of a declared parameter, or null when the stack declares none of that name. */
    Value parameter(String name, SourcePosition at) {
        return parameters.value(name, at);
    }

    ConditionValue condition(String name, SourcePosition at) {
        return conditions.truth(name, at);
    }

    // ---- resources ----

    boolean hasResource(String logicalId) {
        return resources.has(logicalId);
    }

    /**
     * Whether the stack declares resources with {@code Fn::ForEach} loops (the {@code AWS::LanguageExtensions}
     * transform). airgap does not expand them, so a name it cannot find may be one a loop makes.
     */
    boolean hasLoops() {
        for (String key : resources.entries().keySet()) {
            if (key.startsWith(StackAssembler.FOR_EACH)) {
                return true;
            }
        }
        return false;
    }

    ResourceId resourceId(String logicalId) {
        return new ResourceId(name(), logicalId);
    }

    /** A resource's declaration; an error when it is not a map, null when there is none. */
    MapNode resource(String logicalId) {
        Node n = resources.get(logicalId);
        if (n == null) {
            return null;
        }
        if (!(n instanceof MapNode m)) {
            throw new InputException(n.position(), "resource " + logicalId + " is " + n.describe() + ", not a map",
                    "a resource is a map with at least a Type");
        }
        ResourceAttributes.check(logicalId, m, template.root().get("Transform") != null);
        return m;
    }

    String resourceType(String logicalId) {
        MapNode r = resource(logicalId);
        if (r == null) {
            return null;
        }
        if (!(r.get("Type") instanceof ScalarNode s) || s.isNull()) {
            throw new InputException(r.position(), "resource " + logicalId + " has no Type",
                    "give it a Type such as AWS::EC2::Subnet");
        }
        return s.value();
    }

    private MapNode propertiesNode(String logicalId) {
        MapNode r = resource(logicalId);
        Node p = r == null ? null : r.get("Properties");
        if (p == null || p instanceof ScalarNode s && s.isNull()) {
            return null;
        }
        if (!(p instanceof MapNode m)) {
            throw new InputException(p.position(), "the Properties of " + logicalId + " are " + p.describe()
                    + ", not a map", "write the properties as a map");
        }
        return m;
    }

    /** Names of a resource's properties in template order. */
    Iterable<String> propertyNames(String logicalId) {
        MapNode p = propertiesNode(logicalId);
        return p == null ? List.of() : p.entries().keySet();
    }

    /**
     * One resolved property of a resource, or null when the resource does not set it. For attributes computed from
     * properties, which is how one property can come to depend on itself.
     */
    Value property(String logicalId, String property) {
        return property(logicalId, property, true);
    }

    /**
     * The same, for resolving every property in turn. Not marking these as under evaluation is safe: a circle of
     * properties always passes through {@link #property(String, String)}, where it is caught one step later.
     */
    Value propertyForResult(String logicalId, String property) {
        return property(logicalId, property, false);
    }

    private Value property(String logicalId, String property, boolean guarded) {
        Map<String, CycleGuard.Memo<Value>> resolved = properties.computeIfAbsent(logicalId, k -> new HashMap<>());
        CycleGuard.Memo<Value> known = resolved.get(property);
        if (known != null) {
            return run.guard().remembered(known);
        }
        MapNode props = propertiesNode(logicalId);
        Node node = props == null ? null : props.get(property);
        if (node == null) {
            return null;
        }
        if (!guarded) {
            CycleGuard.Memo<Value> v = run.guard().measured(() -> run.evaluator().eval(node, this));
            // Counted as deep as the guarded way would have been, one level for the frame it skipped.
            resolved.put(property, new CycleGuard.Memo<>(v.value(), v.height() + 1));
            return v.value();
        }
        String key = logicalId + "." + property;
        return run.guard().memoised(resolved, property, () -> frame("property", key, key),
                () -> run.evaluator().eval(node, this),
                cycle -> new Value.Unknown(key, "circular dependency: " + CycleGuard.describe(cycle),
                        node.position()));
    }

    /** Whether the resource is created: its own {@code Condition}, and for a nested stack its parent's. */
    PresenceState presence(String logicalId) {
        CycleGuard.Memo<PresenceState> known = presence.get(logicalId);
        if (known != null) {
            return run.guard().remembered(known);
        }
        CycleGuard.Memo<PresenceState> result = run.guard().measured(() -> decidePresence(logicalId));
        presence.put(logicalId, result);
        return result.value();
    }

    private PresenceState decidePresence(String logicalId) {
        PresenceState own = ownPresence(logicalId);
        PresenceState inherited = inheritedPresence();
        PresenceState result = own;
        if (inherited.presence() == Presence.ABSENT) {
            result = inherited;
        } else if (inherited.presence() == Presence.UNKNOWN) {
            result = own.presence() == Presence.ABSENT ? own : new PresenceState(Presence.UNKNOWN,
                    own.presence() == Presence.UNKNOWN ? own.reason() + "; " + inherited.reason()
                            : inherited.reason());
        }
        return result;
    }

    private PresenceState ownPresence(String logicalId) {
        MapNode r = resource(logicalId);
        Node c = r == null ? null : r.get("Condition");
        if (c == null) {
            return PresenceState.PRESENT;
        }
        if (!(c instanceof ScalarNode s) || s.isNull()) {
            throw new InputException(c.position(), "the Condition of " + logicalId + " is " + c.describe(),
                    "a resource's Condition is the name of an entry of Conditions");
        }
        ConditionValue t = condition(s.value(), c.position());
        if (t.isTrue()) {
            return PresenceState.PRESENT;
        }
        if (t.isFalse()) {
            return new PresenceState(Presence.ABSENT, "its Condition " + s.value() + " is false");
        }
        return new PresenceState(Presence.UNKNOWN, "its Condition " + s.value()
                + " cannot be decided before deployment: " + t.reason());
    }

    /** For a nested stack, whether the parent creates it at all. */
    PresenceState inheritedPresence() {
        if (parent == null || !parent.hasResource(template.parentLogicalId())) {
            return PresenceState.PRESENT;
        }
        PresenceState p = parent.presence(template.parentLogicalId());
        if (p.presence() == Presence.PRESENT) {
            return p;
        }
        return new PresenceState(p.presence(), "nested stack " + template.parentLogicalId() + " of "
                + parent.name() + ": " + p.reason());
    }

    /** The node a parent passes as a nested stack's parameter, or null when it passes none. */
    Node nestedParameterNode(String childLogicalId, String parameter) {
        MapNode props = propertiesNode(childLogicalId);
        return props != null && props.get("Parameters") instanceof MapNode m ? m.get(parameter) : null;
    }

    // ---- outputs and exports ----

    OutputTable outputs() {
        return outputs;
    }
}
