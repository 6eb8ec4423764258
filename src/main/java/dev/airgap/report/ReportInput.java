package dev.airgap.report;

import dev.airgap.AnalysisResult;
import java.util.List;

/**
 * What the Markdown, SARIF and site reports render: the analysis, the requirements with their outcome, the
 * violations, and the tool version.
 */
public record ReportInput(AnalysisResult analysis, List<RequirementStatus> requirements, List<Finding> findings,
                          String toolVersion) {

    public ReportInput {
        requirements = List.copyOf(requirements);
        findings = List.copyOf(findings);
    }

    /** A report of the analysis alone (no requirements configured). */
    public static ReportInput of(AnalysisResult analysis, String toolVersion) {
        return new ReportInput(analysis, List.of(), List.of(), toolVersion);
    }
}
