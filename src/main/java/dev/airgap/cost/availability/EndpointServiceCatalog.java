package dev.airgap.cost.availability;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.airgap.cost.CatalogFormatException;
import dev.airgap.cost.Provenance;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Endpoint services per region, with sources. File format ({@code endpoint-services.json} beside this class is the
 * bundled one; the refresh writes the same shape):
 * <pre>
 * { "formatVersion": 1, "catalogVersion": "…", "compiled": "…", "notes": [ … ],
 *   "sources": { "A01": { "text": "…", "date": "2024-03" } },
 *   "services": { "s3": { "types": ["Gateway", "Interface"], "sources": ["K01"] } },
 *   "regions": { "us-west-1": { "complete": false, "sources": ["A01"], "fact": "…",
 *                               "Gateway": { "available": ["s3"], "notAvailable": [] },
 *                               "Interface": { "available": ["s3"] } } } }
 * </pre>
 * {@code complete: true} means the region's lists name every service there (a refresh from the EC2 API), so a
 * service not named is not available.
 */
public record EndpointServiceCatalog(String version, String compiled, List<String> notes,
                                     Map<String, ServiceInfo> services, Map<String, RegionServices> regions) {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static volatile EndpointServiceCatalog bundled;

    /** A service the catalog knows, with the endpoint types it offers anywhere. */
    public record ServiceInfo(String name, Set<EndpointType> types, List<Provenance.SourceRef> sources) {
        public ServiceInfo {
            types = Collections.unmodifiableSet(types.isEmpty() ? EnumSet.noneOf(EndpointType.class)
                    : EnumSet.copyOf(types));
            sources = List.copyOf(sources);
        }
    }

    /**
     * What is known of one region.
     *
     * @param fact a dated fact about the region's endpoint services that names no service (the article's counts for
     *             ap-northeast-3), shown with every answer for the region that is not AVAILABLE; null if none
     */
    public record RegionServices(String region, boolean complete, Map<EndpointType, Set<String>> available,
                                 Map<EndpointType, Set<String>> notAvailable, List<Provenance.SourceRef> sources,
                                 String fact) {
        public RegionServices {
            available = freeze(available);
            notAvailable = freeze(notAvailable);
            sources = List.copyOf(sources);
        }

        public RegionServices(String region, boolean complete, Map<EndpointType, Set<String>> available,
                              Map<EndpointType, Set<String>> notAvailable, List<Provenance.SourceRef> sources) {
            this(region, complete, available, notAvailable, sources, null);
        }

        /** This region's lists with {@code fact}, unless it has a fact of its own. */
        RegionServices withFactIfNone(String otherFact) {
            return fact != null || otherFact == null ? this
                    : new RegionServices(region, complete, available, notAvailable, sources, otherFact);
        }

        private static Map<EndpointType, Set<String>> freeze(Map<EndpointType, Set<String>> m) {
            EnumMap<EndpointType, Set<String>> out = new EnumMap<>(EndpointType.class);
            m.forEach((k, v) -> out.put(k, Collections.unmodifiableSet(new TreeSet<>(v))));
            return Collections.unmodifiableMap(out);
        }

        public Set<String> available(EndpointType t) {
            return available.getOrDefault(t, Set.of());
        }

        public Set<String> notAvailable(EndpointType t) {
            return notAvailable.getOrDefault(t, Set.of());
        }
    }

    public EndpointServiceCatalog {
        notes = List.copyOf(notes);
        services = Collections.unmodifiableMap(new TreeMap<>(services));
        regions = Collections.unmodifiableMap(new TreeMap<>(regions));
    }

    public static EndpointServiceCatalog bundled() {
        EndpointServiceCatalog c = bundled;
        if (c == null) {
            try (InputStream in = EndpointServiceCatalog.class.getResourceAsStream(
                    "/dev/airgap/cost/endpoint-services.json")) {
                c = read(in, "bundled endpoint service catalog");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundled = c;
        }
        return c;
    }

    public static EndpointServiceCatalog read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, "endpoint service catalog " + file);
        }
    }

    public Optional<RegionServices> region(String region) {
        return Optional.ofNullable(region == null ? null : regions.get(region));
    }

    public Optional<ServiceInfo> service(String name) {
        return Optional.ofNullable(services.get(name));
    }

    /** Regions of {@code over} replace this catalog's; services are merged, types added up. */
    public EndpointServiceCatalog overlaidWith(EndpointServiceCatalog over) {
        Map<String, ServiceInfo> s = new TreeMap<>(services);
        over.services.forEach((name, info) -> s.merge(name, info, (a, b) -> {
            EnumSet<EndpointType> types = EnumSet.noneOf(EndpointType.class);
            types.addAll(a.types());
            types.addAll(b.types());
            List<Provenance.SourceRef> refs = new ArrayList<>(a.sources());
            b.sources().stream().filter(r -> !refs.contains(r)).forEach(refs::add);
            return new ServiceInfo(name, types, refs);
        }));
        Map<String, RegionServices> r = new TreeMap<>(regions);
        // A refreshed region replaces the bundled one's lists; the bundled fact about it still holds.
        over.regions.forEach((name, region) -> r.put(name, region.withFactIfNone(
                regions.containsKey(name) ? regions.get(name).fact() : null)));
        List<String> n = new ArrayList<>(notes);
        n.addAll(over.notes);
        return new EndpointServiceCatalog(version + "+" + over.version, over.compiled, n, s, r);
    }

    static EndpointServiceCatalog read(InputStream in, String where) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CatalogFormatException(where + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.path("regions").isObject()) {
            throw new CatalogFormatException(where + ": expected an object with \"regions\"");
        }
        Map<String, Provenance.SourceRef> sources = new LinkedHashMap<>();
        root.path("sources").fields().forEachRemaining(e -> sources.put(e.getKey(), new Provenance.SourceRef(
                e.getKey(), e.getValue().path("text").asText(""),
                e.getValue().path("date").isTextual() ? e.getValue().path("date").asText() : null)));
        Map<String, ServiceInfo> services = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : fields(root.path("services"))) {
            EnumSet<EndpointType> types = EnumSet.noneOf(EndpointType.class);
            for (JsonNode t : e.getValue().path("types")) {
                types.add(type(t.asText(), where + ": services." + e.getKey()));
            }
            services.put(e.getKey(), new ServiceInfo(e.getKey(), types,
                    refs(e.getValue().path("sources"), sources, where + ": services." + e.getKey())));
        }
        Map<String, RegionServices> regions = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : fields(root.path("regions"))) {
            String at = where + ": regions." + e.getKey();
            Map<EndpointType, Set<String>> available = new EnumMap<>(EndpointType.class);
            Map<EndpointType, Set<String>> notAvailable = new EnumMap<>(EndpointType.class);
            for (EndpointType t : EndpointType.values()) {
                JsonNode lists = e.getValue().path(t.key());
                available.put(t, names(lists.path("available")));
                notAvailable.put(t, names(lists.path("notAvailable")));
            }
            regions.put(e.getKey(), new RegionServices(e.getKey(), e.getValue().path("complete").asBoolean(false),
                    available, notAvailable, refs(e.getValue().path("sources"), sources, at),
                    e.getValue().path("fact").isTextual() ? e.getValue().path("fact").asText() : null));
        }
        List<String> notes = new ArrayList<>();
        root.path("notes").forEach(n -> notes.add(n.asText()));
        return new EndpointServiceCatalog(root.path("catalogVersion").asText("user"),
                root.path("compiled").asText(null), notes, services, regions);
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode n) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        n.fields().forEachRemaining(out::add);
        return out;
    }

    private static Set<String> names(JsonNode list) {
        Set<String> out = new TreeSet<>();
        list.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static EndpointType type(String key, String at) throws CatalogFormatException {
        return EndpointType.byKey(key).orElseThrow(() -> new CatalogFormatException(at + ": unknown endpoint type '"
                + key + "' (expected Gateway or Interface)"));
    }

    private static List<Provenance.SourceRef> refs(JsonNode ids, Map<String, Provenance.SourceRef> sources,
                                                   String at) throws CatalogFormatException {
        List<Provenance.SourceRef> out = new ArrayList<>();
        for (JsonNode id : ids) {
            Provenance.SourceRef s = sources.get(id.asText());
            if (s == null) {
                throw new CatalogFormatException(at + ": source " + id.asText() + " is not defined in \"sources\"");
            }
            out.add(s);
        }
        return out;
    }

    /** Writes the catalog in the format above, in a fixed order. */
    public void write(OutputStream out) throws IOException {
        Map<String, Provenance.SourceRef> used = new TreeMap<>();
        services.values().forEach(s -> s.sources().forEach(r -> used.put(r.id(), r)));
        regions.values().forEach(r -> r.sources().forEach(s -> used.put(s.id(), s)));
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("formatVersion", 1);
            g.writeStringField("catalogVersion", version);
            g.writeStringField("compiled", compiled);
            g.writeArrayFieldStart("notes");
            for (String n : notes) {
                g.writeString(n);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("sources");
            for (Provenance.SourceRef s : used.values()) {
                g.writeObjectFieldStart(s.id());
                g.writeStringField("text", s.text());
                g.writeStringField("date", s.date());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeObjectFieldStart("services");
            for (ServiceInfo s : services.values()) {
                g.writeObjectFieldStart(s.name());
                g.writeArrayFieldStart("types");
                for (EndpointType t : s.types()) {
                    g.writeString(t.key());
                }
                g.writeEndArray();
                ids(g, s.sources());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeObjectFieldStart("regions");
            for (RegionServices r : regions.values()) {
                g.writeObjectFieldStart(r.region());
                g.writeBooleanField("complete", r.complete());
                ids(g, r.sources());
                if (r.fact() != null) {
                    g.writeStringField("fact", r.fact());
                }
                for (EndpointType t : EndpointType.values()) {
                    g.writeObjectFieldStart(t.key());
                    names(g, "available", r.available(t));
                    names(g, "notAvailable", r.notAvailable(t));
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void ids(JsonGenerator g, List<Provenance.SourceRef> refs) throws IOException {
        g.writeArrayFieldStart("sources");
        for (Provenance.SourceRef r : refs) {
            g.writeString(r.id());
        }
        g.writeEndArray();
    }

    private static void names(JsonGenerator g, String field, Set<String> names) throws IOException {
        g.writeArrayFieldStart(field);
        for (String n : names) {
            g.writeString(n);
        }
        g.writeEndArray();
    }
}
