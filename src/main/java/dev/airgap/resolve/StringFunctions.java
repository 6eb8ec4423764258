package dev.airgap.resolve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.airgap.template.ListNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Fn::Join}, {@code Fn::Split}, {@code Fn::Base64} and {@code Fn::ToJsonString}. Strings that mix text with
 * deploy-time values become a {@link Value.Concat}, which {@code Fn::Split} can take apart again.
 */
final class StringFunctions {

    /** Immutable and thread-safe, unlike the mapper that makes it. */
    private static final ObjectWriter JSON = new ObjectMapper().writer();

    private StringFunctions() {
    }

    static void register(Map<String, IntrinsicFunction> table) {
        table.put("Fn::Join", StringFunctions::join);
        table.put("Fn::Split", StringFunctions::split);
        table.put("Fn::Base64", StringFunctions::base64);
        table.put("Fn::ToJsonString", StringFunctions::toJsonString);
    }

    private static Value join(Call call) {
        ListNode args = call.list(2, "[delimiter, [values]]");
        String delimiter = call.literal(args.get(0), "the delimiter");
        Value list = call.eval(args.get(1));
        if (!(list instanceof Value.ListValue items)) {
            return call.unknown(expression("Fn::Join", delimiter, list), notAList(list, "Fn::Join"));
        }
        List<Value> parts = new ArrayList<>();
        for (Value item : items.items()) {
            if (!StringParts.isString(item)) {
                return call.unknown(expression("Fn::Join", delimiter, list), "Fn::Join can only join strings, found "
                        + Render.brief(item));
            }
            if (!parts.isEmpty()) {
                parts.add(new Value.Text(delimiter));
            }
            parts.add(item);
        }
        return StringParts.concat(parts);
    }

    private static Value split(Call call) {
        ListNode args = call.list(2, "[delimiter, string]");
        String delimiter = call.literal(args.get(0), "the delimiter");
        Value source = call.eval(args.get(1));
        // Parts of a concatenation stay whole (that is what takes apart lists joined around physical IDs), but a
        // lone deploy-time string may well contain the delimiter, an ARN or a target group name for instance.
        // Only a physical ID split at commas is safe: IDs hold no commas.
        if (source instanceof Value.Unknown || source instanceof Value.Attr
                || source instanceof Value.Ref && !delimiter.equals(",")) {
            return call.compose(expression("Fn::Split", delimiter, source), source);
        }
        if (!StringParts.isString(source)) {
            return call.unknown(expression("Fn::Split", delimiter, source), "Fn::Split needs a string, found "
                    + Render.brief(source));
        }
        return new Value.ListValue(StringParts.split(source, delimiter));
    }

    private static String expression(String function, String delimiter, Value argument) {
        return function + "[" + Render.quote(delimiter) + ", " + Render.of(argument) + "]";
    }

    private static Value base64(Call call) {
        Value v = call.eval(call.argument());
        if (v instanceof Value.Text t) {
            return new Value.Text(Base64.getEncoder().encodeToString(t.value().getBytes(StandardCharsets.UTF_8)));
        }
        return call.compose("Fn::Base64 " + Render.of(v), v);
    }

    private static Value toJsonString(Call call) {
        Value v = call.eval(call.argument());
        Object plain = plain(v);
        if (plain == null) {
            return call.compose("Fn::ToJsonString " + Render.of(v), v);
        }
        try {
            return new Value.Text(JSON.writeValueAsString(plain));
        } catch (JsonProcessingException e) {
            return call.unknown("Fn::ToJsonString " + Render.of(v), "cannot be written as JSON: " + e.getMessage());
        }
    }

    /** The value as plain Java maps, lists and strings, or null when a part of it is not known text. */
    private static Object plain(Value v) {
        if (v instanceof Value.Text t) {
            return t.value();
        }
        if (v instanceof Value.ListValue l) {
            List<Object> out = new ArrayList<>();
            for (Value item : l.items()) {
                Object p = plain(item);
                if (p == null) {
                    return null;
                }
                out.add(p);
            }
            return out;
        }
        if (v instanceof Value.MapValue m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, Value> e : m.entries().entrySet()) {
                Object p = plain(e.getValue());
                if (p == null) {
                    return null;
                }
                out.put(e.getKey(), p);
            }
            return out;
        }
        return null;
    }

    /** The reason to report when a list was expected and something else came. */
    static String notAList(Value v, String function) {
        if (v instanceof Value.Unknown || v instanceof Value.Attr) {
            return StringParts.reason(v);
        }
        return function + " needs a list, found " + Render.brief(v);
    }
}
