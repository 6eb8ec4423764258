package dev.airgap.policy;

/** An {@code AWS::S3::BucketPolicy}: the bucket it is attached to and its document. */
public record BucketPolicy(BucketRef bucket, PolicyDocument document) {}
