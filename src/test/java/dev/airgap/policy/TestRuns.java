package dev.airgap.policy;

import dev.airgap.resolve.Presence;
import dev.airgap.resolve.ResolvedRun;
import dev.airgap.resolve.ResolvedStack;
import dev.airgap.resolve.Resource;
import dev.airgap.resolve.Value;
import dev.airgap.template.MapNode;
import dev.airgap.template.SourcePosition;
import dev.airgap.template.StackTemplate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A one-stack resolved run from a JSON {@code Resources} section written with {@link TestValues}' conventions. */
final class TestRuns {

    private TestRuns() {
    }

    static ResolvedRun run(String region, String account, String resourcesJson) {
        Value.MapValue resources = (Value.MapValue) TestValues.json(resourcesJson);
        Map<String, Resource> out = new LinkedHashMap<>();
        MapNode empty = new MapNode(Map.of(), SourcePosition.UNKNOWN);
        for (Map.Entry<String, Value> e : resources.entries().entrySet()) {
            Value.MapValue r = (Value.MapValue) e.getValue();
            Value.MapValue props = r.get("Properties") instanceof Value.MapValue p ? p : new Value.MapValue(Map.of());
            Presence presence = r.has("Unsure") ? Presence.UNKNOWN : Presence.PRESENT;
            out.put(e.getKey(), new Resource(TestValues.id(e.getKey()), ((Value.Text) r.get("Type")).value(), props,
                    presence, presence == Presence.UNKNOWN ? "condition IsProd is not known" : "",
                    SourcePosition.UNKNOWN, TestValues.STACK + "/" + e.getKey(), empty));
        }
        StackTemplate t = new StackTemplate(TestValues.STACK, "Stack.template.json", empty, region, account, Map.of(),
                null, null);
        return new ResolvedRun(List.of(new ResolvedStack(t, region, out, Map.of(), Map.of())));
    }
}
