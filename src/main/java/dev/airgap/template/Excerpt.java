package dev.airgap.template;

/**
 * What a message may quote of text read from an input: a short prefix with control characters escaped. A file's
 * content must never reach a build log whole (a manifest can point at {@code /etc/passwd}), and a raw NUL or escape
 * sequence must not reach a terminal or a report.
 */
public final class Excerpt {

    /** The most code points of input text a message quotes. */
    public static final int MAX_CODE_POINTS = 60;

    private Excerpt() {
    }

    /** At most {@link #MAX_CODE_POINTS} code points of {@code text}, control characters as {@code \\uXXXX}. */
    public static String of(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder();
        int count = 0;
        int i = 0;
        while (i < text.length()) {
            if (count == MAX_CODE_POINTS) {
                return sb.append("… (").append(text.codePointCount(0, text.length())).append(" characters)")
                        .toString();
            }
            int cp = text.codePointAt(i);
            appendEscaped(sb, cp);
            i += Character.charCount(cp);
            count++;
        }
        return sb.toString();
    }

    /** The whole text with control characters escaped, for identifiers that reports print in full. */
    public static String escapeControls(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> appendEscaped(sb, cp));
        return sb.toString();
    }

    private static void appendEscaped(StringBuilder sb, int cp) {
        if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                || Character.getType(cp) == Character.LINE_SEPARATOR
                || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR) {
            sb.append(String.format("\\u%04X", cp));
        } else {
            sb.appendCodePoint(cp);
        }
    }
}
