package dev.airgap.template;

/**
 * Limits on what one load may read beyond a single template ({@link ReadLimits} bounds each template): they keep a
 * hostile cloud assembly or folder from exhausting memory or recursing without end. Real applications stay far
 * inside them: CloudFormation allows 2,000 stacks per account and region, and {@code cdk synth} nests stage
 * assemblies a few levels deep.
 *
 * @param manifestBytes    largest {@code manifest.json} read
 * @param treeBytes        largest {@code tree.json} read (the construct tree of a big app is its largest file)
 * @param assemblyDepth    deepest nesting of cloud assemblies (CDK stages in stages), the top assembly being 1
 * @param nestedStackDepth deepest nesting of nested stacks below a stack
 * @param stacks           most stacks one run analyses, nested stacks included
 * @param totalBytes       most template bytes one run analyses; a file that backs two stacks counts twice, so that
 *                         a small manifest cannot multiply one large template into thousands of stacks
 */
public record LoadLimits(long manifestBytes, long treeBytes, int assemblyDepth, int nestedStackDepth, int stacks,
                         long totalBytes) {

    public static final LoadLimits DEFAULT = new LoadLimits(64L << 20, 64L << 20, 16, 32, 10_000, 512L << 20);
}
