package dev.airgap.report.document;

import dev.airgap.report.ReportInput;
import dev.airgap.report.ReportTexts;
import dev.airgap.report.RequirementStatus;
import dev.airgap.report.document.ReportDocument.Block;
import dev.airgap.report.document.ReportDocument.Heading;
import dev.airgap.report.document.ReportDocument.Paragraph;
import dev.airgap.report.document.ReportDocument.Table;
import dev.airgap.require.WorkloadNeeds;
import java.util.ArrayList;
import java.util.List;

/** "Requirements" (each passed or failed) and, when asked for, "What each workload needs". */
final class RequirementSection {

    private RequirementSection() {
    }

    static void add(List<Block> out, ReportInput input, ReportTexts t) {
        out.add(new Heading(1, t.get("requirements"), "requirements"));
        if (input.requirements().isEmpty()) {
            out.add(new Paragraph(t.get("requirements.none")));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (RequirementStatus r : input.requirements()) {
            rows.add(List.of(r.name(), r.kind(), r.description(),
                    r.passed() ? "✔ " + t.get("requirement.passed")
                            : "✘ " + t.get("requirement.failed", r.violations())));
        }
        out.add(new Table(List.of(t.get("col.requirement"), t.get("col.kind"), t.get("col.what"),
                t.get("col.result")), rows));
    }

    /** Whether a {@code <workloadNeeds>} requirement asks for the needs section. */
    static boolean needsAsked(ReportInput input) {
        return input.requirements().stream().anyMatch(r -> r.kind().equals("workloadNeeds"));
    }

    static void addNeeds(List<Block> out, ReportInput input, ReportTexts t) {
        out.add(new Heading(1, t.get("needs"), "needs"));
        out.add(new Paragraph(t.get("needs.intro")));
        List<List<String>> rows = new ArrayList<>();
        for (WorkloadNeeds.Row r : WorkloadNeeds.rows(input.analysis().evidence())) {
            String reached = r.reached() == null ? "? " + t.get("needs.unknown")
                    : r.reached() ? "✔ " + t.get("yes") : "✘ " + t.get("no");
            rows.add(List.of(r.workload() + " (" + r.type() + ")", r.subnet(), r.service(),
                    t.get("needs.level." + r.level().name()), reached, r.how(),
                    r.because() + (r.source() == null ? "" : " — " + r.source())));
        }
        if (rows.isEmpty()) {
            out.add(new Paragraph(t.get("needs.none")));
            return;
        }
        out.add(new Table(List.of(t.get("col.workload"), t.get("col.subnet"), t.get("col.service"),
                t.get("col.need"), t.get("col.reached"), t.get("col.how"), t.get("col.why")), rows));
    }
}
