package dev.airgap.report.markdown;

import dev.airgap.report.ReportFiles;
import dev.airgap.report.ReportInput;
import dev.airgap.report.ReportTexts;
import dev.airgap.report.document.CondensedReport;
import dev.airgap.report.document.ReportBuilder;
import dev.airgap.report.document.ReportDocument.Block;
import dev.airgap.report.document.ReportDocument.Bullets;
import dev.airgap.report.document.ReportDocument.Definitions;
import dev.airgap.report.document.ReportDocument.Diagram;
import dev.airgap.report.document.ReportDocument.Heading;
import dev.airgap.report.document.ReportDocument.Link;
import dev.airgap.report.document.ReportDocument.Links;
import dev.airgap.report.document.ReportDocument.Paragraph;
import dev.airgap.report.document.ReportDocument.Table;
import dev.airgap.report.document.ReportDocument;
import dev.airgap.template.Excerpt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code airgap.md}: the report as GitHub-flavoured Markdown for CI job summaries and pull-request comments
 * (summary, the per-subnet table, requirements, violations with their paths, costs). Pictures are left out: job
 * summaries do not show inline SVG. It stays under {@link #LIMIT_KB} KB at any input size: a report that would be
 * larger is written in its short form ({@link CondensedReport}), whose tables {@link MarkdownBudget} shortens to the
 * budget, saying what it left out.
 */
public final class MarkdownReport {

    /**
     * GitHub refuses a step's job summary over 1 MiB; a fifth of that leaves room for the build's other summaries and
     * keeps the page readable. (A pull-request comment takes at most 65,536 characters: less than this budget.)
     */
    public static final int LIMIT_KB = 200;

    static final long LIMIT = LIMIT_KB * 1000L;

    private MarkdownReport() {
    }

    public static String render(ReportInput input, Locale locale) {
        ReportTexts t = ReportTexts.of(locale);
        String whole = whole(ReportBuilder.build(input, t, false), LIMIT);
        return whole != null ? whole : MarkdownBudget.render(CondensedReport.build(input, t, LIMIT_KB), t, LIMIT);
    }

    /** Any report document as Markdown (the {@code diff} goal's, which has only the change section), within budget. */
    public static String render(ReportDocument doc) {
        String whole = whole(doc, LIMIT);
        return whole != null ? whole : MarkdownBudget.render(doc, ReportTexts.of(Locale.ENGLISH), LIMIT);
    }

    public static void write(Path file, ReportInput input, Locale locale) throws IOException {
        ReportFiles.write(file, render(input, locale).getBytes(StandardCharsets.UTF_8));
    }

    /** The whole document, or null as soon as it would not fit under {@code limit} bytes. */
    private static String whole(ReportDocument doc, long limit) {
        MarkdownText out = new MarkdownText();
        title(out, doc.title());
        for (Block b : doc.blocks()) {
            if (block(out, b, limit) > 0) {
                return null;
            }
        }
        return out.bytes() <= limit ? out.toString() : null;
    }

    static void title(MarkdownText out, String title) {
        out.append("# " + inline(title) + "\n\n");
    }

    /** Whether the block is written row by row (a table, a list, definitions) rather than whole. */
    static boolean counted(Block b) {
        return b instanceof Table || b instanceof Bullets || b instanceof Definitions;
    }

    /** What {@link #block} counts in a block: its rows, items or entries, or 1 for a block written whole. */
    static int units(Block b) {
        if (b instanceof Table t) {
            return t.rows().size();
        }
        if (b instanceof Bullets bl) {
            return bl.items().size();
        }
        if (b instanceof Definitions d) {
            return d.entries().size();
        }
        return b instanceof Diagram ? 0 : 1;
    }

    /**
     * Writes {@code b} as far as it fits under {@code limit} bytes in all: a table, list or definitions row by row,
     * any other block whole or not at all. Returns how many of its {@link #units} were left out.
     */
    static int block(MarkdownText out, Block b, long limit) {
        if (b instanceof Table t) {
            return table(out, t, limit);
        }
        if (b instanceof Bullets bl) {
            return rows(out, "", bl.items().stream().map(item -> "- " + inline(item) + "\n").toList(), limit);
        }
        if (b instanceof Definitions d) {
            return rows(out, "", d.entries().stream()
                    .map(e -> "- **" + inline(e.get(0)) + "**: " + inline(e.get(1)) + "\n").toList(), limit);
        }
        String text = text(b);
        if (text == null) {
            return 0; // Diagram: not in Markdown
        }
        if (!out.fits(text, limit)) {
            return 1;
        }
        out.append(text);
        return 0;
    }

    /** A block written whole, or null for one Markdown does not show. */
    private static String text(Block b) {
        if (b instanceof Heading h) {
            return (h.level() == 1 ? "## " : "### ") + inline(h.text()) + "\n\n";
        }
        if (b instanceof Paragraph p) {
            return inline(p.text()) + "\n\n";
        }
        if (b instanceof Links l) {
            StringBuilder line = new StringBuilder();
            for (Link link : l.links()) {
                if (line.length() > 0) {
                    line.append(" · ");
                }
                line.append('[').append(inline(link.text())).append("](").append(link.href()).append(')');
            }
            return line + "\n\n";
        }
        return null;
    }

    private static int table(MarkdownText out, Table t, long limit) {
        StringBuilder head = new StringBuilder("|");
        for (String h : t.headers()) {
            head.append(' ').append(cell(h)).append(" |");
        }
        head.append("\n|");
        for (int i = 0; i < t.headers().size(); i++) {
            head.append(" --- |");
        }
        head.append('\n');
        return rows(out, head.toString(), new RowTexts(t.rows()), limit);
    }

    /**
     * Writes {@code head}, then each row while it fits (keeping room for the blank line that ends the block), then
     * that blank line; nothing at all when not even {@code head} and one row fit. Returns the rows left out.
     */
    private static int rows(MarkdownText out, String head, List<String> rows, long limit) {
        if (rows.isEmpty()) {
            if (out.fits(head + "\n", limit)) {
                out.append(head + "\n");
            }
            return 0;
        }
        if (!out.fits(head + rows.get(0) + "\n", limit)) {
            return rows.size();
        }
        out.append(head);
        int written = 0;
        for (String row : rows) {
            if (!out.fits(row + "\n", limit)) {
                break;
            }
            out.append(row);
            written++;
        }
        out.append("\n");
        return rows.size() - written;
    }

    /** A table's rows as Markdown lines, each made only when it is read (a large table is mostly left out). */
    private static final class RowTexts extends java.util.AbstractList<String> {

        private final List<List<String>> rows;

        RowTexts(List<List<String>> rows) {
            this.rows = rows;
        }

        @Override
        public String get(int index) {
            StringBuilder line = new StringBuilder("|");
            for (String c : rows.get(index)) {
                line.append(' ').append(cell(c)).append(" |");
            }
            return line.append('\n').toString();
        }

        @Override
        public int size() {
            return rows.size();
        }
    }

    /** Text where Markdown would read markup: HTML-ish brackets and emphasis characters are escaped. */
    public static String inline(String s) {
        return escape(s, true);
    }

    /**
     * The one place text becomes Markdown. Text comes from the templates (logical IDs, construct paths, tags), so it
     * must neither break out of its table cell or line nor carry markup: a line break becomes a space, any other
     * control character its {@code \\uXXXX} form (no raw NUL or terminal escape reaches the file), and every
     * character CommonMark could read as markup is backslash-escaped: {@code <} (raw HTML, autolinks), {@code &}
     * (entities), {@code |} (GFM cell breaks, also inside code spans), backticks, emphasis, links; at the start of a
     * line also headings, quotes, list markers ({@code -}, {@code +}, {@code 1.}).
     */
    private static String escape(String s, boolean lineStart) {
        if (s == null) {
            return "";
        }
        String flat = Excerpt.escapeControls(s.replaceAll("\\R", " "));
        StringBuilder out = new StringBuilder();
        int listNumber = lineStart ? orderedListMarker(flat) : -1;
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            // headings and quotes only start a line; the others are markup anywhere
            if ("\\`*_[]<|&".indexOf(c) >= 0 || (lineStart && i == 0 && "#>-+".indexOf(c) >= 0) || i == listNumber) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Where {@code 1.} or {@code 1)} followed by a space (or nothing) would start an ordered list: the index of the dot
     * or parenthesis, else -1. {@code 10.0.0.0/16} is no list.
     */
    private static int orderedListMarker(String s) {
        int i = 0;
        while (i < s.length() && i < 9 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        boolean marker = i > 0 && i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ')');
        return marker && (i + 1 == s.length() || s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t') ? i : -1;
    }

    private static String cell(String s) {
        return s == null || s.isEmpty() ? " " : escape(s, false);
    }
}
