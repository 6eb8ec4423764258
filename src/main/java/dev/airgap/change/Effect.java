package dev.airgap.change;

/** What a change does, for a reviewer: opens or widens something, closes or narrows it, or neither. */
public enum Effect {
    /** A path opened or no longer private, a verdict now unknown, a bucket scope widened, a new violation, cost up. */
    REGRESSION,
    /** The reverse of a regression. */
    IMPROVEMENT,
    /** A fact worth seeing that is neither (an endpoint added, a subnet renamed, NAT instead of internet gateway). */
    OTHER
}
