/**
 * Renders analysis results: {@link dev.airgap.report.JsonReport} writes {@code airgap.json} (DESIGN's contract),
 * {@link dev.airgap.report.ExplainRenderer} the hop-by-hop text of the {@code explain} goal and
 * {@link dev.airgap.report.ConsoleSummary} the lines of the build log.
 */
package dev.airgap.report;
