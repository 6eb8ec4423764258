package dev.airgap.maven;

import org.apache.maven.plugin.logging.Log;

/**
 * The analysis behind {@code airgap:report}. A site report must extend {@code AbstractMavenReport}, so it cannot
 * extend {@link AbstractPricingMojo}; instead it hands its parameters to this (non-goal) subclass, which runs the
 * analysis exactly as {@code check} does.
 */
final class ReportAnalysis extends AbstractPricingMojo {

    ReportAnalysis(Log log) {
        setLog(log);
    }

    @Override
    public void execute() {
        throw new UnsupportedOperationException("not a goal");
    }
}
