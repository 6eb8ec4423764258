package dev.airgap;

import dev.airgap.require.Evaluation;
import dev.airgap.require.Requirement;
import java.util.List;

/**
 * One analysis and the requirements judged against it: what {@code check} logs and writes, and what the site
 * report shows.
 *
 * @param analysis     the analysis, covering what the requirements need
 * @param requirements the requirements, in the order they were configured
 * @param evaluation   their violations, waivers and unused exceptions
 */
public record Check(AnalysisResult analysis, List<Requirement> requirements, Evaluation evaluation) {

    public Check {
        requirements = List.copyOf(requirements);
    }
}
