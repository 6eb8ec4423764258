package dev.airgap.policy;

import dev.airgap.resolve.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a {@code Condition} block against what the {@link RequestContext} knows. Operators are ANDed, keys
 * within an operator are ANDed, the values listed for a key are ORed (for the negated operators: none may match).
 * Keys and operators the analysis cannot decide make the block UNKNOWN, never TRUE.
 */
final class ConditionEvaluator {

    private static final String ANY = "ForAnyValue:";
    private static final String ALL = "ForAllValues:";
    private static final String IF_EXISTS = "IfExists";

    /** The block's truth and, when it is not TRUE, which clause made it so. */
    record Outcome(Truth truth, String note) {}

    private final RequestContext context;
    private final boolean variables;

    ConditionEvaluator(RequestContext context, boolean variables) {
        this.context = context;
        this.variables = variables;
    }

    Outcome evaluate(Value.MapValue block) {
        Truth result = Truth.TRUE;
        List<String> unknown = new ArrayList<>();
        String falseNote = null;
        for (Map.Entry<String, Value> op : block.entries().entrySet()) {
            if (!(op.getValue() instanceof Value.MapValue keys)) {
                result = result.and(Truth.UNKNOWN);
                unknown.add("condition " + op.getKey() + " is " + SymbolicString.describe(op.getValue()));
                continue;
            }
            for (Map.Entry<String, Value> key : keys.entries().entrySet()) {
                Truth t = clause(Operator.parse(op.getKey()), key.getKey(), key.getValue());
                String label = op.getKey() + " " + key.getKey();
                if (t == Truth.UNKNOWN) {
                    unknown.add(label + ": " + whyUnknown(Operator.parse(op.getKey()), key.getKey()));
                } else if (t == Truth.FALSE && falseNote == null) {
                    falseNote = "condition " + label + " does not hold";
                }
                result = result.and(t);
            }
        }
        if (result == Truth.FALSE) {
            return new Outcome(result, falseNote);
        }
        return new Outcome(result, unknown.isEmpty() ? null : "condition " + String.join("; ", unknown));
    }

    private String whyUnknown(Operator op, String key) {
        if (!op.supported()) {
            return "operator " + op.base() + " is not evaluated before deployment";
        }
        if (context.values(key) == null && !context.isAbsent(key)) {
            return "the key is only known when the request is made";
        }
        return "its value is only known at deploy time";
    }

    private Truth clause(Operator op, String key, Value expected) {
        List<Value> actual = context.values(key);
        boolean absent = context.isAbsent(key);
        if (actual == null && !absent) {
            return Truth.UNKNOWN;
        }
        if (op.base().equals("Null")) {
            return nullCheck(expected, absent);
        }
        if (absent) {
            if (op.ifExists() || ALL.equals(op.qualifier())) {
                return Truth.TRUE;
            }
            return Truth.of(op.negated() && !ANY.equals(op.qualifier()));
        }
        if (!op.supported()) {
            return Truth.UNKNOWN;
        }
        List<Value> wanted = expected instanceof Value.ListValue l ? l.items() : List.of(expected);
        Truth result = ALL.equals(op.qualifier()) ? Truth.TRUE : Truth.FALSE;
        for (Value v : actual) {
            Truth one = Truth.FALSE;
            for (Value w : wanted) {
                one = one.or(matches(op, w, v));
            }
            if (op.negated()) {
                one = one.not();
            }
            result = ALL.equals(op.qualifier()) ? result.and(one) : result.or(one);
        }
        return result;
    }

    private static Truth nullCheck(Value expected, boolean absent) {
        if (!(expected instanceof Value.Text t)) {
            return Truth.UNKNOWN;
        }
        return Truth.of(Boolean.parseBoolean(t.value()) == absent);
    }

    private Truth matches(Operator op, Value policyValue, Value requestValue) {
        Symbols symbols = context.symbols();
        if (op.base().equals("Bool")) {
            Value p = symbols.expand(policyValue);
            Value r = symbols.expand(requestValue);
            if (p instanceof Value.Text pt && r instanceof Value.Text rt) {
                return Truth.of(pt.value().equalsIgnoreCase(rt.value()));
            }
            return Truth.UNKNOWN;
        }
        SymbolicString.Result pattern = SymbolicString.pattern(policyValue, symbols, op.mode(),
                variables ? context : null);
        SymbolicString.Result subject = SymbolicString.subject(requestValue, symbols);
        if (!pattern.ok() || !subject.ok()) {
            return Truth.UNKNOWN;
        }
        if (op.mode() == SymbolicString.Mode.ARN) {
            return Glob.matchArn(pattern.tokens(), subject.tokens());
        }
        return Glob.match(pattern.tokens(), subject.tokens(), op.ignoreCase());
    }

    /** A condition operator taken apart: set qualifier, base operator, {@code IfExists}. */
    record Operator(String qualifier, String base, boolean ifExists) {

        static Operator parse(String name) {
            String qualifier = null;
            String rest = name;
            if (rest.startsWith(ANY)) {
                qualifier = ANY;
                rest = rest.substring(ANY.length());
            } else if (rest.startsWith(ALL)) {
                qualifier = ALL;
                rest = rest.substring(ALL.length());
            }
            boolean ifExists = rest.endsWith(IF_EXISTS) && !rest.equals("Null");
            if (ifExists) {
                rest = rest.substring(0, rest.length() - IF_EXISTS.length());
            }
            return new Operator(qualifier, rest, ifExists);
        }

        boolean supported() {
            return mode() != null || base.equals("Bool") || base.equals("Null");
        }

        /** Decided from the operator's name alone, so that unsupported negated operators still know absent keys. */
        boolean negated() {
            return base.contains("Not");
        }

        boolean ignoreCase() {
            return base.endsWith("IgnoreCase");
        }

        SymbolicString.Mode mode() {
            return switch (base) {
                case "StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase" ->
                        SymbolicString.Mode.EXACT;
                case "StringLike", "StringNotLike" -> SymbolicString.Mode.GLOB;
                case "ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike" -> SymbolicString.Mode.ARN;
                default -> null;
            };
        }
    }
}
