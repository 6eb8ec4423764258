package dev.airgap.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.airgap.report.document.ReportDocument;
import dev.airgap.report.document.ReportDocument.Block;
import dev.airgap.report.document.ReportDocument.Bullets;
import dev.airgap.report.document.ReportDocument.Heading;
import dev.airgap.report.document.ReportDocument.Paragraph;
import dev.airgap.report.document.ReportDocument.Table;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MarkdownBudgetTest {

    @Test
    void aDocumentThatFitsIsWrittenWhole() {
        ReportDocument doc = doc(100, 50);
        String md = MarkdownReport.render(doc);
        assertThat(rows(md, "big")).isEqualTo(100);
        assertThat(rows(md, "other")).isEqualTo(50);
        assertThat(md).doesNotContain("left out");
    }

    @Test
    void largeSectionsShareTheBudgetAndSmallOnesStayWhole() {
        ReportDocument doc = doc(20_000, 8_000);
        String md = MarkdownReport.render(doc);

        assertThat(md.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(200_000).isGreaterThan(190_000);
        // the small section between the two tables, whole
        assertThat(md).contains("## Small\n\nA short section.\n\n- one\n- two\n\n");
        // the two tables split the rest equally, so the second is not crowded out by the first
        int big = rows(md, "big");
        int other = rows(md, "other");
        assertThat(bytes(md, "big")).isPositive().isCloseTo(bytes(md, "other"), withinPercentage(1));
        Matcher note = Pattern.compile("Also left out to stay under 200 KB: Big, (\\d+) of 20000 rows; "
                + "Other, (\\d+) of 8000 rows\\.").matcher(md);
        assertThat(note.find()).as(md.substring(md.length() - 300)).isTrue();
        assertThat(Integer.parseInt(note.group(1))).isEqualTo(20_000 - big);
        assertThat(Integer.parseInt(note.group(2))).isEqualTo(8_000 - other);
        assertThat(md).endsWith("rows.\n\n");
    }

    /** A title, a large table, a small section, another table: rows of about 50 bytes. */
    private static ReportDocument doc(int big, int other) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, "Big", "big"));
        blocks.add(new Table(List.of("name", "value"), IntStream.range(0, big)
                .mapToObj(i -> List.of("big-" + i, "a value of some thirty bytes")).toList()));
        blocks.add(new Heading(1, "Small", "small"));
        blocks.add(new Paragraph("A short section."));
        blocks.add(new Bullets(List.of("one", "two")));
        blocks.add(new Heading(1, "Other", "other"));
        blocks.add(new Table(List.of("name", "value"), IntStream.range(0, other)
                .mapToObj(i -> List.of("other-" + i, "a value of some thirty bytes")).toList()));
        return new ReportDocument("A report", blocks);
    }

    private static long bytes(String md, String prefix) {
        return md.lines().filter(l -> l.startsWith("| " + prefix + "-")).mapToLong(l -> l.length() + 1).sum();
    }

    private static int rows(String md, String prefix) {
        return (int) md.lines().filter(l -> l.startsWith("| " + prefix + "-")).count();
    }
}
