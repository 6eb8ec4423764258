package dev.airgap.network;

import java.util.Objects;

/**
 * An availability zone as the templates give it: a known name ({@code us-west-2a}) or the canonical expression of a
 * deploy-time value ({@code Fn::Select[0, Fn::GetAZs '']}). Two zones with the same expression in the same stack
 * and region are the same zone; a zone that is neither known nor an expression is {@link #unspecified()}
 * (AWS picks one at deployment).
 *
 * @param name       the zone name, or null
 * @param expression the canonical expression of the unknown value, or null
 * @param stack      the stack the expression belongs to (expressions only compare within a stack)
 */
public record Az(String name, String expression, String stack) {

    public static Az named(String name) {
        return new Az(name, null, null);
    }

    public static Az expression(String expression, String stack) {
        return new Az(null, expression, stack);
    }

    public static Az unspecified() {
        return new Az(null, null, null);
    }

    public boolean known() {
        return name != null;
    }

    /** TRUE/FALSE when the templates say whether both are the same zone, null when they cannot. */
    public Boolean sameAs(Az other) {
        if (name != null && other.name != null) {
            return name.equals(other.name);
        }
        if (expression != null && other.expression != null && Objects.equals(stack, other.stack)
                && expression.equals(other.expression)) {
            return Boolean.TRUE;
        }
        return null;
    }

    /** The zone for reports: its name, else the expression, else null. */
    public String display() {
        return name != null ? name : expression;
    }

    /** Whether {@code qualifier} (a zone name or expression, as carried by a per-AZ attribute) names this zone. */
    public boolean matches(String qualifier) {
        return qualifier != null && (qualifier.equals(name) || qualifier.equals(expression));
    }
}
