package dev.airgap.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airgap.resolve.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain JSON (no intrinsic functions) as a resolved {@link Value}, for the bundled policy documents. */
final class JsonValues {

    private JsonValues() {
    }

    static Value toValue(JsonNode node) {
        if (node.isObject()) {
            Map<String, Value> entries = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> entries.put(e.getKey(), toValue(e.getValue())));
            return new Value.MapValue(entries);
        }
        if (node.isArray()) {
            List<Value> items = new ArrayList<>();
            node.forEach(n -> items.add(toValue(n)));
            return new Value.ListValue(items);
        }
        return new Value.Text(node.asText());
    }
}
