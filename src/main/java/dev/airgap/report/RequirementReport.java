package dev.airgap.report;

import dev.airgap.AnalysisResult;
import dev.airgap.Check;
import dev.airgap.require.Evaluation;
import dev.airgap.require.Requirement;
import java.util.ArrayList;
import java.util.List;

/** Turns the requirement stage's outcome into what the reports render. */
public final class RequirementReport {

    private RequirementReport() {
    }

    /** What the reports render of a check: the analysis, each requirement's outcome, the violations. */
    public static ReportInput input(Check check, String toolVersion) {
        return input(check.analysis(), check.requirements(), check.evaluation(), toolVersion);
    }

    public static ReportInput input(AnalysisResult result, List<Requirement> requirements, Evaluation evaluation,
                                    String toolVersion) {
        List<RequirementStatus> statuses = new ArrayList<>();
        for (Requirement r : requirements) {
            int count = (int) evaluation.violations().stream().filter(v -> v.requirement().equals(r.name())).count();
            statuses.add(new RequirementStatus(r.name(), r.kind(), r.description(), count));
        }
        return new ReportInput(result, statuses, evaluation.violations(), toolVersion);
    }
}
