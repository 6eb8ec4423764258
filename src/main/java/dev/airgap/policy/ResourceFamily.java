package dev.airgap.policy;

import java.util.List;

/** The resources a scope is computed for: where their name sits in an ARN and how to build one. */
enum ResourceFamily {

    /** S3 buckets: {@code arn:P:s3:::NAME} and objects {@code arn:P:s3:::NAME/KEY}. */
    BUCKETS("s3") {
        @Override
        int nameStart(List<Token> pattern) {
            TokenCursor c = new TokenCursor(pattern);
            return c.literal("arn:") && c.segment() && c.literal(":s3:::") ? c.position() : -1;
        }

        @Override
        ResourceArn target(List<ResourceArn.Part> name, List<ResourceArn.Part> sub, BucketRef ref) {
            return ResourceArn.s3(name, sub, ref);
        }
    },

    /** DynamoDB tables: {@code arn:P:dynamodb:REGION:ACCOUNT:table/NAME}, indexes and streams below it. */
    TABLES("dynamodb") {
        @Override
        int nameStart(List<Token> pattern) {
            TokenCursor c = new TokenCursor(pattern);
            return c.literal("arn:") && c.segment() && c.literal(":dynamodb:") && c.segment() && c.literal(":")
                    && c.segment() && c.literal(":table/") ? c.position() : -1;
        }

        @Override
        ResourceArn target(List<ResourceArn.Part> name, List<ResourceArn.Part> sub, BucketRef ref) {
            return ResourceArn.dynamodb(name, sub);
        }
    };

    private final String service;

    ResourceFamily(String service) {
        this.service = service;
    }

    /** The service prefix of the family's actions. */
    String service() {
        return service;
    }

    /** Where the resource name starts in an ARN pattern of this family, or -1 when it is not one. */
    abstract int nameStart(List<Token> pattern);

    /**
     * A target of this family.
     *
     * @param sub the part below the resource (object key, {@code index/...}), or null for the resource itself
     * @param ref which bucket policies apply (buckets only)
     */
    abstract ResourceArn target(List<ResourceArn.Part> name, List<ResourceArn.Part> sub, BucketRef ref);
}
