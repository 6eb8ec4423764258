package dev.airgap.policy;

import dev.airgap.resolve.ResourceId;
import dev.airgap.resolve.Value;
import dev.airgap.template.SourcePosition;

/**
 * Who makes the request: a session of an IAM role, as an EC2 instance profile, a Lambda function or an ECS task
 * gets one.
 *
 * @param role    the {@code AWS::IAM::Role} of the run, or null when the role is not a resource of the run
 * @param arn     the role's ARN (not the session's), possibly symbolic
 * @param account the account the role lives in, possibly symbolic
 */
public record Caller(ResourceId role, Value arn, Value account) {

    /** The role's ARN as {@code Fn::GetAtt Role.Arn}, in an account the templates do not name. */
    public static Caller role(ResourceId role) {
        return role(role, null);
    }

    /** @param account the account ID, or null when it is only known at deploy time */
    public static Caller role(ResourceId role, String account) {
        return new Caller(role, new Value.Attr(role, "Arn", ""), account == null ? unknownAccount()
                : new Value.Text(account));
    }

    static Value unknownAccount() {
        return new Value.Unknown("AWS::AccountId", "the account is chosen at deploy time", SourcePosition.UNKNOWN);
    }
}
