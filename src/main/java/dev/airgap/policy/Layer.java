package dev.airgap.policy;

/** Where a policy sits on the way of a request; it decides how the policy's answer combines with the others. */
public enum Layer {
    /** A VPC endpoint's {@code PolicyDocument}: a resource policy with {@code Principal}. */
    ENDPOINT,
    /** A policy of the calling role (inline, {@code AWS::IAM::Policy}, customer or AWS managed); no Principal. */
    IDENTITY,
    /** The role's permissions boundary: caps what the identity policies allow. */
    BOUNDARY,
    /** An {@code AWS::S3::BucketPolicy}: a resource policy with {@code Principal}. */
    BUCKET;

    boolean resourcePolicy() {
        return this == ENDPOINT || this == BUCKET;
    }
}
