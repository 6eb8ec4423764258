package dev.airgap.report.document;

import dev.airgap.change.Change;
import dev.airgap.change.Changes;
import dev.airgap.report.ReportTexts;
import dev.airgap.report.document.ReportDocument.Block;
import dev.airgap.report.document.ReportDocument.Bullets;
import dev.airgap.report.document.ReportDocument.Heading;
import dev.airgap.report.document.ReportDocument.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "What this change does to the network": regressions first, then improvements, then the other changes, or one
 * sentence saying there is no network change. The report opens with it when a baseline is given, and the
 * {@code diff} goal's Markdown is this section alone.
 */
public final class ChangeSection {

    private ChangeSection() {
    }

    /** The section's blocks in the reader's language (the change lines themselves are English). */
    public static List<Block> blocks(Changes changes, ReportTexts t) {
        List<Block> out = new ArrayList<>();
        out.add(new Heading(1, t.get("changes"), "changes"));
        if (changes.none()) {
            out.add(new Paragraph(t.get("changes.none", changes.baseline())));
            return out;
        }
        out.add(new Paragraph(t.get("changes.against", changes.baseline(), changes.regressions().size(),
                changes.improvements().size(), changes.others().size())));
        group(out, t.get("changes.regressions"), "changes-regressions", changes.regressions());
        group(out, t.get("changes.improvements"), "changes-improvements", changes.improvements());
        group(out, t.get("changes.others"), "changes-others", changes.others());
        return out;
    }

    /** The section as a document of its own, titled like the report. */
    public static ReportDocument document(Changes changes, Locale locale) {
        ReportTexts t = ReportTexts.of(locale);
        return new ReportDocument(t.get("report.title"), blocks(changes, t));
    }

    private static void group(List<Block> out, String title, String anchor, List<Change> changes) {
        if (!changes.isEmpty()) {
            out.add(new Heading(2, title, anchor));
            out.add(new Bullets(changes.stream().map(Change::message).toList()));
        }
    }
}
