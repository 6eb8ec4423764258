package dev.airgap.policy;

/** How far a workload's reach into a service's resources extends ({@code buckets.scope} in {@code airgap.json}). */
public enum Scope {
    /** Resources no policy names are reachable: access is not restricted to a list. */
    ALL,
    /** Only the listed resources (or name patterns) are reachable. */
    RESTRICTED,
    /** None is reachable. */
    NONE,
    /** Something the templates cannot tell decides it. */
    UNKNOWN
}
