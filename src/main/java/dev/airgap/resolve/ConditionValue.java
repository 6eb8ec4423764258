package dev.airgap.resolve;

/**
 * The value of a condition: true, false, or not decidable before deployment (then {@code expression} renders the
 * condition and {@code reason} says which input is missing).
 */
record ConditionValue(Boolean value, String expression, String reason) {

    static final ConditionValue TRUE = new ConditionValue(Boolean.TRUE, "true", "");
    static final ConditionValue FALSE = new ConditionValue(Boolean.FALSE, "false", "");

    static ConditionValue of(boolean value) {
        return value ? TRUE : FALSE;
    }

    static ConditionValue unknown(String expression, String reason) {
        return new ConditionValue(null, expression, reason);
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
