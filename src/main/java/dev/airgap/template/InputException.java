package dev.airgap.template;

/**
 * The one error type the analysis throws for input it cannot accept: a template it cannot read, a configuration it
 * cannot honour. It always carries where (as precisely as known), what is wrong and what to do, so the Maven layer can
 * print it as one line without a stack trace.
 */
public class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SourcePosition position;
    private final String problem;
    private final String hint;

    public InputException(SourcePosition position, String problem, String hint) {
        this(position, problem, hint, null);
    }

    public InputException(SourcePosition position, String problem, String hint, Throwable cause) {
        super(format(position, problem, hint), cause);
        this.position = position == null ? SourcePosition.UNKNOWN : position;
        this.problem = problem;
        this.hint = hint;
    }

    public SourcePosition position() {
        return position;
    }

    /** What is wrong, without the position. */
    public String problem() {
        return problem;
    }

    /** What the user can do about it; may be empty. */
    public String hint() {
        return hint == null ? "" : hint;
    }

    private static String format(SourcePosition position, String problem, String hint) {
        StringBuilder sb = new StringBuilder();
        sb.append(position == null ? SourcePosition.UNKNOWN : position).append(": ").append(problem);
        if (hint != null && !hint.isBlank()) {
            sb.append(". ").append(hint);
        }
        return sb.toString();
    }
}
