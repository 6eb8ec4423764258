package dev.airgap.policy;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates policy documents as AWS does, in one {@link RequestContext}: a statement applies when its action,
 * resource, principal and conditions all match; Deny statements deny, Allow statements allow. Compiled actions and
 * resources are kept per statement, since the same documents are asked about many buckets and actions.
 */
final class DocumentEvaluator {

    private final RequestContext context;
    private final PrincipalMatcher principals;
    private final Map<Statement, ActionMatcher> actions = new IdentityHashMap<>();
    private final Map<Statement, List<SymbolicString.Result>> resources = new IdentityHashMap<>();

    DocumentEvaluator(RequestContext context) {
        this.context = context;
        this.principals = new PrincipalMatcher(context);
    }

    DocumentResult evaluate(PolicyDocument doc, Request request) {
        if (doc.problem() != null) {
            return new DocumentResult(doc.source(), Truth.UNKNOWN, Truth.UNKNOWN, List.of(), doc.problem());
        }
        Truth denies = Truth.FALSE;
        Truth allows = Truth.FALSE;
        List<DecidingStatement> deciding = new ArrayList<>();
        for (Statement s : doc.statements()) {
            Verdict v = statement(doc, s, request);
            if (v == null) {
                continue;
            }
            if (s.effect() != Effect.ALLOW) {
                denies = denies.or(v.applies());
            }
            if (s.effect() != Effect.DENY) {
                allows = allows.or(v.applies());
            }
            deciding.addAll(v.statements(doc.source(), s));
        }
        return new DocumentResult(doc.source(), denies, allows, deciding, null);
    }

    /** Whether a statement applies, with the note that explains a FALSE or UNKNOWN; null if the action differs. */
    private record Verdict(Truth applies, String note) {

        List<DecidingStatement> statements(PolicySource source, Statement s) {
            List<DecidingStatement> out = new ArrayList<>();
            if (applies == Truth.FALSE) {
                if (s.effect() == Effect.ALLOW) {
                    out.add(new DecidingStatement(source, s.index(), s.sid(), Contribution.LIMITS, note));
                }
                return out;
            }
            boolean sure = applies == Truth.TRUE;
            if (s.effect() != Effect.DENY) {
                out.add(new DecidingStatement(source, s.index(), s.sid(),
                        sure ? Contribution.ALLOWS : Contribution.MAY_ALLOW, note));
            }
            if (s.effect() != Effect.ALLOW) {
                out.add(new DecidingStatement(source, s.index(), s.sid(),
                        sure ? Contribution.DENIES : Contribution.MAY_DENY, note));
            }
            return out;
        }
    }

    private Verdict statement(PolicyDocument doc, Statement s, Request request) {
        Truth action = s.action() == null ? Truth.UNKNOWN : actionMatcher(s).matches(request);
        if (action == Truth.FALSE) {
            return null;
        }
        if (s.malformed()) {
            return new Verdict(Truth.UNKNOWN, s.problem() + "; AWS would reject this statement");
        }
        List<String> unknown = new ArrayList<>();
        if (action == Truth.UNKNOWN) {
            unknown.add("Action " + (actionMatcher(s).problem() != null ? actionMatcher(s).problem()
                    : "may or may not cover " + request.actionLabel()));
        }
        Truth applies = action;
        Truth resource = resource(doc, s, request);
        if (resource == Truth.FALSE) {
            return new Verdict(Truth.FALSE, (s.resource().negated() ? "NotResource excludes " : "covers only ")
                    + itemsLabel(doc, s));
        }
        if (resource == Truth.UNKNOWN) {
            unknown.add((s.resource().negated() ? "NotResource " : "Resource ") + itemsLabel(doc, s)
                    + " may or may not cover " + request.resourceLabel());
        }
        applies = applies.and(resource);
        Verdict principal = principal(doc, s);
        if (principal.applies() == Truth.FALSE) {
            return principal;
        }
        if (principal.applies() == Truth.UNKNOWN) {
            unknown.add(principal.note());
        }
        applies = applies.and(principal.applies());
        if (s.condition() != null) {
            ConditionEvaluator.Outcome c = new ConditionEvaluator(context, doc.substitutesVariables())
                    .evaluate(s.condition());
            if (c.truth() == Truth.FALSE) {
                return new Verdict(Truth.FALSE, c.note());
            }
            if (c.truth() == Truth.UNKNOWN) {
                unknown.add(c.note());
            }
            applies = applies.and(c.truth());
        }
        return new Verdict(applies, unknown.isEmpty() ? null : String.join("; ", unknown));
    }

    private Verdict principal(PolicyDocument doc, Statement s) {
        boolean resourcePolicy = doc.source().layer().resourcePolicy();
        if (!resourcePolicy) {
            return s.principal() == null ? new Verdict(Truth.TRUE, null)
                    : new Verdict(Truth.UNKNOWN, "an identity policy cannot name a Principal; AWS would reject it");
        }
        if (s.principal() == null) {
            return new Verdict(Truth.UNKNOWN, "the statement names no Principal");
        }
        PrincipalMatcher.Outcome o = principals.match(s.principal().items().get(0));
        Truth t = s.principal().negated() ? o.truth().not() : o.truth();
        String note = o.note();
        if (t == Truth.FALSE) {
            note = s.principal().negated() ? "NotPrincipal excludes the caller" : o.note();
        }
        return new Verdict(t, note);
    }

    private Truth resource(PolicyDocument doc, Statement s, Request request) {
        Truth listed = Truth.FALSE;
        for (SymbolicString.Result pattern : resourcePatterns(doc, s)) {
            listed = listed.or(pattern.ok() ? Glob.matchArn(pattern.tokens(), request.resource())
                    : Truth.UNKNOWN);
            if (listed == Truth.TRUE) {
                break;
            }
        }
        return s.resource().negated() ? listed.not() : listed;
    }

    private String itemsLabel(PolicyDocument doc, Statement s) {
        List<String> labels = new ArrayList<>();
        for (SymbolicString.Result r : resourcePatterns(doc, s)) {
            labels.add(r.ok() ? Token.render(r.tokens()) : "(" + r.problem() + ")");
        }
        return String.join(", ", labels);
    }

    private ActionMatcher actionMatcher(Statement s) {
        return actions.computeIfAbsent(s, st -> ActionMatcher.compile(st.action(), context.symbols()));
    }

    private List<SymbolicString.Result> resourcePatterns(PolicyDocument doc, Statement s) {
        return resources.computeIfAbsent(s, st -> st.resource().items().stream()
                .map(v -> SymbolicString.pattern(v, context.symbols(), SymbolicString.Mode.ARN,
                        doc.substitutesVariables() ? context : null))
                .toList());
    }
}
