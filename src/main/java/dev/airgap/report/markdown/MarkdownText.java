package dev.airgap.report.markdown;

/**
 * Markdown being written, with its size in UTF-8 bytes (what a job summary's limit counts), kept as it grows so that
 * a budget can be checked before each row rather than by encoding the whole text again.
 */
final class MarkdownText {

    private final StringBuilder text = new StringBuilder();
    private long bytes;

    long bytes() {
        return bytes;
    }

    void append(CharSequence s) {
        text.append(s);
        bytes += utf8Length(s);
    }

    /** Whether {@code s} would still fit under {@code limit} bytes. */
    boolean fits(CharSequence s, long limit) {
        return bytes + utf8Length(s) <= limit;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    static long utf8Length(CharSequence s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                // the pair is one four-byte character; the low half adds nothing of its own
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
