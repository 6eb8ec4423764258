package dev.airgap.template;

import java.util.Objects;

/**
 * Where a node stands in a template file, for messages of the form {@code file:line:column}.
 * Lines and columns are 1-based; 0 means "not known" (for example for values synthesised by the analysis).
 */
public record SourcePosition(String file, int line, int column) {

    public static final SourcePosition UNKNOWN = new SourcePosition("<unknown>", 0, 0);

    public SourcePosition {
        Objects.requireNonNull(file, "file");
    }

    public static SourcePosition of(String file) {
        return new SourcePosition(file, 0, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
