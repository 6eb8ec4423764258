package dev.airgap.policy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airgap.resolve.ResourceId;
import dev.airgap.resolve.Value;
import dev.airgap.template.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds resolved values from JSON the way the resolver would hand them over: {@code {"Ref": "X"}} is a
 * {@link Value.Ref} to {@code Stack/X}, {@code {"Fn::GetAtt": ["X", "Arn"]}} an {@link Value.Attr},
 * {@code {"Fn::Sub": "arn:${AWS::Partition}:s3:::${Bucket}/*"}} a {@link Value.Concat} whose pseudo parameters are
 * unknowns, {@code {"Unknown": "expr"}} an {@link Value.Unknown}. Single quotes are accepted to keep tests short.
 */
final class TestValues {

    static final String STACK = "Stack";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(JsonParser.Feature.ALLOW_SINGLE_QUOTES, true);
    private static final Pattern SUB = Pattern.compile("\\$\\{([^}]+)}");

    private TestValues() {
    }

    static ResourceId id(String logicalId) {
        return new ResourceId(STACK, logicalId);
    }

    static Value json(String json) {
        try {
            return value(MAPPER.readTree(json));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    static PolicyDocument doc(Layer layer, String name, String json) {
        return PolicyDocument.parse(PolicySource.of(layer, name), json(json));
    }

    static Value unknown(String expression) {
        return new Value.Unknown(expression, "test: " + expression, SourcePosition.UNKNOWN);
    }

    private static Value value(JsonNode n) {
        if (n.isObject() && n.size() == 1) {
            String key = n.fieldNames().next();
            JsonNode arg = n.get(key);
            switch (key) {
                case "Ref":
                    return arg.asText().startsWith("AWS::") ? unknown(arg.asText()) : new Value.Ref(id(arg.asText()));
                case "Fn::GetAtt":
                    return new Value.Attr(id(arg.get(0).asText()), arg.get(1).asText(), "");
                case "Fn::Sub":
                    return sub(arg.asText());
                case "Fn::Join":
                    List<Value> parts = new ArrayList<>();
                    String sep = arg.get(0).asText();
                    for (int i = 0; i < arg.get(1).size(); i++) {
                        if (i > 0 && !sep.isEmpty()) {
                            parts.add(new Value.Text(sep));
                        }
                        parts.add(value(arg.get(1).get(i)));
                    }
                    return concat(parts);
                case "Unknown":
                    return unknown(arg.asText());
                default:
                    break;
            }
        }
        if (n.isObject()) {
            Map<String, Value> m = new LinkedHashMap<>();
            n.fields().forEachRemaining(e -> m.put(e.getKey(), value(e.getValue())));
            return new Value.MapValue(m);
        }
        if (n.isArray()) {
            List<Value> items = new ArrayList<>();
            n.forEach(i -> items.add(value(i)));
            return new Value.ListValue(items);
        }
        return new Value.Text(n.asText());
    }

    private static Value sub(String template) {
        List<Value> parts = new ArrayList<>();
        Matcher m = SUB.matcher(template);
        int last = 0;
        while (m.find()) {
            parts.add(new Value.Text(template.substring(last, m.start())));
            String name = m.group(1);
            if (name.startsWith("!")) {
                parts.add(new Value.Text("${" + name.substring(1) + "}"));
            } else if (name.startsWith("AWS::")) {
                parts.add(unknown(name));
            } else if (name.contains(".")) {
                String[] p = name.split("\\.", 2);
                parts.add(new Value.Attr(id(p[0]), p[1], ""));
            } else {
                parts.add(new Value.Ref(id(name)));
            }
            last = m.end();
        }
        parts.add(new Value.Text(template.substring(last)));
        return concat(parts);
    }

    private static Value concat(List<Value> parts) {
        List<Value> out = new ArrayList<>();
        for (Value p : parts) {
            if (p instanceof Value.Text t && t.value().isEmpty()) {
                continue;
            }
            int lastIndex = out.size() - 1;
            if (p instanceof Value.Text t && lastIndex >= 0 && out.get(lastIndex) instanceof Value.Text prev) {
                out.set(lastIndex, new Value.Text(prev.value() + t.value()));
            } else {
                out.add(p);
            }
        }
        return out.size() == 1 ? out.get(0) : new Value.Concat(out);
    }
}
