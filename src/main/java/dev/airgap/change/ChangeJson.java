package dev.airgap.change;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes {@code changes} of {@code airgap.json}: the baseline, the counts per effect, and each change with its
 * kind, effect, what it is about (stack, subnet, construct path, region, service where it concerns a subnet) and
 * the two states in words; regressions first, then improvements, then the other changes, as the reports list them.
 */
public final class ChangeJson {

    private ChangeJson() {
    }

    /** Writes the {@code changes} field into the object being written. */
    public static void write(JsonGenerator g, Changes changes) throws IOException {
        g.writeObjectFieldStart("changes");
        g.writeStringField("baseline", changes.baseline());
        g.writeNumberField("regressions", changes.regressions().size());
        g.writeNumberField("improvements", changes.improvements().size());
        g.writeNumberField("others", changes.others().size());
        g.writeArrayFieldStart("items");
        for (Change c : changes.regressions()) {
            item(g, c);
        }
        for (Change c : changes.improvements()) {
            item(g, c);
        }
        for (Change c : changes.others()) {
            item(g, c);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void item(JsonGenerator g, Change c) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", c.kind());
        g.writeStringField("effect", c.effect().name());
        SubnetRef subnet = subnet(c);
        if (subnet != null) {
            g.writeStringField("stack", subnet.stack());
            g.writeStringField("subnet", subnet.logicalId());
            g.writeStringField("path", subnet.path());
            g.writeStringField("region", subnet.region());
        }
        String service = c instanceof Change.ServiceAccess a ? a.service()
                : c instanceof Change.BucketScope b ? b.service()
                : c instanceof Change.OnPremises o ? o.service() : null;
        if (service != null) {
            g.writeStringField("service", service);
        }
        g.writeStringField("what", c.what());
        g.writeStringField("before", c.before());
        g.writeStringField("after", c.after());
        g.writeStringField("message", c.message());
        g.writeEndObject();
    }

    private static SubnetRef subnet(Change c) {
        return c instanceof Change.OfSubnet s ? s.subnet() : null;
    }
}
