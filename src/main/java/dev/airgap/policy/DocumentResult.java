package dev.airgap.policy;

import java.util.List;

/**
 * One policy document evaluated for one request.
 *
 * @param source     the policy
 * @param denies     whether a Deny statement applies
 * @param allows     whether an Allow statement applies
 * @param statements the statements that applied, might apply, or limited the request
 * @param problem    why the document as a whole could not be read, or null
 */
public record DocumentResult(PolicySource source, Truth denies, Truth allows, List<DecidingStatement> statements,
                             String problem) {

    public DocumentResult {
        statements = List.copyOf(statements);
    }

    /** The document alone, as AWS evaluates it: an explicit Deny wins, no applicable Allow is an implicit deny. */
    public Decision decision() {
        return Decision.of(denies.not().and(allows));
    }

    List<DecidingStatement> with(Contribution c) {
        return statements.stream().filter(s -> s.contribution() == c).toList();
    }
}
