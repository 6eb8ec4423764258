package dev.airgap.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airgap.resolve.Value;
import dev.airgap.template.Excerpt;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The AWS-managed prefix lists of S3 and DynamoDB by ID, per region: the bundled, sourced and dated
 * {@code aws-managed-prefix-lists.json}, read on first use. A rule or route naming {@code pl-63a5400a} in a
 * us-east-1 stack is then S3's public addresses. IDs are looked up per region because AWS reuses the same ID for
 * other lists in other regions; an ID the catalog does not list for the stack's region stays unknown.
 */
public final class PrefixListCatalog {

    static final String RESOURCE = "aws-managed-prefix-lists.json";
    private static final Pattern ID = Pattern.compile("pl-[0-9a-f]{8}(?:[0-9a-f]{9})?");

    /** One AWS-managed list: {@code com.amazonaws.REGION.SERVICE}, its ID there and the sources that state it. */
    public record Entry(String region, String service, String id, List<String> sources) {
        public Entry {
            sources = List.copyOf(sources);
        }

        public String name() {
            return "com.amazonaws." + region + "." + service;
        }
    }

    private final Map<String, List<Entry>> byId;

    private PrefixListCatalog(List<Entry> entries) {
        Map<String, List<Entry>> map = new HashMap<>();
        for (Entry e : entries) {
            map.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        this.byId = Map.copyOf(map);
    }

    /** The bundled catalog; read once, on first use, as it never changes while the JVM runs. */
    public static PrefixListCatalog bundled() {
        return Bundled.INSTANCE;
    }

    static PrefixListCatalog of(List<Entry> entries) {
        return new PrefixListCatalog(entries);
    }

    /**
     * The list {@code id} names in {@code region}; unknown, saying which ID and why, when the catalog cannot tell
     * (not listed, listed for other regions only, or the region itself unknown).
     */
    public Known<Entry> lookup(String region, String id) {
        String shown = "prefix list " + Excerpt.of(id);
        List<Entry> candidates = byId.getOrDefault(id, List.of());
        if (candidates.isEmpty()) {
            return Known.unknown(shown + " is not defined in the templates and is not in the bundled catalog of "
                    + "AWS-managed S3 and DynamoDB prefix lists (it may be customer-managed or another AWS-managed "
                    + "list)");
        }
        if (region == null) {
            return Known.unknown(shown + " is " + names(candidates) + " in the bundled catalog, but the stack's "
                    + "region is unknown and AWS-managed prefix-list IDs differ per region");
        }
        for (Entry e : candidates) {
            if (e.region().equals(region)) {
                return Known.of(e);
            }
        }
        return Known.unknown(shown + " is " + names(candidates) + " in the bundled catalog, not a list of " + region
                + " where this stack deploys; there the ID names another list or none");
    }

    private static String names(List<Entry> entries) {
        return String.join(" or ", entries.stream().map(Entry::name).toList());
    }

    /** The ID written as a literal (a parameter default included), or null when the value is not one. */
    static String literalId(Value v) {
        if (v instanceof Value.Text t && ID.matcher(t.value().trim()).matches()) {
            return t.value().trim();
        }
        return null;
    }

    private static final class Bundled {
        static final PrefixListCatalog INSTANCE = load();

        private static PrefixListCatalog load() {
            try (InputStream in = PrefixListCatalog.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the plugin");
                }
                List<Entry> entries = new ArrayList<>();
                for (JsonNode n : new ObjectMapper().readTree(in).path("lists")) {
                    List<String> sources = new ArrayList<>();
                    n.path("sources").forEach(s -> sources.add(s.asText()));
                    entries.add(new Entry(n.path("region").asText(), n.path("service").asText(),
                            n.path("id").asText(), sources));
                }
                return new PrefixListCatalog(entries);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled " + RESOURCE, e);
            }
        }
    }
}
