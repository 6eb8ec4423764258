package dev.airgap.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The AZ names {@code Fn::GetAZs} returns per region: the bundled list ({@code availability-zones.json}, which
 * names its sources and date) with the user's per-region overrides on top. Immutable.
 */
final class AvailabilityZones {

    static final String RESOURCE = "availability-zones.json";

    private final Map<String, List<String>> byRegion;

    private AvailabilityZones(Map<String, List<String>> byRegion) {
        this.byRegion = Map.copyOf(byRegion);
    }

    /** The bundled list; read once, as it never changes while the JVM runs. */
    static AvailabilityZones bundled() {
        return Bundled.INSTANCE;
    }

    AvailabilityZones withOverrides(Map<String, List<String>> overrides) {
        if (overrides.isEmpty()) {
            return this;
        }
        Map<String, List<String>> merged = new HashMap<>(byRegion);
        overrides.forEach((region, zones) -> merged.put(region, List.copyOf(zones)));
        return new AvailabilityZones(merged);
    }

    Optional<List<String>> of(String region) {
        return Optional.ofNullable(byRegion.get(region));
    }

    private static final class Bundled {
        static final AvailabilityZones INSTANCE = load();

        private static AvailabilityZones load() {
            try (InputStream in = AvailabilityZones.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the plugin");
                }
                JsonNode regions = new ObjectMapper().readTree(in).path("regions");
                Map<String, List<String>> map = new HashMap<>();
                for (Map.Entry<String, JsonNode> e : regions.properties()) {
                    List<String> zones = new ArrayList<>();
                    e.getValue().forEach(z -> zones.add(z.asText()));
                    map.put(e.getKey(), List.copyOf(zones));
                }
                return new AvailabilityZones(map);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled " + RESOURCE, e);
            }
        }
    }
}
