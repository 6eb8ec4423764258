package dev.airgap.require;

import dev.airgap.resolve.Resource;
import dev.airgap.resolve.ResourceId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Judges requirements against one analysis. Stateless apart from the evidence: one instance per evaluation, safe to
 * use from one thread; separate builds use separate instances.
 *
 * <p>Every requirement reports all its violations (never only the first); each kind judges its own
 * ({@link Requirement#judge}), on subjects chosen the same way for all. A selector that matches nothing is itself
 * a violation, since a typo must not pass silently. A verdict the analysis could not decide is a violation unless the
 * requirement allows unknowns, in which case it is listed as waived. Violations are then waived by the requirement's
 * exceptions and by {@code airgap:suppress} metadata on the subject (subnet, VPC or endpoint), each with its reason.
 */
public final class RequirementEvaluator {

    private final Sources sources;
    private final Subjects subjects;

    public RequirementEvaluator(Evidence evidence) {
        Objects.requireNonNull(evidence, "evidence");
        this.sources = new Sources(evidence.run());
        this.subjects = new Subjects(evidence, sources);
    }

    /**
     * @throws RequirementException when a requirement or a suppression is malformed
     */
    public Evaluation evaluate(List<Requirement> requirements) {
        List<Violation> violations = new ArrayList<>();
        List<Waived> waived = new ArrayList<>();
        List<String> unused = new ArrayList<>();
        for (Requirement r : requirements) {
            Map<Waiver, Boolean> used = new IdentityHashMap<>();
            for (Violation v : r.judge(subjects)) {
                Optional<Waived> w = waiver(r, v, used);
                if (w.isPresent()) {
                    waived.add(w.get());
                } else {
                    violations.add(v);
                }
            }
            for (Waiver e : r.exceptions()) {
                if (!used.containsKey(e)) {
                    unused.add("[" + r.name() + "] <except> " + e.describe() + " waives nothing (reason: "
                            + e.reason() + "); remove it if it is stale");
                }
            }
        }
        return new Evaluation(violations, waived, unused);
    }

    /** The first that waives the violation: an exception, then allowUnknown, then a suppression on its subject. */
    private Optional<Waived> waiver(Requirement r, Violation v, Map<Waiver, Boolean> used) {
        for (Waiver e : r.exceptions()) {
            if (e.covers(v)) {
                used.put(e, Boolean.TRUE);
                return Optional.of(new Waived(v, e.reason(), "<except> " + e.describe()));
            }
        }
        if (v.unknown() && r.allowUnknown()) {
            return Optional.of(new Waived(v, "unknown allowed", "<allowUnknown>"));
        }
        List<Subject> subjects = new ArrayList<>();
        if (v.subnet() != null) {
            subjects.add(v.subnet());
        }
        if (v.vpc() != null) {
            subjects.add(v.vpc());
        }
        for (Subject t : subjects) {
            Optional<Waived> s = suppression(r, v, new ResourceId(t.stack(), t.logicalId()));
            if (s.isPresent()) {
                return s;
            }
        }
        return v.component() == null ? Optional.empty() : suppression(r, v, v.component());
    }

    private Optional<Waived> suppression(Requirement r, Violation v, ResourceId id) {
        Optional<Resource> res = sources.resource(id, v.region());
        return res.flatMap(resource -> Suppressions.find(resource, r))
                .map(s -> new Waived(v, s.reason(), Suppressions.KEY + " at " + s.where()));
    }
}
