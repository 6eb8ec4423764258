package dev.airgap.path;

import dev.airgap.resolve.ResourceId;
import dev.airgap.resolve.Value;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The resources a property value hands over by {@code Ref} or {@code Fn::GetAtt}, at any depth of lists, maps and
 * joins: what a nested stack or an unmodelled resource is given to act on.
 */
final class HandedResources {

    private HandedResources() {
    }

    /**
     * @param attributes which {@code Fn::GetAtt} attributes count as handing the resource over
     */
    static void collect(Value value, Predicate<Value.Attr> attributes, Set<ResourceId> out) {
        if (value instanceof Value.Ref r) {
            out.add(r.target());
        } else if (value instanceof Value.Attr a && attributes.test(a)) {
            out.add(a.target());
        } else if (value instanceof Value.ListValue l) {
            l.items().forEach(v -> collect(v, attributes, out));
        } else if (value instanceof Value.MapValue m) {
            m.entries().values().forEach(v -> collect(v, attributes, out));
        } else if (value instanceof Value.Concat c) {
            c.parts().forEach(v -> collect(v, attributes, out));
        }
    }
}
