package dev.airgap.resolve;

import dev.airgap.template.ListNode;
import dev.airgap.template.MapNode;
import dev.airgap.template.Node;
import dev.airgap.template.ScalarNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns template nodes into values: literals as they are, one-entry maps whose key is {@code Ref} or
 * {@code Fn::…} through the function of that name. Stateless apart from its dispatch table, shared by the stacks of
 * a run.
 */
final class Evaluator {

    private final Map<String, IntrinsicFunction> functions;

    Evaluator() {
        Map<String, IntrinsicFunction> table = new HashMap<>();
        ReferenceFunctions.register(table);
        StringFunctions.register(table);
        ListFunctions.register(table);
        SubFunction.register(table);
        ConditionFunctions.register(table);
        FindInMapFunction.register(table);
        GetAzsFunction.register(table);
        CidrFunction.register(table);
        CrossStackFunctions.register(table);
        TransformFunction.register(table);
        this.functions = Map.copyOf(table);
    }

    /**
     * The value of a node.
     *
     * @throws dev.airgap.template.InputException at the node when evaluating it nests deeper or builds a larger
     *                                            value than {@link EvaluationLimits} allow
     */
    Value eval(Node node, StackScope scope) {
        if (node instanceof ScalarNode s) {
            return s.isNull() ? Value.NoValue.INSTANCE : new Value.Text(s.value());
        }
        // All in one method: its frame is paid once per level of nesting, and a chain of references nests.
        CycleGuard guard = scope.run().guard();
        guard.enter(node.position());
        try {
            Value value;
            MapNode m = node instanceof MapNode map ? map : null;
            String key = m == null ? null : m.singleKey();
            if (m == null) {
                List<Value> items = new ArrayList<>(((ListNode) node).size());
                for (Node item : ((ListNode) node).items()) {
                    Value v = eval(item, scope);
                    if (v != Value.NoValue.INSTANCE) {
                        items.add(v);
                    }
                }
                value = new Value.ListValue(items);
            } else if (key != null && isFunction(key)) {
                IntrinsicFunction f = functions.get(key);
                Call call = new Call(scope, key, m.get(key), m);
                value = f != null ? f.apply(call) : call.unknown(key,
                        "airgap does not evaluate " + key + " (not a CloudFormation intrinsic function it knows)");
            } else {
                Map<String, Value> entries = new LinkedHashMap<>();
                for (Map.Entry<String, Node> e : m.entries().entrySet()) {
                    Value v = eval(e.getValue(), scope);
                    if (v != Value.NoValue.INSTANCE) {
                        entries.put(e.getKey(), v);
                    }
                }
                value = new Value.MapValue(entries);
            }
            return scope.run().sizes().check(value, node.position());
        } catch (ValueSizes.TooLarge e) {
            throw e.at(node.position());
        } finally {
            guard.exit();
        }
    }

    static boolean isFunction(String key) {
        return key.equals("Ref") || key.startsWith("Fn::");
    }
}
