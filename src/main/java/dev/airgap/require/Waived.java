package dev.airgap.require;

/**
 * A violation an exception or an {@code airgap:suppress} entry waives.
 *
 * @param by where the waiver is: {@code <except>} of the requirement, or the {@code file:line} of the metadata
 */
public record Waived(Violation violation, String reason, String by) {
}
