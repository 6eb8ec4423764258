package dev.airgap.maven;

import dev.airgap.AnalysisResult;
import dev.airgap.Version;
import dev.airgap.report.ReportInput;
import dev.airgap.report.RequirementReport;
import dev.airgap.require.Evaluation;
import dev.airgap.require.Requirement;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * The analysis and requirement evaluation behind {@code airgap:report}. A site report must extend
 * {@code AbstractMavenReport}, so it cannot extend the goals' base classes; it hands its parameters to this (non-goal)
 * subclass of {@link CheckMojo}, which analyses and judges exactly as {@code check} does, without writing files,
 * logging violations or failing.
 */
final class ReportAnalysis extends CheckMojo {

    ReportAnalysis(Log log) {
        setLog(log);
    }

    @Override
    public void execute() {
        throw new UnsupportedOperationException("not a goal");
    }

    ReportInput run() throws MojoExecutionException {
        List<Requirement> reqs = requirementList();
        AnalysisResult result = analyze(reqs);
        Evaluation evaluation = evaluate(reqs, result);
        return RequirementReport.input(result, reqs, evaluation, Version.get());
    }
}
