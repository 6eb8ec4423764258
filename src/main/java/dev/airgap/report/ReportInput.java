package dev.airgap.report;

import dev.airgap.AnalysisResult;
import dev.airgap.change.Changes;
import java.util.List;

/**
 * What the Markdown, SARIF and site reports render: the analysis, the requirements with their outcome, the
 * violations, the tool version, and what the build changes against a baseline (null without a baseline).
 */
public record ReportInput(AnalysisResult analysis, List<RequirementStatus> requirements, List<Finding> findings,
                          String toolVersion, Changes changes) {

    public ReportInput {
        requirements = List.copyOf(requirements);
        findings = List.copyOf(findings);
    }

    /** A report without a baseline. */
    public ReportInput(AnalysisResult analysis, List<RequirementStatus> requirements, List<Finding> findings,
                       String toolVersion) {
        this(analysis, requirements, findings, toolVersion, null);
    }

    /** The same report, opening with what the build changes against a baseline. */
    public ReportInput withChanges(Changes newChanges) {
        return new ReportInput(analysis, requirements, findings, toolVersion, newChanges);
    }

    /** The same report with only these findings (SARIF lists only the violations new against a baseline). */
    public ReportInput withFindings(List<Finding> newFindings) {
        return new ReportInput(analysis, requirements, newFindings, toolVersion, changes);
    }

    /** A report of the analysis alone (no requirements configured). */
    public static ReportInput of(AnalysisResult analysis, String toolVersion) {
        return new ReportInput(analysis, List.of(), List.of(), toolVersion);
    }
}
