package dev.airgap.path;

/** The verdict of a filter (security group or network ACL) on one flow, with what decided it. */
record FilterVerdict(Kind kind, String detail) {

    enum Kind { ALLOW, DENY, UNKNOWN }

    static FilterVerdict allow(String detail) {
        return new FilterVerdict(Kind.ALLOW, detail);
    }

    static FilterVerdict deny(String detail) {
        return new FilterVerdict(Kind.DENY, detail);
    }

    static FilterVerdict unknown(String detail) {
        return new FilterVerdict(Kind.UNKNOWN, detail);
    }

    boolean allowed() {
        return kind == Kind.ALLOW;
    }
}
