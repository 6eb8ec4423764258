package dev.airgap.policy;

import java.util.List;

/** Reads the known parts of an ARN left to right. */
final class TokenCursor {

    private final List<Token> tokens;
    private int pos;

    TokenCursor(List<Token> tokens) {
        this.tokens = tokens;
    }

    int position() {
        return pos;
    }

    void reset(int position) {
        pos = position;
    }

    /** Consumes these literal characters, or nothing. */
    boolean literal(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (pos + i >= tokens.size() || !(tokens.get(pos + i) instanceof Token.Ch c) || c.c() != s.charAt(i)) {
                return false;
            }
        }
        pos += s.length();
        return true;
    }

    /** Consumes a non-empty run of tokens up to the next colon. */
    boolean segment() {
        int start = pos;
        while (pos < tokens.size() && !(tokens.get(pos) instanceof Token.Ch c && c.c() == ':')) {
            pos++;
        }
        return pos > start;
    }

    /** The rest as text, or null when it is empty or holds a symbol or wildcard. */
    String restLiteral() {
        StringBuilder sb = new StringBuilder();
        for (int i = pos; i < tokens.size(); i++) {
            if (!(tokens.get(i) instanceof Token.Ch c)) {
                return null;
            }
            sb.append(c.c());
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
