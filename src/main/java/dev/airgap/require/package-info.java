/**
 * Requirements declared in the POM, one class per kind implementing the sealed
 * {@link dev.airgap.require.Requirement} (no internet, private access, on-premises access, allowed buckets, monthly
 * budget, availability in the target regions: each with its needs, its judgement, its description and its SARIF
 * rule), subnet and VPC
 * {@link dev.airgap.require.Selector}s, and their evaluation against one analysis into
 * {@link dev.airgap.require.Violation}s, with exceptions and {@code airgap:suppress} metadata that waive them for a
 * stated reason. A kind's {@code judge} builds each violation by name ({@code Violation.of(id, kind, subject)
 * .subnet(…).found(…).at(component, position).fix(…).build()}, usually through {@code Subjects}), naming the
 * component by the {@code ResourceId} and {@code SourcePosition} its hop or blocker carries; text such as
 * {@code file:line} is made only by the renderers ({@code dev.airgap.report.ViolationText}). Knows nothing of Maven:
 * the mojos build requirements from XML and turn violations into log blocks ({@code report.text.ViolationLog}) and
 * build failures.
 */
package dev.airgap.require;
