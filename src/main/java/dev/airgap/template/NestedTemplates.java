package dev.airgap.template;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The user's {@code <nestedTemplates>}: which local file is the template of a nested stack whose {@code TemplateURL}
 * is in S3 (as {@code aws cloudformation package} writes it). Each entry is {@code URL-or-glob=local file}; in the
 * glob {@code *} stands for any characters (slashes too) and {@code ?} for one. The files are named by the user, so
 * they are trusted like {@code <templates>}.
 */
public record NestedTemplates(List<Entry> entries) {

    public static final NestedTemplates NONE = new NestedTemplates(List.of());

    private static final String FORM = "URL-or-glob=local file, e.g. https://s3.amazonaws.com/bucket/*/vpc.yaml="
            + "templates/vpc.yaml";

    /** @param written the entry as configured, for messages */
    public record Entry(String written, Pattern url, Path file) {
    }

    public NestedTemplates {
        entries = List.copyOf(entries);
    }

    /**
     * @throws InputException for a malformed entry, naming it (by number and as an excerpt) and the form expected
     */
    public static NestedTemplates parse(List<String> written) {
        List<Entry> out = new ArrayList<>();
        int n = 0;
        for (String raw : written) {
            n++;
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String entry = raw.trim();
            // A URL may hold '=' (a query); a local file name hardly ever does.
            int eq = entry.lastIndexOf('=');
            String url = eq < 0 ? "" : entry.substring(0, eq).trim();
            String file = eq < 0 ? "" : entry.substring(eq + 1).trim();
            if (url.isEmpty() || file.isEmpty()) {
                throw malformed(n, entry, "is not of the form " + FORM);
            }
            try {
                out.add(new Entry(entry, Wildcard.pattern(url), Path.of(file)));
            } catch (InvalidPathException e) {
                throw malformed(n, entry, "does not end in a file path");
            }
        }
        return new NestedTemplates(out);
    }

    private static InputException malformed(int n, String entry, String what) {
        return new InputException(SourcePosition.of("<nestedTemplates>"), "entry " + n + " '" + Excerpt.of(entry)
                + "' " + what, "write each entry as " + FORM);
    }

    /** The first entry whose URL or glob matches the URL as written, if any. */
    Optional<Entry> match(String url) {
        return entries.stream().filter(e -> e.url().matcher(url).matches()).findFirst();
    }
}
