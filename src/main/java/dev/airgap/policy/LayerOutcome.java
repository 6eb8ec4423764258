package dev.airgap.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * What one layer (endpoint, role, bucket) says about a request: whether it denies, whether it allows, which
 * statements took part, and what was assumed.
 */
record LayerOutcome(String name, Truth denies, Truth allows, List<DecidingStatement> statements, List<String> notes) {

    LayerOutcome {
        statements = List.copyOf(statements);
        notes = List.copyOf(notes);
    }

    static LayerOutcome silent(String name, boolean allows, String note) {
        return new LayerOutcome(name, Truth.FALSE, Truth.of(allows), List.of(),
                note == null ? List.of() : List.of(note));
    }

    static LayerOutcome unknown(String name, String note) {
        return new LayerOutcome(name, Truth.UNKNOWN, Truth.UNKNOWN, List.of(), List.of(note));
    }

    /** Several documents of one layer: any Deny denies, any Allow allows. */
    static LayerOutcome union(String name, List<DocumentResult> results) {
        Truth denies = Truth.FALSE;
        Truth allows = Truth.FALSE;
        List<DecidingStatement> statements = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (DocumentResult r : results) {
            denies = denies.or(r.denies());
            allows = allows.or(r.allows());
            statements.addAll(r.statements());
            if (r.problem() != null) {
                notes.add(r.source().name() + ": " + r.problem());
            }
        }
        return new LayerOutcome(name, denies, allows, statements, notes);
    }

    /** A permissions boundary: its Deny denies; the layer allows only what the boundary allows too. */
    LayerOutcome cappedBy(DocumentResult boundary) {
        List<DecidingStatement> s = new ArrayList<>(statements);
        s.addAll(boundary.statements());
        List<String> n = new ArrayList<>(notes);
        if (boundary.problem() != null) {
            n.add(boundary.source().name() + ": " + boundary.problem());
        }
        return new LayerOutcome(name, denies.or(boundary.denies()), allows.and(boundary.allows()), s, n);
    }

    List<DecidingStatement> with(Contribution... contributions) {
        List<Contribution> wanted = List.of(contributions);
        return statements.stream().filter(s -> wanted.contains(s.contribution())).toList();
    }
}
