package dev.airgap.resolve;

/**
 * The value of a condition: true, false, or not decidable before deployment (then {@code expression} renders the
 * condition and {@code reason} says which input is missing).
 */
record Truth(Boolean value, String expression, String reason) {

    static final Truth TRUE = new Truth(Boolean.TRUE, "true", "");
    static final Truth FALSE = new Truth(Boolean.FALSE, "false", "");

    static Truth of(boolean value) {
        return value ? TRUE : FALSE;
    }

    static Truth unknown(String expression, String reason) {
        return new Truth(null, expression, reason);
    }

    boolean known() {
        return value != null;
    }

    boolean isTrue() {
        return Boolean.TRUE.equals(value);
    }

    boolean isFalse() {
        return Boolean.FALSE.equals(value);
    }
}
