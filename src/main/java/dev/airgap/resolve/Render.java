package dev.airgap.resolve;

import dev.airgap.template.Excerpt;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The canonical text of a value inside an {@link Value.Unknown}'s expression. Two unknowns stand for the same
 * deploy-time value exactly when their expressions are equal, so the rendering must not depend on how the template
 * spelled things (short or long form, JSON or YAML): it is built from resolved values only, and resources are named
 * by logical ID as the template author wrote them.
 */
final class Render {

    private Render() {
    }

    static String of(Value value) {
        StringBuilder sb = new StringBuilder();
        append(sb, value);
        return sb.toString();
    }

    /**
     * A short rendering for a reason or message: a reason is read by people, and one per unknown is kept, so it
     * quotes at most an excerpt of a value that may be as large as the limits allow.
     */
    static String brief(Value value) {
        return Excerpt.of(of(value));
    }

    static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    static String list(List<Value> items) {
        StringBuilder sb = new StringBuilder();
        appendList(sb, items);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Value value) {
        if (value instanceof Value.Text t) {
            sb.append(quote(t.value()));
        } else if (value instanceof Value.Unknown u) {
            sb.append(u.expression());
        } else if (value instanceof Value.Ref r) {
            sb.append("Ref ").append(r.target().logicalId());
        } else if (value instanceof Value.Attr a) {
            sb.append("Fn::GetAtt ").append(a.target().logicalId()).append('.').append(a.attribute());
            if (!a.qualifier().isEmpty()) {
                sb.append('[').append(a.qualifier()).append(']');
            }
        } else if (value instanceof Value.Concat c) {
            sb.append("Fn::Join['', ");
            appendList(sb, c.parts());
            sb.append(']');
        } else if (value instanceof Value.ListValue l) {
            appendList(sb, l.items());
        } else if (value instanceof Value.MapValue m) {
            sb.append('{');
            Iterator<Map.Entry<String, Value>> it = m.entries().entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<String, Value> e = it.next();
                sb.append(e.getKey()).append(": ");
                append(sb, e.getValue());
                if (it.hasNext()) {
                    sb.append(", ");
                }
            }
            sb.append('}');
        } else {
            sb.append("Ref AWS::NoValue");
        }
    }

    private static void appendList(StringBuilder sb, List<Value> items) {
        sb.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            append(sb, items.get(i));
        }
        sb.append(']');
    }
}
