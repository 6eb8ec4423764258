package dev.airgap.path;

/** The verdict of a filter (security group or network ACL) on one flow, with what decided it. */
record Decision(Kind kind, String detail) {

    enum Kind { ALLOW, DENY, UNKNOWN }

    static Decision allow(String detail) {
        return new Decision(Kind.ALLOW, detail);
    }

    static Decision deny(String detail) {
        return new Decision(Kind.DENY, detail);
    }

    static Decision unknown(String detail) {
        return new Decision(Kind.UNKNOWN, detail);
    }

    boolean allowed() {
        return kind == Kind.ALLOW;
    }
}
