package dev.airgap.report;

import dev.airgap.AnalysisResult;
import dev.airgap.require.Violation;
import java.util.List;

/**
 * What the Markdown, SARIF and site reports render: the analysis, the requirements with their outcome, the
 * violations (the requirement stage's own type: text is made only by the renderers), and the tool version.
 */
public record ReportInput(AnalysisResult analysis, List<RequirementStatus> requirements, List<Violation> violations,
                          String toolVersion) {

    public ReportInput {
        requirements = List.copyOf(requirements);
        violations = List.copyOf(violations);
    }

    /** A report of the analysis alone (no requirements configured). */
    public static ReportInput of(AnalysisResult analysis, String toolVersion) {
        return new ReportInput(analysis, List.of(), List.of(), toolVersion);
    }
}
