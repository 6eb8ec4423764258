package dev.airgap.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Three-valued wildcard matching of a pattern against a subject, both possibly holding symbols. TRUE only when
 * every value the symbols may take matches, FALSE only when none does. Not {@code template.Wildcard} (the settings'
 * globs): an IAM value may be unresolved (a {@code Ref}, an account ID) and ARN wildcards respect colons.
 */
final class Glob {

    private static final String SEPARATORS = ":/";

    private final List<Token> pattern;
    private final List<Token> subject;
    private final boolean ignoreCase;
    private final Truth[][] memo;

    private Glob(List<Token> pattern, List<Token> subject, boolean ignoreCase) {
        this.pattern = pattern;
        this.subject = subject;
        this.ignoreCase = ignoreCase;
        this.memo = new Truth[pattern.size() + 1][subject.size() + 1];
    }

    static Truth match(List<Token> pattern, List<Token> subject, boolean ignoreCase) {
        return new Glob(pattern, subject, ignoreCase).at(0, 0);
    }

    /**
     * ARN matching. When pattern and subject have the same number of colon-separated segments, no wildcard can
     * cross a colon, so each segment is matched on its own and the results are ANDed: an unknown account ID then no
     * longer hides that the resource name differs.
     */
    static Truth matchArn(List<Token> pattern, List<Token> subject) {
        List<List<Token>> ps = segments(pattern);
        List<List<Token>> ss = segments(subject);
        if (ps == null || ss == null || ps.size() != ss.size()) {
            return match(pattern, subject, false);
        }
        Truth result = Truth.TRUE;
        for (int i = 0; i < ps.size() && result != Truth.FALSE; i++) {
            result = result.and(match(ps.get(i), ss.get(i), false));
        }
        return result;
    }

    /** The tokens split at colons, or null when a symbol might hold a colon. */
    private static List<List<Token>> segments(List<Token> tokens) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token t : tokens) {
            if (t instanceof Token.Sym s && !s.colonFree()) {
                return null;
            }
            if (t instanceof Token.Ch c && c.c() == ':') {
                out.add(current);
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        out.add(current);
        return out;
    }

    private Truth at(int p, int s) {
        Truth known = memo[p][s];
        if (known == null) {
            known = compute(p, s);
            memo[p][s] = known;
        }
        return known;
    }

    private Truth compute(int p, int s) {
        if (p == pattern.size()) {
            return Truth.of(s == subject.size());
        }
        Token pt = pattern.get(p);
        if (pt instanceof Token.Star star) {
            return star(star, p, s);
        }
        if (s == subject.size()) {
            return Truth.FALSE;
        }
        Token st = subject.get(s);
        if (pt instanceof Token.Ch pc) {
            if (st instanceof Token.Ch sc) {
                return same(pc.c(), sc.c()) ? at(p + 1, s + 1) : Truth.FALSE;
            }
            return ((Token.Sym) st).kind() == Token.Kind.FRESH ? Truth.FALSE : Truth.UNKNOWN;
        }
        if (pt instanceof Token.One one) {
            if (st instanceof Token.Ch sc) {
                return !one.matchesColon() && sc.c() == ':' ? Truth.FALSE : at(p + 1, s + 1);
            }
            return Truth.UNKNOWN;
        }
        return symbol((Token.Sym) pt, p, st, s);
    }

    private Truth star(Token.Star star, int p, int s) {
        Truth skip = at(p + 1, s);
        if (skip == Truth.TRUE || s == subject.size()) {
            return skip;
        }
        Token st = subject.get(s);
        Truth consume;
        if (st instanceof Token.Ch sc) {
            consume = !star.crossesColons() && sc.c() == ':' ? Truth.FALSE : at(p, s + 1);
        } else if (star.crossesColons() || ((Token.Sym) st).colonFree()) {
            consume = at(p, s + 1);
        } else {
            // an opaque value might hold a colon this star may not cross
            consume = Truth.UNKNOWN.and(at(p, s + 1));
        }
        return skip.or(consume);
    }

    private Truth symbol(Token.Sym ps, int p, Token st, int s) {
        if (!(st instanceof Token.Sym ss)) {
            return Truth.UNKNOWN;
        }
        if (ps.key().equals(ss.key())) {
            return at(p + 1, s + 1);
        }
        if (ss.kind() == Token.Kind.FRESH) {
            return Truth.FALSE;
        }
        if (ps.kind() == Token.Kind.REF && ss.kind() == Token.Kind.REF && delimited(pattern, p + 1)
                && delimited(subject, s + 1)) {
            return Truth.FALSE;
        }
        return Truth.UNKNOWN;
    }

    /** A physical ID ends here: what follows cannot be the rest of a longer ID. */
    private static boolean delimited(List<Token> tokens, int i) {
        return i == tokens.size() || tokens.get(i) instanceof Token.Ch c && SEPARATORS.indexOf(c.c()) >= 0;
    }

    private boolean same(char a, char b) {
        return a == b || ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b);
    }
}
