package dev.airgap.policy;

import dev.airgap.resolve.Value;
import java.util.List;
import java.util.Map;

/**
 * Does a resource policy's {@code Principal} name the caller? The caller is a role session, so {@code Service},
 * {@code Federated} and {@code CanonicalUser} principals never name it; {@code AWS} principals do when they are
 * {@code *}, the caller's account (as ID or {@code :root} ARN) or the caller's role ARN.
 */
final class PrincipalMatcher {

    /** The answer and, when it is not TRUE, why. */
    record Outcome(Truth truth, String note) {}

    private final RequestContext context;

    PrincipalMatcher(RequestContext context) {
        this.context = context;
    }

    Outcome match(Value principal) {
        Value p = context.symbols().expand(principal);
        if (p instanceof Value.Text t) {
            return "*".equals(t.value()) ? new Outcome(Truth.TRUE, null)
                    : new Outcome(Truth.UNKNOWN, "Principal '" + t.value() + "' is neither * nor an object");
        }
        if (!(p instanceof Value.MapValue m)) {
            return new Outcome(Truth.UNKNOWN, "Principal is " + SymbolicString.describe(p));
        }
        Truth result = Truth.FALSE;
        String note = null;
        for (Map.Entry<String, Value> e : m.entries().entrySet()) {
            if (e.getKey().equals("AWS")) {
                List<Value> items = e.getValue() instanceof Value.ListValue l ? l.items() : List.of(e.getValue());
                for (Value item : items) {
                    Truth t = aws(item);
                    if (t == Truth.UNKNOWN && note == null) {
                        note = "Principal AWS " + label(item) + " may or may not be the caller";
                    }
                    result = result.or(t);
                }
            } else if (!e.getKey().equals("Service") && !e.getKey().equals("Federated")
                    && !e.getKey().equals("CanonicalUser")) {
                result = result.or(Truth.UNKNOWN);
                note = "Principal type " + e.getKey() + " is not evaluated";
            }
        }
        return new Outcome(result, result == Truth.FALSE ? "Principal does not name the caller" : note);
    }

    private Truth aws(Value item) {
        Value v = context.symbols().expand(item);
        if (v instanceof Value.Text t && t.value().equals("*")) {
            return Truth.TRUE;
        }
        Caller caller = context.caller();
        if (caller == null) {
            return Truth.UNKNOWN;
        }
        if (v instanceof Value.Text t && t.value().contains(":assumed-role/")) {
            // a session ARN names one session of the role; the session name is chosen at run time
            return Truth.UNKNOWN;
        }
        SymbolicString.Result pattern = SymbolicString.pattern(v, context.symbols(), SymbolicString.Mode.EXACT, null);
        if (!pattern.ok()) {
            return Truth.UNKNOWN;
        }
        SymbolicString.Result subject = SymbolicString.subject(counterpart(pattern.tokens(), caller),
                context.symbols());
        return subject.ok() ? Glob.match(pattern.tokens(), subject.tokens(), false) : Truth.UNKNOWN;
    }

    /** What of the caller a principal entry is compared with: its account's root, its role, or its account ID. */
    private Value counterpart(List<Token> pattern, Caller caller) {
        String text = Token.render(pattern);
        if (text.endsWith(":root")) {
            return new Value.Concat(List.of(new Value.Text("arn:"), context.partitionValue(),
                    new Value.Text(":iam::"), caller.account(), new Value.Text(":root")));
        }
        boolean arn = text.startsWith("arn:") || !pattern.isEmpty() && pattern.get(0) instanceof Token.Sym;
        return arn ? caller.arn() : caller.account();
    }

    private String label(Value item) {
        SymbolicString.Result r = SymbolicString.subject(item, context.symbols());
        return r.ok() ? Token.render(r.tokens()) : SymbolicString.describe(item);
    }
}
