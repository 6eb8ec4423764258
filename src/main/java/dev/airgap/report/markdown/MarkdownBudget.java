package dev.airgap.report.markdown;

import dev.airgap.report.ReportTexts;
import dev.airgap.report.document.ReportDocument;
import dev.airgap.report.document.ReportDocument.Block;
import dev.airgap.report.document.ReportDocument.Heading;
import dev.airgap.report.document.ReportDocument.Paragraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A report document as Markdown within a byte budget, whatever its size. The budget is shared fairly among the
 * level-1 sections: a section smaller than its share is written whole and leaves the rest to the others, the larger
 * ones split what remains equally, so a long table cannot crowd out the sections after it. A section over its share
 * is written row by row while it fits; the last paragraph says, per section, how many rows (and whole paragraphs or
 * headings) were left out.
 */
final class MarkdownBudget {

    /** Room kept for the closing paragraph, per section it may name, and for its sentence. */
    private static final int NOTE_PER_SECTION = 160;
    private static final int NOTE = 400;

    /** A level-1 section: its heading and the blocks up to the next one (the preamble has no heading). */
    private record Section(String title, List<Block> blocks) {
    }

    /** What a section left out. */
    private record Omitted(String title, int rows, int ofRows, int blocks) {
    }

    private MarkdownBudget() {
    }

    static String render(ReportDocument doc, ReportTexts t, long limit) {
        List<Section> sections = sections(doc);
        MarkdownText out = new MarkdownText();
        MarkdownReport.title(out, doc.title());
        long room = limit - NOTE - (long) NOTE_PER_SECTION * sections.size() - out.bytes();
        long[] shares = shares(sections, room);
        List<Omitted> omitted = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Omitted o = write(out, sections.get(i), out.bytes() + shares[i]);
            if (o.rows() > 0 || o.blocks() > 0) {
                omitted.add(o);
            }
        }
        if (!omitted.isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (Omitted o : omitted) {
                if (o.rows() > 0) {
                    parts.add(t.get("budget.rows", o.title(), o.rows(), o.ofRows()));
                }
                if (o.blocks() > 0) {
                    parts.add(t.get("budget.blocks", o.title(), o.blocks()));
                }
            }
            MarkdownReport.block(out, new Paragraph(t.get("budget.leftOut", limit / 1000, String.join("; ", parts))),
                    limit);
        }
        return out.toString();
    }

    private static List<Section> sections(ReportDocument doc) {
        List<Section> out = new ArrayList<>();
        List<Block> current = new ArrayList<>();
        String title = "";
        for (Block b : doc.blocks()) {
            if (b instanceof Heading h && h.level() == 1) {
                if (!current.isEmpty()) {
                    out.add(new Section(title, current));
                }
                current = new ArrayList<>();
                title = h.text();
            }
            current.add(b);
        }
        if (!current.isEmpty()) {
            out.add(new Section(title, current));
        }
        return out;
    }

    /**
     * Each section's share of {@code room}: the smallest sections first take what they need, up to an equal part of
     * what is left, and what they leave goes to the larger ones.
     */
    private static long[] shares(List<Section> sections, long room) {
        long[] needs = new long[sections.size()];
        for (int i = 0; i < needs.length; i++) {
            // measured against the whole room: a section larger than that wants all of it, and more
            MarkdownText scratch = new MarkdownText();
            Omitted o = write(scratch, sections.get(i), room);
            needs[i] = scratch.bytes() + (o.rows() > 0 || o.blocks() > 0 ? 1 : 0);
        }
        long[] shares = new long[needs.length];
        List<Integer> order = IntStream.range(0, needs.length).boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> needs[i]).thenComparing(i -> i)).toList();
        long left = Math.max(room, 0);
        int waiting = order.size();
        for (int i : order) {
            shares[i] = Math.min(needs[i], left / waiting);
            left -= shares[i];
            waiting--;
        }
        return shares;
    }

    /** Writes the section's blocks as far as they fit under {@code limit} bytes; what it left out. */
    private static Omitted write(MarkdownText out, Section s, long limit) {
        int rows = 0;
        int ofRows = 0;
        int blocks = 0;
        for (Block b : s.blocks()) {
            int units = MarkdownReport.units(b);
            int left = MarkdownReport.block(out, b, limit);
            if (MarkdownReport.counted(b)) {
                rows += left;
                ofRows += units;
            } else {
                blocks += left;
            }
        }
        return new Omitted(s.title(), rows, ofRows, blocks);
    }
}
