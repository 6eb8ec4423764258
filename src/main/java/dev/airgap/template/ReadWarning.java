package dev.airgap.template;

/**
 * Something a template says that CloudFormation accepts but that deserves fixing (a key written twice in one map).
 * The analysis goes on; the warning reaches the build log, {@code airgap.json} and SARIF.
 *
 * @param position where the warning is (for a repeated key: its second occurrence)
 * @param message  what is wrong and what to do, quoting the file only as an {@link Excerpt}; without the position
 * @param related  the other place it concerns (for a repeated key: its first occurrence), or null
 */
public record ReadWarning(SourcePosition position, String message, SourcePosition related) {

    @Override
    public String toString() {
        return position + ": " + message;
    }
}
