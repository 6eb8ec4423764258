package dev.airgap.policy;

import java.util.Objects;

/**
 * "May the caller perform {@code action} on {@code target}?"
 *
 * @param action an IAM action such as {@code s3:GetObject}; compared case-insensitively
 * @param target the resource it acts on
 */
public record AccessQuestion(String action, ResourceArn target) {

    public AccessQuestion {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
    }

    /**
     * An S3 action on a bucket: object actions ({@code s3:GetObject}, {@code s3:PutObject}, …) ask about some object
     * of the bucket whose key no policy names, bucket actions ({@code s3:ListBucket}, {@code s3:CreateBucket}, …)
     * about the bucket itself.
     */
    public static AccessQuestion s3(String action, BucketRef bucket) {
        ResourceArn t = S3Actions.actsOnObject(action) ? ResourceArn.object(bucket, null) : ResourceArn.bucket(bucket);
        return new AccessQuestion(action, t);
    }

    /** A DynamoDB action on a table of the caller's account, named literally or by its {@code Ref}. */
    public static AccessQuestion dynamodb(String action, dev.airgap.resolve.Value table) {
        return new AccessQuestion(action, ResourceArn.table(table));
    }
}
