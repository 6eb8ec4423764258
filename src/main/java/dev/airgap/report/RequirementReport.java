package dev.airgap.report;

import dev.airgap.AnalysisResult;
import dev.airgap.Check;
import dev.airgap.require.Evaluation;
import dev.airgap.require.Requirement;
import dev.airgap.require.Violation;
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
        List<Finding> findings = new ArrayList<>();
        for (Violation v : evaluation.violations()) {
            findings.add(finding(v));
        }
        List<RequirementStatus> statuses = new ArrayList<>();
        for (Requirement r : requirements) {
            int count = (int) evaluation.violations().stream().filter(v -> v.requirement().equals(r.name())).count();
            statuses.add(new RequirementStatus(r.name(), r.kind(), r.description(), count));
        }
        return new ReportInput(result, statuses, findings, toolVersion);
    }

    static Finding finding(Violation v) {
        return new Finding(v.requirement(), v.kind(), v.subject(),
                v.subnet() == null ? null : v.subnet().stack(), v.subnet() == null ? null : v.subnet().logicalId(),
                v.region(), v.service(), v.found(), v.component(), v.source(), v.fix(), v.unknown());
    }
}
