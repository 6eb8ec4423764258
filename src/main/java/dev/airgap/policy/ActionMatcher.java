package dev.airgap.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A statement's {@code Action}/{@code NotAction} compiled once. Patterns are indexed by their literal service prefix
 * because a policy like {@code ReadOnlyAccess} lists thousands of actions and only the request's service matters.
 */
final class ActionMatcher {

    private final boolean negated;
    private final Map<String, List<List<Token>>> byService = new HashMap<>();
    private final List<List<Token>> other = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private ActionMatcher(boolean negated) {
        this.negated = negated;
    }

    static ActionMatcher compile(Statement.Element action, Symbols symbols) {
        ActionMatcher m = new ActionMatcher(action.negated());
        for (var item : action.items()) {
            SymbolicString.Result r = SymbolicString.pattern(item, symbols, SymbolicString.Mode.GLOB, null);
            if (!r.ok()) {
                m.problems.add(r.problem());
                continue;
            }
            String service = literalService(r.tokens());
            if (service == null) {
                m.other.add(r.tokens());
            } else {
                m.byService.computeIfAbsent(service, k -> new ArrayList<>()).add(r.tokens());
            }
        }
        return m;
    }

    /** TRUE when the element covers the action (for {@code NotAction}: when it does not list it). */
    Truth matches(Request request) {
        Truth listed = problems.isEmpty() ? Truth.FALSE : Truth.UNKNOWN;
        String service = request.service();
        List<List<Token>> candidates = new ArrayList<>(other);
        if (service == null) {
            byService.values().forEach(candidates::addAll);
        } else {
            candidates.addAll(byService.getOrDefault(service, List.of()));
        }
        for (List<Token> pattern : candidates) {
            listed = listed.or(Glob.match(pattern, request.action(), true));
            if (listed == Truth.TRUE) {
                break;
            }
        }
        return negated ? listed.not() : listed;
    }

    String problem() {
        return problems.isEmpty() ? null : String.join("; ", problems);
    }

    private static String literalService(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (!(t instanceof Token.Ch c)) {
                return null;
            }
            if (c.c() == ':') {
                return sb.toString().toLowerCase(Locale.ROOT);
            }
            sb.append(c.c());
        }
        return null;
    }
}
