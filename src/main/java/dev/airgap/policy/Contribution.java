package dev.airgap.policy;

/** What a statement did to a decision. */
public enum Contribution {
    /** An Allow statement that applies to the request. */
    ALLOWS,
    /** A Deny statement that applies to the request. */
    DENIES,
    /** An Allow statement that might apply, depending on something unknown before deployment. */
    MAY_ALLOW,
    /** A Deny statement that might apply. */
    MAY_DENY,
    /**
     * An Allow statement that names the action but not this resource, principal or context: the statement that
     * limits access (an endpoint policy restricted to some buckets shows up here for every other bucket).
     */
    LIMITS
}
