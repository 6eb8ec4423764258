package dev.airgap.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The policies that stand between a workload and a service on one path.
 *
 * @param endpoint           the endpoint's policy, or null when the path passes no VPC endpoint
 * @param identity           the calling role's policies
 * @param bucketPolicies     every bucket policy of the run
 * @param runBuckets         every bucket the run declares: a bucket outside this list has a bucket policy the
 *                           templates do not show
 * @param otherBucketsUnknown true: a bucket outside the run might have any bucket policy (answers about it are
 *                           UNKNOWN unless the other layers decide); false: assume it has none, and say so
 */
public record PolicySet(EndpointPolicy endpoint, IdentityPolicies identity, List<BucketPolicy> bucketPolicies,
                        List<BucketRef> runBuckets, boolean otherBucketsUnknown) {

    public PolicySet {
        Objects.requireNonNull(identity, "identity");
        bucketPolicies = List.copyOf(bucketPolicies);
        runBuckets = List.copyOf(runBuckets);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The bucket policies attached to this bucket. */
    List<BucketPolicy> policiesOf(BucketRef bucket) {
        return bucketPolicies.stream().filter(p -> p.bucket().sameBucket(bucket)).toList();
    }

    /** The bucket is declared in the run (or has a bucket policy there), so the templates show its whole policy. */
    boolean declared(BucketRef bucket) {
        return bucket.resource() != null || runBuckets.stream().anyMatch(b -> b.sameBucket(bucket))
                || !policiesOf(bucket).isEmpty();
    }

    public static final class Builder {
        private EndpointPolicy endpoint;
        private IdentityPolicies identity = IdentityPolicies.unknown("no role is known for the workload");
        private final List<BucketPolicy> bucketPolicies = new ArrayList<>();
        private final List<BucketRef> runBuckets = new ArrayList<>();
        private boolean otherBucketsUnknown;

        public Builder endpoint(EndpointPolicy e) {
            this.endpoint = e;
            return this;
        }

        public Builder identity(IdentityPolicies i) {
            this.identity = i;
            return this;
        }

        public Builder bucketPolicy(BucketPolicy p) {
            bucketPolicies.add(p);
            return this;
        }

        public Builder bucketPolicies(List<BucketPolicy> p) {
            bucketPolicies.addAll(p);
            return this;
        }

        public Builder runBuckets(List<BucketRef> b) {
            runBuckets.addAll(b);
            return this;
        }

        public Builder otherBucketsUnknown(boolean unknown) {
            this.otherBucketsUnknown = unknown;
            return this;
        }

        public PolicySet build() {
            return new PolicySet(endpoint, identity, bucketPolicies, runBuckets, otherBucketsUnknown);
        }
    }
}
