package dev.airgap.policy;

import dev.airgap.resolve.Value;
import java.util.ArrayList;
import java.util.List;

/** Reads policy documents from resolved values, turning every shape error into a problem instead of an exception. */
final class PolicyParser {

    private PolicyParser() {
    }

    static PolicyDocument parse(PolicySource source, Value document) {
        if (document instanceof Value.Unknown u) {
            return PolicyDocument.unknown(source, "the policy document is not known before deployment: " + u.reason());
        }
        if (!(document instanceof Value.MapValue doc)) {
            return PolicyDocument.unknown(source, "the policy document is " + SymbolicString.describe(document)
                    + ", not an object");
        }
        Value v = doc.get("Version");
        String version = PolicyDocument.V2008;
        if (v != null) {
            if (!(v instanceof Value.Text t)) {
                return PolicyDocument.unknown(source, "Version is " + SymbolicString.describe(v));
            }
            version = t.value();
            if (!version.equals(PolicyDocument.V2008) && !version.equals(PolicyDocument.V2012)) {
                return PolicyDocument.unknown(source, "Version '" + version
                        + "' is neither 2012-10-17 nor 2008-10-17; AWS rejects the policy");
            }
        }
        Value st = doc.get("Statement");
        List<Value> raw;
        if (st instanceof Value.MapValue) {
            raw = List.of(st);
        } else if (st instanceof Value.ListValue l) {
            raw = l.items();
        } else {
            return new PolicyDocument(source, version, List.of(), st == null ? "the policy has no Statement"
                    : "Statement is " + SymbolicString.describe(st));
        }
        List<Statement> statements = new ArrayList<>();
        for (Value item : raw) {
            if (item == Value.NoValue.INSTANCE) {
                continue;
            }
            statements.add(statement(statements.size(), item));
        }
        return new PolicyDocument(source, version, statements, null);
    }

    private static Statement statement(int index, Value item) {
        if (!(item instanceof Value.MapValue m)) {
            return broken(index, "the statement is " + SymbolicString.describe(item) + ", not an object");
        }
        String sid = m.get("Sid") instanceof Value.Text t ? t.value() : "";
        List<String> problems = new ArrayList<>();
        Effect effect = effect(m.get("Effect"), problems);
        Statement.Element action = element(m, "Action", "NotAction", problems);
        Statement.Element resource = element(m, "Resource", "NotResource", problems);
        Statement.Element principal = principal(m, problems);
        Value.MapValue condition = null;
        Value c = m.get("Condition");
        if (c instanceof Value.MapValue cm) {
            condition = cm;
        } else if (c != null && c != Value.NoValue.INSTANCE) {
            problems.add("Condition is " + SymbolicString.describe(c) + ", not an object");
        }
        return new Statement(index, sid, effect, action, resource, principal, condition,
                problems.isEmpty() ? null : String.join("; ", problems));
    }

    private static Effect effect(Value v, List<String> problems) {
        if (v == null) {
            problems.add("Effect is missing");
            return null;
        }
        if (!(v instanceof Value.Text t)) {
            problems.add("Effect is " + SymbolicString.describe(v));
            return null;
        }
        Effect e = Effect.parse(t.value());
        if (e == null) {
            problems.add("Effect '" + t.value() + "' is neither Allow nor Deny");
        }
        return e;
    }

    private static Statement.Element element(Value.MapValue m, String positive, String negative,
                                             List<String> problems) {
        Value pos = m.get(positive);
        Value neg = m.get(negative);
        if (pos != null && neg != null) {
            problems.add("both " + positive + " and " + negative + " are given");
            return null;
        }
        if (pos == null && neg == null) {
            problems.add("neither " + positive + " nor " + negative + " is given");
            return null;
        }
        Value v = pos != null ? pos : neg;
        List<Value> items = new ArrayList<>();
        if (v instanceof Value.ListValue l) {
            for (Value item : l.items()) {
                if (item != Value.NoValue.INSTANCE) {
                    items.add(item);
                }
            }
        } else if (v instanceof Value.MapValue) {
            problems.add((pos != null ? positive : negative) + " is an object, not a string or list");
            return null;
        } else {
            items.add(v);
        }
        return new Statement.Element(neg != null, items);
    }

    private static Statement.Element principal(Value.MapValue m, List<String> problems) {
        Value pos = m.get("Principal");
        Value neg = m.get("NotPrincipal");
        if (pos != null && neg != null) {
            problems.add("both Principal and NotPrincipal are given");
            return null;
        }
        if (pos == null && neg == null) {
            return null;
        }
        return new Statement.Element(neg != null, List.of(pos != null ? pos : neg));
    }

    private static Statement broken(int index, String problem) {
        return new Statement(index, "", null, null, null, null, null, problem);
    }
}
