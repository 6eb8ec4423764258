package dev.airgap.report.markdown;

import dev.airgap.report.ReportFiles;
import dev.airgap.report.ReportInput;
import dev.airgap.report.ReportTexts;
import dev.airgap.report.document.ReportBuilder;
import dev.airgap.report.document.ReportDocument.Block;
import dev.airgap.report.document.ReportDocument.Bullets;
import dev.airgap.report.document.ReportDocument.Definitions;
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
 * summaries do not show inline SVG.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(ReportInput input, Locale locale) {
        ReportDocument doc = ReportBuilder.build(input, ReportTexts.of(locale), false);
        StringBuilder out = new StringBuilder();
        out.append("# ").append(inline(doc.title())).append("\n\n");
        for (Block b : doc.blocks()) {
            block(out, b);
        }
        return out.toString();
    }

    public static void write(Path file, ReportInput input, Locale locale) throws IOException {
        ReportFiles.write(file, render(input, locale).getBytes(StandardCharsets.UTF_8));
    }

    private static void block(StringBuilder out, Block b) {
        if (b instanceof Heading h) {
            out.append(h.level() == 1 ? "## " : "### ").append(inline(h.text())).append("\n\n");
        } else if (b instanceof Paragraph p) {
            out.append(inline(p.text())).append("\n\n");
        } else if (b instanceof Links l) {
            StringBuilder line = new StringBuilder();
            for (Link link : l.links()) {
                if (line.length() > 0) {
                    line.append(" · ");
                }
                line.append('[').append(inline(link.text())).append("](").append(link.href()).append(')');
            }
            out.append(line).append("\n\n");
        } else if (b instanceof Bullets bl) {
            for (String item : bl.items()) {
                out.append("- ").append(inline(item)).append('\n');
            }
            out.append('\n');
        } else if (b instanceof Definitions d) {
            for (List<String> e : d.entries()) {
                out.append("- **").append(inline(e.get(0))).append("**: ").append(inline(e.get(1))).append('\n');
            }
            out.append('\n');
        } else if (b instanceof Table t) {
            table(out, t);
        }
        // Diagram: not in Markdown
    }

    private static void table(StringBuilder out, Table t) {
        out.append('|');
        for (String h : t.headers()) {
            out.append(' ').append(cell(h)).append(" |");
        }
        out.append("\n|");
        for (int i = 0; i < t.headers().size(); i++) {
            out.append(" --- |");
        }
        out.append('\n');
        for (List<String> row : t.rows()) {
            out.append('|');
            for (String c : row) {
                out.append(' ').append(cell(c)).append(" |");
            }
            out.append('\n');
        }
        out.append('\n');
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
