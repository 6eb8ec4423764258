package dev.airgap.policy;

/** The answer to "is this request allowed": UNKNOWN when something the templates cannot tell decides it. */
public enum Decision {
    ALLOW, DENY, UNKNOWN;

    static Decision of(Truth allowed) {
        return switch (allowed) {
            case TRUE -> ALLOW;
            case FALSE -> DENY;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
