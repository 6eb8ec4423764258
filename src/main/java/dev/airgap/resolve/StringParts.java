package dev.airgap.resolve;

import dev.airgap.template.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/** Building and taking apart strings whose parts may be deploy-time values. */
final class StringParts {

    static final Value.Text EMPTY = new Value.Text("");

    private StringParts() {
    }

    /**
     * Joins string parts into the simplest equal value: nested concatenations flattened, neighbouring texts merged,
     * a single part returned as itself (joining one physical ID gives that ID), no parts giving the empty text.
     *
     * @throws ValueSizes.TooLarge before the text grows past {@link EvaluationLimits#MAX_CHARS} or the parts past
     *                             {@link EvaluationLimits#MAX_ITEMS}
     */
    static Value concat(List<Value> parts) {
        List<Value> flat = new ArrayList<>();
        StringBuilder text = null;
        long chars = 0;
        for (Value part : flatten(parts)) {
            if (part instanceof Value.Text t) {
                if (text == null) {
                    text = new StringBuilder();
                }
                chars += t.value().length();
                if (chars > EvaluationLimits.MAX_CHARS) {
                    throw new ValueSizes.TooLarge(new ValueSizes.Size(flat.size(), chars));
                }
                text.append(t.value());
            } else if (part != Value.NoValue.INSTANCE) {
                if (text != null && text.length() > 0) {
                    flat.add(new Value.Text(text.toString()));
                }
                text = null;
                flat.add(part);
            }
        }
        if (text != null && text.length() > 0) {
            flat.add(new Value.Text(text.toString()));
        }
        if (flat.isEmpty()) {
            return EMPTY;
        }
        return flat.size() == 1 ? flat.get(0) : new Value.Concat(flat);
    }

    private static List<Value> flatten(List<Value> parts) {
        List<Value> out = new ArrayList<>();
        for (Value p : parts) {
            if (p instanceof Value.Concat c) {
                out.addAll(c.parts());
            } else {
                out.add(p);
            }
            if (out.size() > EvaluationLimits.MAX_ITEMS) {
                throw new ValueSizes.TooLarge(new ValueSizes.Size(out.size(), 0));
            }
        }
        return out;
    }

    /**
     * Splits a string value at a delimiter. Only the known text parts are searched: a physical ID, an attribute or
     * an unknown is kept whole inside its piece, which is what lets {@code Fn::Split} take apart strings that
     * {@code Fn::Join} or {@code Fn::Sub} built around deploy-time values.
     *
     * @throws ValueSizes.TooLarge before the pieces grow past {@link EvaluationLimits#MAX_ITEMS}
     */
    static List<Value> split(Value value, String delimiter) {
        List<Value> pieces = new ArrayList<>();
        List<Value> current = new ArrayList<>();
        List<Value> parts = value instanceof Value.Concat c ? c.parts() : List.of(value);
        for (Value part : parts) {
            if (!(part instanceof Value.Text t)) {
                current.add(part);
                continue;
            }
            String s = t.value();
            int from = 0;
            int at;
            while (!delimiter.isEmpty() && (at = s.indexOf(delimiter, from)) >= 0) {
                current.add(new Value.Text(s.substring(from, at)));
                pieces.add(concat(current));
                if (pieces.size() > EvaluationLimits.MAX_ITEMS) {
                    throw new ValueSizes.TooLarge(new ValueSizes.Size(pieces.size(), 0));
                }
                current = new ArrayList<>();
                from = at + delimiter.length();
            }
            current.add(new Value.Text(s.substring(from)));
        }
        pieces.add(concat(current));
        return pieces;
    }

    /** Whether a value can stand in a string: text, a physical ID, an attribute, a concatenation or an unknown. */
    static boolean isString(Value v) {
        return v instanceof Value.Text || v instanceof Value.Ref || v instanceof Value.Attr
                || v instanceof Value.Concat || v instanceof Value.Unknown;
    }

    /** Why a value that is not plain text cannot be used as it is, for the reason of a composed unknown. */
    static String reason(Value v) {
        if (v instanceof Value.Unknown u) {
            return u.reason();
        }
        if (v instanceof Value.Attr a) {
            return a.target().logicalId() + "." + a.attribute() + " is known only after deployment";
        }
        if (v instanceof Value.Ref r) {
            return "the physical ID of " + r.target().logicalId() + " is known only after deployment";
        }
        List<Value.Unknown> unknowns = v.unknowns();
        if (!unknowns.isEmpty()) {
            return unknowns.get(0).reason();
        }
        if (v instanceof Value.Concat c) {
            for (Value part : c.parts()) {
                if (!(part instanceof Value.Text)) {
                    return reason(part);
                }
            }
        }
        return "the value " + Render.brief(v) + " is known only after deployment";
    }

    /** An unknown that applies a function to a value that is not known, keeping the first cause as the reason. */
    static Value.Unknown compose(String expression, Value cause, SourcePosition position) {
        return new Value.Unknown(expression, reason(cause), position);
    }
}
