package dev.airgap.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.airgap.cost.availability.AvailabilityVerdict;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes availability verdicts as a JSON array, sorted by region, service and type:
 * {@code [ { "service": "ssm", "type": "Interface", "region": "ap-northeast-3", "availability": "UNKNOWN",
 * "source": null, "reason": "…" } ]}.
 */
public final class AvailabilityJson {

    private AvailabilityJson() {
    }

    public static void write(List<AvailabilityVerdict> verdicts, JsonGenerator g) throws IOException {
        List<AvailabilityVerdict> sorted = new ArrayList<>(verdicts);
        sorted.sort(Comparator.comparing((AvailabilityVerdict v) -> v.region() == null ? "" : v.region())
                .thenComparing(AvailabilityVerdict::service).thenComparing(AvailabilityVerdict::type));
        g.writeStartArray();
        for (AvailabilityVerdict v : sorted) {
            g.writeStartObject();
            g.writeStringField("service", v.service());
            g.writeStringField("type", v.type().key());
            g.writeStringField("region", v.region());
            g.writeStringField("availability", v.availability().name());
            g.writeStringField("source", v.source());
            g.writeStringField("reason", v.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
