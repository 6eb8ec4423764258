package dev.airgap.report;

import dev.airgap.AnalysisResult;
import dev.airgap.change.Changes;
import dev.airgap.require.Violation;
import java.util.List;

/**
 * What the Markdown, SARIF and site reports render: the analysis, the requirements with their outcome, the
 * violations (the requirement stage's own type: text is made only by the renderers), the tool version, and what
 * the build changes against a baseline (null without a baseline).
 */
public record ReportInput(AnalysisResult analysis, List<RequirementStatus> requirements, List<Violation> violations,
                          String toolVersion, Changes changes) {

    public ReportInput {
        requirements = List.copyOf(requirements);
        violations = List.copyOf(violations);
    }

    /** A report without a baseline. */
    public ReportInput(AnalysisResult analysis, List<RequirementStatus> requirements, List<Violation> violations,
                       String toolVersion) {
        this(analysis, requirements, violations, toolVersion, null);
    }

    /** The same report, opening with what the build changes against a baseline. */
    public ReportInput withChanges(Changes newChanges) {
        return new ReportInput(analysis, requirements, violations, toolVersion, newChanges);
    }

    /** A report of the analysis alone (no requirements configured). */
    public static ReportInput of(AnalysisResult analysis, String toolVersion) {
        return new ReportInput(analysis, List.of(), List.of(), toolVersion);
    }
}
