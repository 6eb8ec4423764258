package dev.airgap.require;

import java.util.List;

/**
 * What the requirements found: the violations (sorted, deterministic), the ones waived with their reasons, and the
 * exceptions that waived nothing (worth a warning: they may be stale or mistyped).
 */
public record Evaluation(List<Violation> violations, List<Waived> waived, List<String> unusedExceptions) {

    public Evaluation {
        violations = List.copyOf(violations);
        waived = List.copyOf(waived);
        unusedExceptions = List.copyOf(unusedExceptions);
    }

    public boolean passed() {
        return violations.isEmpty();
    }
}
