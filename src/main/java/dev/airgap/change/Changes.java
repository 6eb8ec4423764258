package dev.airgap.change;

import dev.airgap.require.Evaluation;
import dev.airgap.require.Violation;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the current build does to the network against a baseline: every change, in the order reports show them
 * within each effect (by subnet, then VPC, endpoint, violation, region).
 *
 * @param baseline the baseline's name, as the user gave it
 * @param changes  every change found; none means no network change
 */
public record Changes(String baseline, List<Change> changes) {

    public Changes {
        changes = List.copyOf(changes);
    }

    /** Compares the current build with the baseline. */
    public static Changes between(Snapshot baseline, Snapshot current) {
        return new Changes(baseline.name(), ChangeDetector.changes(baseline, current));
    }

    public List<Change> regressions() {
        return of(Effect.REGRESSION);
    }

    public List<Change> improvements() {
        return of(Effect.IMPROVEMENT);
    }

    public List<Change> others() {
        return of(Effect.OTHER);
    }

    /** No change at all: same verdicts, endpoints, violations and costs. */
    public boolean none() {
        return changes.isEmpty();
    }

    /** Whether the current build's violation is one the baseline did not have. */
    public boolean isNew(Violation v) {
        return newViolationKeys().contains(ViolationState.keyOf(v));
    }

    /** The current violations that are new against the baseline, in their order. */
    public List<Violation> newOf(List<Violation> violations) {
        Set<String> keys = newViolationKeys();
        return violations.stream().filter(v -> keys.contains(ViolationState.keyOf(v))).toList();
    }

    /** The evaluation with only the violations new against the baseline: what fails with {@code failOn=new}. */
    public Evaluation newOnly(Evaluation evaluation) {
        return new Evaluation(newOf(evaluation.violations()), evaluation.waived(), evaluation.unusedExceptions());
    }

    private Set<String> newViolationKeys() {
        return changes.stream().filter(c -> c instanceof Change.Violation v && v.added())
                .map(c -> ((Change.Violation) c).violation().key()).collect(Collectors.toSet());
    }

    private List<Change> of(Effect effect) {
        return changes.stream().filter(c -> c.effect() == effect).toList();
    }

    /** The lines a build log shows: a count, then each change, regressions first. */
    public List<String> lines() {
        if (none()) {
            return List.of("airgap: against baseline " + baseline + ": no network change");
        }
        List<String> out = new java.util.ArrayList<>();
        out.add("airgap: against baseline " + baseline + ": " + regressions().size() + " regression(s), "
                + improvements().size() + " improvement(s), " + others().size() + " other change(s)");
        regressions().forEach(c -> out.add("airgap: regression: " + c.message()));
        improvements().forEach(c -> out.add("airgap: improvement: " + c.message()));
        others().forEach(c -> out.add("airgap: change: " + c.message()));
        return out;
    }
}
