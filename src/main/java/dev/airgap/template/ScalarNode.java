package dev.airgap.template;

/**
 * A scalar. CloudFormation compares values as strings ({@code true}, {@code "true"} and {@code True} mean the same to
 * most properties), so the text is kept as written and the kind says how the source spelled it; only a
 * {@link Kind#BOOLEAN}'s text is normalised to {@code true} or {@code false}, since YAML 1.1 spells booleans many ways
 * ({@code yes}, {@code Off}, {@code n}) that CloudFormation reads as booleans. {@code value} is null only for
 * {@link Kind#NULL}.
 */
public record ScalarNode(String value, Kind kind, SourcePosition position) implements Node {

    public enum Kind { STRING, NUMBER, BOOLEAN, NULL }

    public static ScalarNode string(String value, SourcePosition position) {
        return new ScalarNode(value, Kind.STRING, position);
    }

    public boolean isNull() {
        return kind == Kind.NULL;
    }

    @Override
    public String describe() {
        // Messages quote this, and a scalar can be a whole file read by mistake (/etc/passwd is one plain scalar).
        return isNull() ? "null" : kind == Kind.STRING ? "the string '" + Excerpt.of(value) + "'" : Excerpt.of(value);
    }
}
