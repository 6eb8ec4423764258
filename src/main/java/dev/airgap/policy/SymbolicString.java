package dev.airgap.policy;

import dev.airgap.resolve.Value;
import java.util.ArrayList;
import java.util.List;

/** Turns policy and request values into {@link Token} lists for {@link Glob}. */
final class SymbolicString {

    /** How a policy string is read. */
    enum Mode {
        /** Every character is literal ({@code StringEquals}, principals). */
        EXACT,
        /** {@code *} and {@code ?} are wildcards that match anything ({@code Action}, {@code StringLike}). */
        GLOB,
        /** Wildcards stay within a colon-separated ARN segment ({@code Resource}, {@code ArnLike}). */
        ARN
    }

    /** Tokens, or why the value is not a string. */
    record Result(List<Token> tokens, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    private SymbolicString() {
    }

    static Result subject(Value value, Symbols symbols) {
        List<Token> out = new ArrayList<>();
        String problem = appendSubject(symbols.expand(value), out);
        return new Result(out, problem);
    }

    static List<Token> literal(String s) {
        List<Token> out = new ArrayList<>(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.add(new Token.Ch(s.charAt(i)));
        }
        return out;
    }

    /**
     * A policy value as a pattern.
     *
     * @param variables the request context that policy variables read, or null when the policy's {@code Version}
     *                  makes {@code ${...}} literal text
     */
    static Result pattern(Value value, Symbols symbols, Mode mode, RequestContext variables) {
        List<Token> out = new ArrayList<>();
        String problem = appendPattern(symbols.expand(value), mode, variables, symbols, out);
        if (problem == null && mode == Mode.ARN) {
            markSegmentEnds(out);
        }
        return new Result(out, problem);
    }

    private static String appendSubject(Value v, List<Token> out) {
        if (v instanceof Value.Text t) {
            out.addAll(literal(t.value()));
            return null;
        }
        if (v instanceof Value.Concat c) {
            for (Value part : c.parts()) {
                String p = appendSubject(part, out);
                if (p != null) {
                    return p;
                }
            }
            return null;
        }
        Token sym = symbol(v);
        if (sym == null) {
            return "expected a string, found " + describe(v);
        }
        out.add(sym);
        return null;
    }

    private static String appendPattern(Value v, Mode mode, RequestContext variables, Symbols symbols,
                                        List<Token> out) {
        if (v instanceof Value.Text t) {
            scanText(t.value(), mode, variables, symbols, out);
            return null;
        }
        if (v instanceof Value.Concat c) {
            for (Value part : c.parts()) {
                String p = appendPattern(part, mode, variables, symbols, out);
                if (p != null) {
                    return p;
                }
            }
            return null;
        }
        Token sym = symbol(v);
        if (sym == null) {
            return "expected a string, found " + describe(v);
        }
        out.add(sym);
        return null;
    }

    private static void scanText(String s, Mode mode, RequestContext variables, Symbols symbols, List<Token> out) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (variables != null && c == '$' && s.startsWith("${", i) && s.indexOf('}', i) > 0) {
                int end = s.indexOf('}', i);
                substitute(s.substring(i + 2, end), variables, symbols, out);
                i = end + 1;
                continue;
            }
            if (mode != Mode.EXACT && c == '*') {
                out.add(new Token.Star(true));
            } else if (mode != Mode.EXACT && c == '?') {
                out.add(new Token.One(mode == Mode.GLOB));
            } else {
                out.add(new Token.Ch(c));
            }
            i++;
        }
    }

    /** {@code ${*}}, {@code ${?}}, {@code ${$}} are escapes; {@code ${key, 'default'}} reads the request context. */
    private static void substitute(String body, RequestContext context, Symbols symbols, List<Token> out) {
        String trimmed = body.trim();
        if (trimmed.equals("*") || trimmed.equals("?") || trimmed.equals("$")) {
            out.add(new Token.Ch(trimmed.charAt(0)));
            return;
        }
        String key = trimmed;
        String fallback = null;
        int comma = trimmed.indexOf(',');
        if (comma > 0) {
            key = trimmed.substring(0, comma).trim();
            String d = trimmed.substring(comma + 1).trim();
            if (d.length() >= 2 && d.startsWith("'") && d.endsWith("'")) {
                fallback = d.substring(1, d.length() - 1);
            }
        }
        List<Value> values = context.values(key);
        if (values != null && values.size() == 1) {
            Result r = subject(values.get(0), symbols);
            if (r.ok()) {
                out.addAll(r.tokens());
                return;
            }
        }
        if (context.isAbsent(key) && fallback != null) {
            out.addAll(literal(fallback));
            return;
        }
        out.add(new Token.Sym("var:" + key.toLowerCase(java.util.Locale.ROOT), Token.Kind.OPAQUE,
                "${" + key + "}", null));
    }

    private static void markSegmentEnds(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Token.Star) {
                boolean last = i + 1 == tokens.size()
                        || tokens.get(i + 1) instanceof Token.Ch ch && ch.c() == ':';
                tokens.set(i, new Token.Star(last));
            }
        }
    }

    static Token.Sym symbol(Value v) {
        if (v instanceof Value.Ref r) {
            return new Token.Sym("ref:" + r.target(), Token.Kind.REF, "${" + r.target() + "}", v);
        }
        if (v instanceof Value.Attr a) {
            String q = a.qualifier().isEmpty() ? "" : "[" + a.qualifier() + "]";
            return new Token.Sym("attr:" + a.target() + "." + a.attribute() + q, Token.Kind.OPAQUE,
                    "${" + a.target() + "." + a.attribute() + q + "}", v);
        }
        if (v instanceof Value.Unknown u) {
            Token.Kind kind = Symbols.pseudoName(u.expression()) != null ? Token.Kind.NAME : Token.Kind.OPAQUE;
            return new Token.Sym("unknown:" + u.expression(), kind, "${" + u.expression() + "}", v);
        }
        return null;
    }

    static String describe(Value v) {
        if (v == null) {
            return "nothing";
        }
        if (v instanceof Value.ListValue) {
            return "a list";
        }
        if (v instanceof Value.MapValue) {
            return "an object";
        }
        if (v instanceof Value.Unknown u) {
            return "a value unknown before deployment (" + u.reason() + ")";
        }
        if (v == Value.NoValue.INSTANCE) {
            return "AWS::NoValue";
        }
        return v.getClass().getSimpleName();
    }
}
