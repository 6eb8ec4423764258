package dev.airgap.resolve;

import dev.airgap.template.InputException;
import dev.airgap.template.SourcePosition;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * How big the values of a run are, counted as a later stage or a report would walk them: every item of every list,
 * every entry and key of every map, every part of every string and every character, a value that occurs twice
 * counted twice. Values are shared, not copied, so a template of a few lines can describe a value of 2^40
 * characters that takes no memory until something renders it; {@link #check} refuses such a value where it is
 * made. Sizes of composite values are remembered by identity, so checking a value costs its own items, not its
 * whole tree again.
 */
final class ValueSizes {

    /** The size of one value. */
    record Size(long items, long chars, int depth) {

        Size(long items, long chars) {
            this(items, chars, 1);
        }
    }

    /**
     * Thrown where a value is being built beyond a limit by code that does not know the template position (joining,
     * splitting); the function call that asked for it turns it into an {@link InputException} at its position.
     */
    static final class TooLarge extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Size size;

        TooLarge(Size size) {
            super(null, null, false, false);
            this.size = size;
        }

        InputException at(SourcePosition at) {
            return refusal(size, at);
        }
    }

    private final Map<Value, Size> known = new IdentityHashMap<>();

    /**
     * {@code value}, when it is within {@link EvaluationLimits}.
     *
     * @throws InputException at {@code at} when it is not
     */
    Value check(Value value, SourcePosition at) {
        Size s = of(value);
        if (exceeds(s)) {
            throw refusal(s, at);
        }
        return value;
    }

    static boolean exceeds(Size s) {
        return s.items() > EvaluationLimits.MAX_ITEMS || s.chars() > EvaluationLimits.MAX_CHARS
                || s.depth() > EvaluationLimits.MAX_DEPTH;
    }

    private static InputException refusal(Size s, SourcePosition at) {
        if (s.depth() > EvaluationLimits.MAX_DEPTH) {
            // Later stages and the reports walk values recursively, on whatever stack the build gives them.
            return new InputException(at, "the value built here is nested " + s.depth() + " deep (lists and maps "
                    + "inside one another), more than the limit of " + EvaluationLimits.MAX_DEPTH,
                    "no real template nests a value this deep; look for properties that wrap each other's "
                            + "values in a chain of references");
        }
        if (s.items() > EvaluationLimits.MAX_ITEMS) {
            return new InputException(at, "the value built here holds " + s.items() + " items (list items, map "
                    + "entries, string parts), more than the limit of " + EvaluationLimits.MAX_ITEMS,
                    "CloudFormation does not accept values this large; look for functions that repeat or multiply "
                            + "a value (Fn::Sub, Fn::Join, Fn::Split, Fn::Select over references to each other)");
        }
        return new InputException(at, "the value built here holds " + s.chars() + " characters, more than the "
                    + "limit of " + EvaluationLimits.MAX_CHARS + " (1 MiB)",
                    "CloudFormation does not accept values this large; look for functions that repeat or multiply "
                            + "a string (Fn::Sub, Fn::Join, Fn::Base64, Fn::ToJsonString over references to each "
                            + "other)");
    }

    Size of(Value value) {
        if (value instanceof Value.Text t) {
            return new Size(1, t.value().length());
        }
        if (value instanceof Value.Unknown u) {
            // The expression is what reports render and what unknowns are compared by.
            return new Size(1, u.expression().length());
        }
        if (value instanceof Value.Attr a) {
            return new Size(1, a.attribute().length() + a.qualifier().length());
        }
        if (!(value instanceof Value.ListValue || value instanceof Value.MapValue || value instanceof Value.Concat)) {
            return new Size(1, 0);
        }
        Size s = known.get(value);
        if (s == null) {
            s = composite(value);
            known.put(value, s);
        }
        return s;
    }

    private Size composite(Value value) {
        long items = 1;
        long chars = 0;
        int depth = 0;
        if (value instanceof Value.MapValue m) {
            for (Map.Entry<String, Value> e : m.entries().entrySet()) {
                Size s = of(e.getValue());
                items += s.items();
                chars += s.chars() + e.getKey().length();
                depth = Math.max(depth, s.depth());
            }
        } else {
            List<Value> children = value instanceof Value.ListValue l ? l.items() : ((Value.Concat) value).parts();
            for (Value child : children) {
                Size s = of(child);
                items += s.items();
                chars += s.chars();
                depth = Math.max(depth, s.depth());
            }
        }
        return new Size(items, chars, depth + 1);
    }
}
