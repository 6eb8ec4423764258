package dev.airgap.need;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The AWS documentation page a need was read from, and when.
 *
 * @param read the day the page was read (ISO date); AWS changes its pages, so a reader can tell how old the fact is
 */
public record Source(String url, String title, String read) {

    private static final String AWS_DOCS = "https://docs.aws.amazon.com/";

    public Source {
        if (url == null || !url.startsWith(AWS_DOCS)) {
            throw new IllegalArgumentException("a source's \"url\" must be an AWS documentation page (" + AWS_DOCS
                    + "…)");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a source needs a \"title\"");
        }
        try {
            LocalDate.parse(read == null ? "" : read);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a source needs the date it was \"read\" as YYYY-MM-DD");
        }
    }
}
