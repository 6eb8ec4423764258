package dev.airgap.cost;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Where a price came from, so that a report can say which figures are the bundled research, which the user's own.
 *
 * @param origin   bundled catalog, a prices file, or the POM
 * @param location the catalog version, the file, or {@code <prices>}
 * @param sources  the documents behind the figure, each with its date where it has one
 */
public record Provenance(Origin origin, String location, List<SourceRef> sources) {

    public enum Origin {
        BUNDLED("bundled"), FILE("file"), POM("pom");

        private final String key;

        Origin(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** A document a figure rests on; {@code date} is null when the document shows none. */
    public record SourceRef(String id, String text, String date) {
        public SourceRef {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
        }
    }

    public Provenance {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(location, "location");
        sources = List.copyOf(sources);
    }

    /** One line for the console: {@code bundled 2026-11-28.1 [S10 2026-09-23, S11 2026-09-25]}. */
    public String summary() {
        if (sources.isEmpty()) {
            return origin.key() + " " + location;
        }
        return origin.key() + " " + location + " [" + sources.stream()
                .map(s -> s.date() == null ? s.id() + " undated" : s.id() + " " + s.date())
                .collect(Collectors.joining(", ")) + "]";
    }
}
