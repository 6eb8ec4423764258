package dev.airgap.resolve;

/**
 * Bounds on what evaluating a template may cost, so that a hostile or broken template ends in a located
 * {@link dev.airgap.template.InputException} instead of a {@link StackOverflowError} or an
 * {@link OutOfMemoryError}. CloudFormation refuses templates whose values are this large or this deeply chained
 * long before airgap does; real templates (CDK's included) stay far inside these numbers.
 */
public final class EvaluationLimits {

    /**
     * The deepest an evaluation may nest: each function call, list or map evaluated inside another counts one
     * level, and so does each reference followed into another value (a parameter, a resource property through
     * {@code Fn::GetAtt} or {@code Fn::Sub}, an output through {@code Fn::ImportValue}, {@code Fn::GetStackOutput}
     * or a nested stack, a {@code Condition}). A value taken from one already evaluated counts as deep as its own
     * evaluation was, so the outcome does not depend on the order in which a template declares things.
     *
     * <p>The same number bounds how deeply lists and maps of a resolved value nest, for the later stages and
     * reports that walk values recursively.
     *
     * <p>The number keeps the Java stack of the evaluation near a quarter of a MiB: a link of a chain of references
     * costs some fifteen interpreted frames (about 4 KiB), and Maven runs mojos of a {@code -T} build on worker
     * threads with the default stack (1 MiB on x64); the evaluation of a chain just under the limit is tested on a
     * 512 KiB stack. A chain of {@code Fn::GetAtt} or {@code Fn::Sub} counts two levels a link (the call and the
     * value it reaches), so some 50 links pass; CDK's chains are a few links long.
     */
    public static final int MAX_DEPTH = 100;

    /** The most characters a value may hold, counting every string in it (1 MiB of characters). */
    public static final int MAX_CHARS = 1024 * 1024;

    /** The most values a value may hold: list items, map entries and the parts of strings, nested ones included. */
    public static final int MAX_ITEMS = 100_000;

    private EvaluationLimits() {
    }
}
