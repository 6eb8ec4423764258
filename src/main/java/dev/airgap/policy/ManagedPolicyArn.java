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
        TokenCursor c = new TokenCursor(t);
        if (!c.literal("arn:") || !c.segment() || !c.literal(":iam::")) {
            return new ManagedPolicyArn(Kind.UNDECIDABLE, null, shown);
        }
        int accountStart = c.position();
        boolean awsAccount = c.literal("aws:");
        if (!awsAccount) {
            c.reset(accountStart);
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
}
