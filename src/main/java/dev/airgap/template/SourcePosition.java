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

    /** False for {@link #UNKNOWN}: a value the analysis made up, or a component that is no resource of the run. */
    public boolean known() {
        return !equals(UNKNOWN);
    }

    /** {@code file:line} without the column (how reports cite a declaration), or the file when the line is unknown. */
    public String fileAndLine() {
        return line <= 0 ? file : file + ":" + line;
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
