package dev.airgap.network;

import dev.airgap.resolve.ResourceId;
import dev.airgap.resolve.Value;
import dev.airgap.template.Excerpt;
import java.util.ArrayList;
import java.util.List;

/** Reading resolved property values into model values, keeping every unknown with its reason. */
final class PropertyValues {

    private PropertyValues() {
    }

    static boolean absent(Value v) {
        return v == null || v == Value.NoValue.INSTANCE;
    }

    /** A human rendering of a value, for reasons and messages. */
    static String describe(Value v) {
        if (absent(v)) {
            return "(absent)";
        }
        if (v instanceof Value.Text t) {
            return "'" + t.value() + "'";
        }
        if (v instanceof Value.Ref r) {
            return "the ID of " + r.target().logicalId();
        }
        if (v instanceof Value.Attr a) {
            return a.target().logicalId() + "." + a.attribute()
                    + (a.qualifier().isEmpty() ? "" : "[" + a.qualifier() + "]");
        }
        if (v instanceof Value.Unknown u) {
            return u.expression();
        }
        if (v instanceof Value.Concat c) {
            return render(c);
        }
        if (v instanceof Value.ListValue l) {
            return "a list of " + l.items().size();
        }
        return "a map";
    }

    /** Why a value is not a plain known scalar. */
    static String whyUnknown(Value v, String what) {
        if (v instanceof Value.Unknown u) {
            return what + " is " + u.expression() + ", unknown before deployment: " + u.reason();
        }
        if (v instanceof Value.Attr a) {
            return what + " is the deploy-time attribute " + describe(a);
        }
        if (v instanceof Value.Concat c) {
            return what + " '" + render(c) + "' has parts unknown before deployment";
        }
        if (v instanceof Value.Ref r) {
            return what + " is the ID of " + r.target() + ", not a literal";
        }
        return what + " is " + describe(v);
    }

    /** A {@link Value.Concat} with unknown parts written as {@code ${expression}}. */
    static String render(Value.Concat c) {
        StringBuilder sb = new StringBuilder();
        for (Value p : c.parts()) {
            if (p instanceof Value.Text t) {
                sb.append(t.value());
            } else if (p instanceof Value.Unknown u) {
                sb.append("${").append(u.expression()).append('}');
            } else {
                sb.append("${").append(describe(p)).append('}');
            }
        }
        return sb.toString();
    }

    static Known<String> string(Value v, String what) {
        if (v instanceof Value.Text t) {
            return Known.of(t.value());
        }
        if (absent(v)) {
            return Known.unknown(what + " is not given");
        }
        return Known.unknown(whyUnknown(v, what));
    }

    /** A reference to a resource of the run. A literal ID ({@code subnet-0abc}) names something outside the run. */
    static Known<ResourceId> ref(Value v, String what) {
        if (v instanceof Value.Ref r) {
            return Known.of(r.target());
        }
        if (absent(v)) {
            return Known.unknown(what + " is not given");
        }
        if (v instanceof Value.Text t) {
            return Known.unknown(what + " '" + t.value() + "' names a resource outside the analysed templates");
        }
        return Known.unknown(whyUnknown(v, what));
    }

    static Known<Boolean> bool(Value v, boolean whenAbsent, String what) {
        if (absent(v)) {
            return Known.of(whenAbsent);
        }
        if (v instanceof Value.Text t) {
            if (t.isTrue() || "false".equalsIgnoreCase(t.value())) {
                return Known.of(t.isTrue());
            }
            // Reading other text as false would turn a typo or a quoted 'yes' into a private verdict.
            return Known.unknown((what.isEmpty() ? "the value " : what + " ") + Excerpt.of("'" + t.value() + "'")
                    + " is neither true nor false");
        }
        return Known.unknown(whyUnknown(v, what));
    }

    /**
     * The items of a list property: absent gives an empty list, a list whose length cannot be known gives one unknown
     * entry carrying the reason (so callers see "there may be more").
     */
    static List<Value> items(Value v) {
        if (absent(v)) {
            return List.of();
        }
        if (v instanceof Value.ListValue l) {
            List<Value> out = new ArrayList<>();
            for (Value item : l.items()) {
                if (!absent(item)) {
                    out.add(item);
                }
            }
            return out;
        }
        if (v instanceof Value.Text t && t.value().contains(",")) {
            // CommaDelimitedList parameters resolved to one string.
            List<Value> out = new ArrayList<>();
            for (String s : t.value().split(",")) {
                out.add(new Value.Text(s.trim()));
            }
            return out;
        }
        return List.of(v);
    }

    static List<Known<ResourceId>> refs(Value v, String what) {
        List<Known<ResourceId>> out = new ArrayList<>();
        for (Value item : items(v)) {
            out.add(ref(item, what));
        }
        return out;
    }

    static Value.MapValue map(Value v) {
        return v instanceof Value.MapValue m ? m : null;
    }

    static int integer(Value v, int whenUnknown) {
        if (v instanceof Value.Text t) {
            try {
                return Integer.parseInt(t.value().trim());
            } catch (NumberFormatException e) {
                return whenUnknown;
            }
        }
        return whenUnknown;
    }

    /** Normalises an IP protocol: names and numbers for TCP/UDP/ICMP become names; -1/all stays -1. */
    static String protocol(Value v) {
        if (!(v instanceof Value.Text t)) {
            return null;
        }
        String p = t.value().trim().toLowerCase(java.util.Locale.ROOT);
        switch (p) {
            case "-1": case "all": return "-1";
            case "6": case "tcp": return "tcp";
            case "17": case "udp": return "udp";
            case "1": case "icmp": return "icmp";
            case "58": case "icmpv6": return "icmpv6";
            default: return p;
        }
    }
}
