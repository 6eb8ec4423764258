/**
 * The outputs, one subpackage per format; this package holds what they share: {@link dev.airgap.report.ReportInput}
 * (what every renderer takes), {@link dev.airgap.report.ViolationText} (the one place a violation's typed fields
 * become text), {@link dev.airgap.report.ReportFiles} (every file the plugin writes, atomically),
 * {@link dev.airgap.report.ReportTexts} (the resource bundle) and {@link dev.airgap.report.SubnetSelector}.
 * <ul>
 *   <li>{@code report.json}: {@code airgap.json} (DESIGN's contract), with its costs and availability parts;</li>
 *   <li>{@code report.sarif}: {@code airgap.sarif};</li>
 *   <li>{@code report.markdown}: {@code airgap.md};</li>
 *   <li>{@code report.document}: the format-neutral document (sections, tables, path diagrams) that the Markdown
 *       report and the site page (a Doxia sink in {@code dev.airgap.maven}) both render;</li>
 *   <li>{@code report.text}: the build log's lines (summary, cost table, violation blocks) and {@code explain}.</li>
 * </ul>
 * A new format is a subpackage here taking {@link dev.airgap.report.ReportInput}, chosen by {@code <formats>}.
 */
package dev.airgap.report;
