package dev.airgap.template;

/**
 * A scalar. CloudFormation compares values as strings ({@code true}, {@code "true"} and {@code True} mean the same to
 * most properties), so the text is kept as written and the kind says how the source spelled it.
 * {@code value} is null only for {@link Kind#NULL}.
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
        return isNull() ? "null" : kind == Kind.STRING ? "the string '" + value + "'" : value;
    }
}
