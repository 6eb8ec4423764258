package dev.airgap.report.document;

import dev.airgap.report.ReportInput;
import dev.airgap.report.ReportTexts;
import dev.airgap.report.document.ReportDocument.Block;
import dev.airgap.report.document.ReportDocument.Heading;
import dev.airgap.report.document.ReportDocument.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * The short form of the report, for when the whole one is too large for where it is read (a CI job summary, a
 * pull-request comment): the counts, the requirements, the violations a row each, the change against the baseline,
 * the subnets a reviewer looks at first, and where the rest is. A renderer may still shorten its tables to a budget.
 */
public final class CondensedReport {

    private CondensedReport() {
    }

    /** @param limitKb the size the whole report would have exceeded, as the introduction says it */
    public static ReportDocument build(ReportInput input, ReportTexts t, int limitKb) {
        List<Block> out = new ArrayList<>();
        out.add(new Paragraph(t.get("report.intro", input.toolVersion())));
        out.add(new Paragraph(t.get("condensed.intro", limitKb)));
        SummarySection.add(out, input, t);
        RequirementSection.add(out, input, t);
        ViolationSection.addTable(out, input, t);
        if (input.changes() != null) {
            out.addAll(ChangeSection.blocks(input.changes(), t));
        }
        WorstSubnetSection.add(out, input, t);
        int rows = input.analysis().paths().subnets().stream().mapToInt(s -> s.services().size()).sum();
        out.add(new Heading(1, t.get("condensed.rest"), "rest"));
        out.add(new Paragraph(input.violations().isEmpty() ? t.get("condensed.leftOut.noViolations", rows)
                : t.get("condensed.leftOut", rows, input.violations().size())));
        return new ReportDocument(t.get("report.title"), out);
    }
}
