package dev.airgap.resolve;

import dev.airgap.template.MapNode;
import dev.airgap.template.SourcePosition;
import java.util.Map;

/**
 * A resource after resolution.
 *
 * @param id            stack and logical ID
 * @param type          the CloudFormation type, e.g. {@code AWS::EC2::Subnet}
 * @param properties    resolved {@code Properties} ({@code AWS::NoValue} entries removed)
 * @param presence      ABSENT resources are not listed at all; UNKNOWN ones are, and the analysis must say so
 * @param presenceReason why presence is UNKNOWN, else empty
 * @param position      where the resource is declared
 * @param constructPath the CDK construct path, or {@code stack/logicalId} when there is none
 * @param metadata      the resource's raw {@code Metadata} (for suppressions), possibly empty
 */
public record Resource(ResourceId id, String type, Value.MapValue properties, Presence presence, String presenceReason,
                       SourcePosition position, String constructPath, MapNode metadata) {

    public Value property(String name) {
        return properties.get(name);
    }

    /** Tags as {@code Key -> Value} where both are known, in declaration order. */
    public Map<String, String> tags() {
        java.util.LinkedHashMap<String, String> out = new java.util.LinkedHashMap<>();
        Value tags = properties.get("Tags");
        if (tags instanceof Value.ListValue list) {
            for (Value item : list.items()) {
                if (item instanceof Value.MapValue m && m.get("Key") instanceof Value.Text k
                        && m.get("Value") instanceof Value.Text v) {
                    out.put(k.value(), v.value());
                }
            }
        }
        return out;
    }
}
