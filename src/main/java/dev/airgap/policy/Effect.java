package dev.airgap.policy;

/** A statement's {@code Effect}. */
public enum Effect {
    ALLOW, DENY;

    /** AWS accepts exactly {@code Allow} and {@code Deny}; anything else is a malformed policy. */
    static Effect parse(String s) {
        if ("Allow".equals(s)) {
            return ALLOW;
        }
        if ("Deny".equals(s)) {
            return DENY;
        }
        return null;
    }
}
