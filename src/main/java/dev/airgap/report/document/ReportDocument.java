package dev.airgap.report.document;

import java.util.List;

/**
 * The report as a list of neutral blocks, built once by {@link ReportBuilder} and rendered as Markdown
 * ({@link MarkdownReport}) or into a Doxia sink (the site page, rendered in the Maven layer), so both say the same thing.
 */
public record ReportDocument(String title, List<Block> blocks) {

    public ReportDocument {
        blocks = List.copyOf(blocks);
    }

    /** A building block of the report. */
    public sealed interface Block {
    }

    /** A section heading (level 1 or 2) with the anchor other parts link to. */
    public record Heading(int level, String text, String anchor) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    /** Links to anchors of the page ({@code #…}), in a row. */
    public record Links(List<Link> links) implements Block {
        public Links {
            links = List.copyOf(links);
        }
    }

    public record Link(String text, String href) {
    }

    /** A bulleted list. */
    public record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** A table; every row has as many cells as there are headers. */
    public record Table(List<String> headers, List<List<String>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** Terms and their descriptions (a violation's found / component / fix). */
    public record Definitions(List<List<String>> entries) implements Block {
        public Definitions {
            entries = entries.stream().map(List::copyOf).toList();
        }
    }

    /**
     * An SVG picture; formats that cannot show inline SVG leave it out.
     *
     * @param file where the site writes it as a file of its own, relative to the page ({@code airgap/….svg})
     */
    public record Diagram(String title, String svg, String file) implements Block {
    }
}
