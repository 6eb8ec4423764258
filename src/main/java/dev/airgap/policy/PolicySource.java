package dev.airgap.policy;

import dev.airgap.resolve.ResourceId;

/**
 * Which policy a statement comes from, for explanations.
 *
 * @param layer    where the policy applies
 * @param name     how a report names it, e.g. {@code endpoint VpcS3Endpoint} or
 *                 {@code AWS managed policy AmazonS3FullAccess (v2, 2021-09-27)}
 * @param resource the template resource that declares it (endpoint, role, policy, bucket policy); null for
 *                 AWS-managed policies and policies given by the user
 */
public record PolicySource(Layer layer, String name, ResourceId resource) {

    public static PolicySource of(Layer layer, String name) {
        return new PolicySource(layer, name, null);
    }

    @Override
    public String toString() {
        return name;
    }
}
