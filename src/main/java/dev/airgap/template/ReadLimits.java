package dev.airgap.template;

/**
 * Limits that keep a hostile or broken file from hanging the build or exhausting memory. CloudFormation itself
 * accepts templates of at most 1 MB, so the defaults leave real templates far inside them.
 *
 * @param maxBytes       largest file read
 * @param maxNesting     deepest nesting of maps and lists
 * @param maxStringChars longest single string
 */
public record ReadLimits(int maxBytes, int maxNesting, int maxStringChars) {

    public static final ReadLimits DEFAULT = new ReadLimits(8 * 1024 * 1024, 200, 1024 * 1024);
}
