package dev.airgap.policy;

import dev.airgap.resolve.Value;
import java.util.List;

/**
 * A managed policy ARN taken apart: {@code arn:PARTITION:iam::ACCOUNT:policy/PATH/NAME}. The account {@code aws}
 * marks an AWS-managed policy; the partition may stay symbolic ({@code arn:${AWS::Partition}:iam::aws:policy/X})
 * because the policy's name alone identifies it.
 *
 * @param kind     what the ARN denotes
 * @param name     the path and name after {@code policy/}, e.g. {@code AmazonS3FullAccess} or
 *                 {@code service-role/AmazonEC2RoleforSSM}; null unless AWS_MANAGED or CUSTOMER with a known name
 * @param shown    the ARN as a report shows it
 */
record ManagedPolicyArn(Kind kind, String name, String shown) {

    enum Kind { AWS_MANAGED, CUSTOMER, UNDECIDABLE }

    static ManagedPolicyArn parse(Value arn, Symbols symbols) {
        SymbolicString.Result r = SymbolicString.subject(arn, symbols);
        if (!r.ok()) {
            return new ManagedPolicyArn(Kind.UNDECIDABLE, null, SymbolicString.describe(arn));
        }
        List<Token> t = r.tokens();
        String shown = Token.render(t);
        Cursor c = new Cursor(t);
        if (!c.literal("arn:") || !c.segment() || !c.literal(":iam::")) {
            return new ManagedPolicyArn(Kind.UNDECIDABLE, null, shown);
        }
        int accountStart = c.pos;
        boolean awsAccount = c.literal("aws:");
        if (!awsAccount) {
            c.pos = accountStart;
            if (!c.segment() || !c.literal(":")) {
                return new ManagedPolicyArn(Kind.UNDECIDABLE, null, shown);
            }
        }
        if (!c.literal("policy/")) {
            return new ManagedPolicyArn(Kind.UNDECIDABLE, null, shown);
        }
        String name = c.restLiteral();
        if (awsAccount) {
            return new ManagedPolicyArn(name == null ? Kind.UNDECIDABLE : Kind.AWS_MANAGED, name, shown);
        }
        return new ManagedPolicyArn(Kind.CUSTOMER, name, shown);
    }

    /** Reads tokens left to right. */
    private static final class Cursor {
        private final List<Token> tokens;
        private int pos;

        Cursor(List<Token> tokens) {
            this.tokens = tokens;
        }

        boolean literal(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (pos + i >= tokens.size() || !(tokens.get(pos + i) instanceof Token.Ch c) || c.c() != s.charAt(i)) {
                    return false;
                }
            }
            pos += s.length();
            return true;
        }

        /** A non-empty run of characters or symbols up to the next colon. */
        boolean segment() {
            int start = pos;
            while (pos < tokens.size() && !(tokens.get(pos) instanceof Token.Ch c && c.c() == ':')) {
                pos++;
            }
            return pos > start;
        }

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
}
