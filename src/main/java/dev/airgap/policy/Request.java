package dev.airgap.policy;

import java.util.List;

/**
 * A question made ready for matching: action and resource as tokens. The scope analysis builds requests directly to
 * ask about "an action no policy names" or "a bucket no policy names".
 */
record Request(List<Token> action, List<Token> resource, BucketRef bucket) {

    static Request of(AccessQuestion q, RequestContext context) {
        return new Request(SymbolicString.literal(q.action()), q.target().tokens(context), q.target().bucket());
    }

    String actionLabel() {
        return Token.render(action);
    }

    String resourceLabel() {
        return Token.render(resource);
    }

    /** The action's service prefix in lower case, or null when it is not literal. */
    String service() {
        StringBuilder sb = new StringBuilder();
        for (Token t : action) {
            if (!(t instanceof Token.Ch c)) {
                return null;
            }
            if (c.c() == ':') {
                return sb.toString().toLowerCase(java.util.Locale.ROOT);
            }
            sb.append(c.c());
        }
        return null;
    }
}
