package dev.airgap.template;

/**
 * The one error type the analysis throws for input it cannot accept: a template it cannot read, a configuration it
 * cannot honour. It always carries where (as precisely as known), what is wrong and what to do, so the Maven layer can
 * print it as one line without a stack trace.
 */
public class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The longest problem or hint, in characters; real messages stay far below it. */
    static final int MAX_CHARS = 600;

    private final transient SourcePosition position;
    private final String problem;
    private final String hint;

    public InputException(SourcePosition position, String problem, String hint) {
        this(position, problem, hint, null);
    }

    public InputException(SourcePosition position, String problem, String hint, Throwable cause) {
        this(position == null ? SourcePosition.UNKNOWN : position, bounded(problem), bounded(hint), cause, true);
    }

    private InputException(SourcePosition position, String problem, String hint, Throwable cause, boolean bounded) {
        super(format(position, problem, hint), cause);
        this.position = position;
        this.problem = problem;
        this.hint = hint;
    }

    /**
     * The last guard of "no file's content in the build log": whatever a message quotes from the input, it stays one
     * line without control characters and of bounded length, even where a caller quoted a value whole.
     */
    private static String bounded(String text) {
        if (text == null) {
            return null;
        }
        String line = Excerpt.escapeControls(text);
        if (line.length() <= MAX_CHARS) {
            return line;
        }
        int cut = Character.isHighSurrogate(line.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return line.substring(0, cut) + "… (" + (line.length() - cut) + " more characters)";
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
