package dev.airgap.template;

/**
 * Limits that keep a hostile or broken file from hanging the build or exhausting memory. CloudFormation itself
 * accepts templates of at most 1 MB, so the defaults leave real templates far inside them.
 *
 * @param maxBytes        largest file read
 * @param maxNesting      deepest nesting of maps and lists
 * @param maxStringChars  longest single string or key
 * @param maxYamlLineChars longest line of a YAML file: SnakeYAML's time to scan a line grows with the square of its
 *                        length (a 4 MB comment line takes seconds), so long lines are refused before parsing
 */
public record ReadLimits(int maxBytes, int maxNesting, int maxStringChars, int maxYamlLineChars) {

    public static final ReadLimits DEFAULT = new ReadLimits(8 * 1024 * 1024, 200, 1024 * 1024, 128 * 1024);

    /** Limits with the default YAML line length. */
    public ReadLimits(int maxBytes, int maxNesting, int maxStringChars) {
        this(maxBytes, maxNesting, maxStringChars, DEFAULT.maxYamlLineChars());
    }
}
