package dev.airgap.resolve;

import dev.airgap.template.InputException;
import dev.airgap.template.ListNode;
import dev.airgap.template.MapNode;
import dev.airgap.template.Node;
import dev.airgap.template.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Conditions ({@code Fn::Equals}, {@code Fn::And}, {@code Fn::Or}, {@code Fn::Not}, {@code Condition}) and
 * {@code Fn::If}. A condition whose inputs are not known is undecidable rather than false: {@code Fn::If} then
 * gives its common value when both branches agree, an unknown otherwise.
 */
final class ConditionFunctions {

    private static final String SHAPE_LIST = "a list of 2 to 10 conditions";

    private ConditionFunctions() {
    }

    static void register(Map<String, IntrinsicFunction> table) {
        table.put("Fn::If", ConditionFunctions::ifFunction);
        // Outside Conditions these only appear in hand-written mistakes; give their value rather than fail.
        for (String f : List.of("Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not")) {
            table.put(f, call -> asValue(evaluate(call.node(), call.scope()), call));
        }
    }

    private static Value asValue(ConditionValue t, Call call) {
        return t.known() ? new Value.Text(t.value().toString()) : call.unknown(t.expression(), t.reason());
    }

    private static Value ifFunction(Call call) {
        ListNode args = call.list(3, "[ConditionName, ValueIfTrue, ValueIfFalse]");
        String name = call.literal(args.get(0), "the condition name");
        ConditionValue t = call.scope().condition(name, args.get(0).position());
        if (t.isTrue()) {
            return call.eval(args.get(1));
        }
        if (t.isFalse()) {
            return call.eval(args.get(2));
        }
        Value whenTrue = call.eval(args.get(1));
        Value whenFalse = call.eval(args.get(2));
        if (whenTrue.equals(whenFalse)
                || !whenTrue.unknowns().isEmpty() && Render.of(whenTrue).equals(Render.of(whenFalse))) {
            return whenTrue;
        }
        return call.unknown("Fn::If[" + name + ", " + Render.of(whenTrue) + ", " + Render.of(whenFalse) + "]",
                "condition " + name + " cannot be decided before deployment: " + t.reason());
    }

    /** The truth of a condition expression (an entry of {@code Conditions}, or an operand of And/Or/Not). */
    static ConditionValue evaluate(Node node, StackScope scope) {
        CycleGuard guard = scope.run().guard();
        guard.enter(node.position());
        try {
            return operation(node, scope);
        } finally {
            guard.exit();
        }
    }

    private static ConditionValue operation(Node node, StackScope scope) {
        String key = node instanceof MapNode m ? m.singleKey() : null;
        if (key == null) {
            throw new InputException(node.position(), "a condition must be one of Fn::Equals, Fn::And, Fn::Or, "
                    + "Fn::Not or Condition, found " + node.describe(), "write the condition as one of these");
        }
        MapNode call = (MapNode) node;
        Node arg = call.get(key);
        switch (key) {
            case "Fn::Equals":
                return equals(operands(key, arg, call, 2, 2, "[value, value]"), scope);
            case "Fn::And":
                return and(operands(key, arg, call, 2, 10, SHAPE_LIST), scope);
            case "Fn::Or":
                return or(operands(key, arg, call, 2, 10, SHAPE_LIST), scope);
            case "Fn::Not": {
                ConditionValue t = evaluate(operands(key, arg, call, 1, 1, "a list of one condition").get(0), scope);
                return t.known() ? ConditionValue.of(!t.value()) : ConditionValue.unknown("Fn::Not[" + t.expression() + "]", t.reason());
            }
            case "Condition": {
                if (!(arg instanceof ScalarNode s) || s.isNull()) {
                    throw new InputException(arg.position(), "Condition takes the name of a condition, found "
                            + arg.describe(), "write Condition: Name");
                }
                ConditionValue t = scope.condition(s.value(), arg.position());
                return t.known() ? t : ConditionValue.unknown(s.value(), t.reason());
            }
            default:
                throw new InputException(node.position(), key + " is not a condition function",
                        "conditions use Fn::Equals, Fn::And, Fn::Or, Fn::Not and Condition");
        }
    }

    private static List<Node> operands(String key, Node arg, MapNode call, int min, int max, String shape) {
        if (arg instanceof ListNode l && l.size() >= min && l.size() <= max) {
            return l.items();
        }
        String found = arg instanceof ListNode l ? "a list of " + l.size() : arg.describe();
        throw new InputException(call.position(), key + " takes " + shape + ", found " + found,
                "write " + key + ": " + shape);
    }

    private static ConditionValue and(List<Node> operands, StackScope scope) {
        List<ConditionValue> unknown = new ArrayList<>();
        for (Node n : operands) {
            ConditionValue t = evaluate(n, scope);
            if (t.isFalse()) {
                return ConditionValue.FALSE;
            }
            if (!t.known()) {
                unknown.add(t);
            }
        }
        return unknown.isEmpty() ? ConditionValue.TRUE : combine("Fn::And", unknown);
    }

    private static ConditionValue or(List<Node> operands, StackScope scope) {
        List<ConditionValue> unknown = new ArrayList<>();
        for (Node n : operands) {
            ConditionValue t = evaluate(n, scope);
            if (t.isTrue()) {
                return ConditionValue.TRUE;
            }
            if (!t.known()) {
                unknown.add(t);
            }
        }
        return unknown.isEmpty() ? ConditionValue.FALSE : combine("Fn::Or", unknown);
    }

    private static ConditionValue combine(String function, List<ConditionValue> unknown) {
        if (unknown.size() == 1) {
            return unknown.get(0);
        }
        List<String> parts = new ArrayList<>();
        for (ConditionValue t : unknown) {
            parts.add(t.expression());
        }
        return ConditionValue.unknown(function + "[" + String.join(", ", parts) + "]", unknown.get(0).reason());
    }

    private static ConditionValue equals(List<Node> operands, StackScope scope) {
        Value a = scope.eval(operands.get(0));
        Value b = scope.eval(operands.get(1));
        Boolean same = same(a, b);
        if (same != null) {
            return ConditionValue.of(same);
        }
        Value cause = a.known() ? b : a;
        return ConditionValue.unknown("Fn::Equals[" + Render.of(a) + ", " + Render.of(b) + "]", StringParts.reason(cause));
    }

    /** Whether two values are equal at deployment; null when that cannot be said now. */
    static Boolean same(Value a, Value b) {
        if (a.equals(b)) {
            return true;
        }
        if (a instanceof Value.ListValue la && b instanceof Value.ListValue lb) {
            if (la.items().size() != lb.items().size()) {
                return false;
            }
            boolean undecided = false;
            for (int i = 0; i < la.items().size(); i++) {
                Boolean s = same(la.items().get(i), lb.items().get(i));
                if (Boolean.FALSE.equals(s)) {
                    return false;
                }
                undecided |= s == null;
            }
            return undecided ? null : true;
        }
        if (!a.unknowns().isEmpty() || !b.unknowns().isEmpty()) {
            // Unknowns with equal expressions are the same deploy-time value.
            return Render.of(a).equals(Render.of(b)) ? true : null;
        }
        if (a instanceof Value.Text && b instanceof Value.Text || a instanceof Value.Ref && b instanceof Value.Ref) {
            return false;
        }
        // A physical ID is never empty: comparing one to '' is the usual "was this given?" test.
        if (isId(a) && StringParts.EMPTY.equals(b) || isId(b) && StringParts.EMPTY.equals(a)) {
            return false;
        }
        return null;
    }

    private static boolean isId(Value v) {
        return v instanceof Value.Ref || v instanceof Value.Attr;
    }
}
