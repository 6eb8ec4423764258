package dev.airgap.maven;

import dev.airgap.report.ReportInput;
import dev.airgap.report.ReportTexts;
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
import java.util.List;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;

/**
 * The Maven site page: the report rendered into a Doxia sink, so the site's skin, navigation and output format
 * apply. The only markup written by hand is each VPC's SVG picture, passed through as raw text inside a figure.
 */
public final class SiteReport {

    private final Sink sink;
    private int open;

    private SiteReport(Sink sink) {
        this.sink = sink;
    }

    /** Renders the page; returns the document, whose diagrams the caller writes as files beside the page. */
    public static ReportDocument render(ReportInput input, Locale locale, Sink sink) {
        ReportDocument doc = ReportBuilder.build(input, ReportTexts.of(locale), true);
        new SiteReport(sink).document(doc);
        return doc;
    }

    private void document(ReportDocument doc) {
        sink.head();
        sink.title();
        text(doc.title());
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        text(doc.title());
        sink.sectionTitle1_();
        for (Block b : doc.blocks()) {
            block(b);
        }
        closeTo(0);
        sink.section1_();
        sink.body_();
        sink.flush();
    }

    private void block(Block b) {
        if (b instanceof Heading h) {
            // the page title is the level-1 section; report headings nest below it
            closeTo(h.level() - 1);
            sink.anchor(h.anchor());
            sink.anchor_();
            if (h.level() == 1) {
                sink.section2();
                sink.sectionTitle2();
                text(h.text());
                sink.sectionTitle2_();
            } else {
                sink.section3();
                sink.sectionTitle3();
                text(h.text());
                sink.sectionTitle3_();
            }
            open = h.level();
        } else if (b instanceof Paragraph p) {
            sink.paragraph();
            text(p.text());
            sink.paragraph_();
        } else if (b instanceof Links l) {
            sink.paragraph();
            boolean first = true;
            for (Link link : l.links()) {
                if (!first) {
                    text(" · ");
                }
                first = false;
                sink.link(link.href());
                text(link.text());
                sink.link_();
            }
            sink.paragraph_();
        } else if (b instanceof Bullets bl) {
            sink.list();
            for (String item : bl.items()) {
                sink.listItem();
                text(item);
                sink.listItem_();
            }
            sink.list_();
        } else if (b instanceof Definitions d) {
            sink.definitionList();
            for (List<String> e : d.entries()) {
                sink.definedTerm();
                text(e.get(0));
                sink.definedTerm_();
                sink.definition();
                text(e.get(1));
                sink.definition_();
            }
            sink.definitionList_();
        } else if (b instanceof Table t) {
            table(t);
        } else if (b instanceof Diagram d) {
            sink.figure();
            sink.rawText(d.svg());
            sink.figureCaption();
            text(d.title() + " — ");
            sink.link(d.file());
            text("SVG");
            sink.link_();
            sink.figureCaption_();
            sink.figure_();
        }
    }

    private void table(Table t) {
        sink.table();
        sink.tableRows();
        if (t.headers().stream().anyMatch(h -> !h.isEmpty())) {
            sink.tableRow();
            for (String h : t.headers()) {
                sink.tableHeaderCell();
                text(h);
                sink.tableHeaderCell_();
            }
            sink.tableRow_();
        }
        for (List<String> row : t.rows()) {
            sink.tableRow();
            for (String c : row) {
                sink.tableCell();
                text(c);
                sink.tableCell_();
            }
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
    }

    /**
     * The one place text enters the page. The sink escapes markup ({@code <}, {@code &}, quotes) but passes control
     * characters through, which HTML forbids and a terminal viewing the file would obey; they are written as
     * {@code \\uXXXX}.
     */
    private void text(String s) {
        sink.text(s == null ? "" : Excerpt.escapeControls(s));
    }

    /** Closes the open report sections down to {@code level} (0: none open). */
    private void closeTo(int level) {
        while (open > level) {
            if (open == 1) {
                sink.section2_();
            } else {
                sink.section3_();
            }
            open--;
        }
    }
}
