package dev.airgap.resolve;

import dev.airgap.template.InputException;
import dev.airgap.template.MapNode;
import dev.airgap.template.Node;
import dev.airgap.template.ScalarNode;
import dev.airgap.template.SourcePosition;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The {@code Outputs} of one stack instance and their {@code Export} names, evaluated when first asked for: by
 * another stack's {@code Fn::ImportValue} or {@code Fn::GetStackOutput}, by a parent's
 * {@code Fn::GetAtt Child.Outputs.X}, or for the results.
 */
final class OutputTable {

    private final StackScope scope;
    private final MapNode declarations;
    private final Map<String, CycleGuard.Memo<Value>> values = new HashMap<>();
    private final Map<String, CycleGuard.Memo<Value>> exportNames = new HashMap<>();

    OutputTable(StackScope scope, MapNode declarations) {
        this.scope = scope;
        this.declarations = declarations;
    }

    /** Output names; {@code Fn::ForEach} loops among them are not expanded, so left out. */
    Set<String> names() {
        Set<String> names = new LinkedHashSet<>(declarations.entries().keySet());
        names.removeIf(n -> n.startsWith(StackAssembler.FOR_EACH));
        return names;
    }

    private MapNode declaration(String name) {
        Node n = declarations.get(name);
        if (n == null) {
            return null;
        }
        if (!(n instanceof MapNode m)) {
            throw new InputException(n.position(), "output " + name + " is " + n.describe() + ", not a map",
                    "an output is a map with a Value");
        }
        return m;
    }

    /** Whether an output exists in this instance (its {@code Condition}). */
    ConditionValue condition(String name) {
        MapNode o = declaration(name);
        Node c = o == null ? null : o.get("Condition");
        if (c == null) {
            return ConditionValue.TRUE;
        }
        if (!(c instanceof ScalarNode s) || s.isNull()) {
            throw new InputException(c.position(), "the Condition of output " + name + " is " + c.describe(),
                    "an output's Condition is the name of an entry of Conditions");
        }
        return scope.condition(s.value(), c.position());
    }

    /** The resolved value of a declared output. */
    Value value(String name) {
        MapNode o = declaration(name);
        Node valueNode = o.get("Value");
        if (valueNode == null) {
            throw new InputException(o.position(), "output " + name + " has no Value", "give the output a Value");
        }
        return scope.run().guard().memoised(values, name, () -> scope.frame("output", name, "output " + name),
                () -> scope.eval(valueNode), cycle -> new Value.Unknown("output " + name,
                        "circular dependency between stacks: " + CycleGuard.describe(cycle), valueNode.position()));
    }

    /** What another stack gets when it asks for an output: the value, or an unknown saying why there is none. */
    Value valueFor(String name, String expression, SourcePosition at) {
        if (declaration(name) == null) {
            return new Value.Unknown(expression, "stack " + scope.describe() + " has no output " + name, at);
        }
        if (condition(name).isFalse()) {
            return new Value.Unknown(expression, "output " + name + " of stack " + scope.describe()
                    + " is not created: its Condition is false", at);
        }
        return value(name);
    }

    /** The resolved {@code Export.Name} of an output, or null when it exports nothing. */
    Value exportName(String name) {
        MapNode o = declaration(name);
        if (o == null || !(o.get("Export") instanceof MapNode export) || export.get("Name") == null) {
            return null;
        }
        Node nameNode = export.get("Name");
        return scope.run().guard().memoised(exportNames, name,
                () -> scope.frame("export", name, "export name of " + name),
                () -> scope.eval(nameNode), cycle -> new Value.Unknown("export name of " + name,
                        "circular dependency: " + CycleGuard.describe(cycle), nameNode.position()));
    }
}
