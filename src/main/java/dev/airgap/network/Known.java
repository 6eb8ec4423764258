package dev.airgap.network;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A value of the model that the templates either give ({@link #isKnown()}) or cannot give before deployment; then
 * {@link #reason()} says why, so that the path stage can answer UNKNOWN with that reason instead of guessing.
 */
public final class Known<T> {

    private final T value;
    private final String reason;

    private Known(T value, String reason) {
        this.value = value;
        this.reason = reason;
    }

    public static <T> Known<T> of(T value) {
        return new Known<>(Objects.requireNonNull(value, "value"), null);
    }

    public static <T> Known<T> unknown(String reason) {
        return new Known<>(null, Objects.requireNonNull(reason, "reason"));
    }

    public boolean isKnown() {
        return value != null;
    }

    /** The value; call only when {@link #isKnown()}. */
    public T get() {
        if (value == null) {
            throw new IllegalStateException("unknown value: " + reason);
        }
        return value;
    }

    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    public T orElse(T other) {
        return value != null ? value : other;
    }

    /** Why the value is unknown; empty when it is known. */
    public String reason() {
        return reason == null ? "" : reason;
    }

    public <U> Known<U> map(Function<T, U> f) {
        return value != null ? Known.of(f.apply(value)) : Known.unknown(reason);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Known<?> k && Objects.equals(value, k.value) && Objects.equals(reason, k.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, reason);
    }

    @Override
    public String toString() {
        return value != null ? String.valueOf(value) : "unknown(" + reason + ")";
    }
}
