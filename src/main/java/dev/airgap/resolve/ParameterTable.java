package dev.airgap.resolve;

import dev.airgap.template.MapNode;
import dev.airgap.template.Node;
import dev.airgap.template.ScalarNode;
import dev.airgap.template.SourcePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameter values of one stack instance. A value comes, first match wins, from the plugin's
 * {@code <parameters>} entry {@code StackName.Name}, from the parent stack (for a nested stack), from the plugin's
 * entry {@code Name}, from the declared {@code Default}; otherwise it is unknown. SSM-typed parameters hold the name
 * of an SSM parameter read at deployment, so their {@code Default} is not their value.
 */
final class ParameterTable {

    private static final String SSM_PREFIX = "AWS::SSM::Parameter::Value<";

    private final StackScope scope;
    private final MapNode declarations;
    private final Map<String, CycleGuard.Memo<Value>> values = new HashMap<>();
    /** Parameters that are unknown because this stack gives them no value (not because a parent passed one). */
    private final Set<String> unset = new HashSet<>();

    ParameterTable(StackScope scope, MapNode declarations) {
        this.scope = scope;
        this.declarations = declarations;
    }

    /** The value of a declared parameter, null when there is no such parameter. */
    Value value(String name, SourcePosition at) {
        if (!declarations.has(name)) {
            return null;
        }
        Value v = scope.run().guard().memoised(values, name,
                () -> scope.frame("parameter", name, "parameter " + name),
                () -> resolve(name, at), cycle -> new Value.Unknown("Ref " + name,
                        "circular dependency between stacks: " + CycleGuard.describe(cycle), at));
        // An unknown parameter is reported where it is used, not where it was first met.
        if (unset.contains(name) && v instanceof Value.Unknown u && !u.position().equals(at)) {
            return new Value.Unknown(u.expression(), u.reason(), at);
        }
        return v;
    }

    private Value resolve(String name, SourcePosition at) {
        MapNode decl = declarations.get(name) instanceof MapNode m ? m : new MapNode(Map.of(), at);
        String type = decl.text("Type").orElse("String");
        Map<String, String> given = scope.run().options().parameters();
        String scoped = given.get(scope.name() + "." + name);
        if (scoped != null) {
            return convert(type, new Value.Text(scoped));
        }
        boolean ssm = type.startsWith(SSM_PREFIX);
        Value fromParent = ssm ? null : fromParent(name);
        if (fromParent != null) {
            return convert(type, fromParent);
        }
        String global = given.get(name);
        if (global != null) {
            return convert(type, new Value.Text(global));
        }
        Node def = decl.get("Default");
        if (ssm) {
            unset.add(name);
            String key = def instanceof ScalarNode s && !s.isNull() ? " '" + s.value() + "'" : "";
            return new Value.Unknown("Ref " + name, "parameter " + name + " is read from the SSM parameter" + key
                    + " at deployment; set it in the plugin's <parameters>", at);
        }
        if (def != null && !(def instanceof ScalarNode s && s.isNull())) {
            return convert(type, scope.eval(def));
        }
        unset.add(name);
        return new Value.Unknown("Ref " + name, "parameter " + name + " has no Default and no value was given; "
                + "set it in the plugin's <parameters>", at);
    }

    private Value fromParent(String name) {
        StackScope parent = scope.parent();
        if (parent == null) {
            return null;
        }
        Node passed = parent.nestedParameterNode(scope.template().parentLogicalId(), name);
        if (passed == null) {
            return null;
        }
        Value v = parent.eval(passed);
        return v == Value.NoValue.INSTANCE ? null : v;
    }

    /** List-typed parameters arrive as one comma-separated string and are used as lists. */
    static Value convert(String type, Value value) {
        if (!isList(type) || value instanceof Value.ListValue || !StringParts.isString(value)
                || value instanceof Value.Unknown) {
            return value;
        }
        List<Value> items = new ArrayList<>();
        for (Value piece : StringParts.split(value, ",")) {
            items.add(piece instanceof Value.Text t ? new Value.Text(t.value().trim()) : piece);
        }
        return new Value.ListValue(items);
    }

    static boolean isList(String type) {
        String t = type.startsWith(SSM_PREFIX) ? type.substring(SSM_PREFIX.length()) : type;
        return t.startsWith("List<") || t.startsWith("CommaDelimitedList");
    }
}
