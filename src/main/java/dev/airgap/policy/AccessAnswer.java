package dev.airgap.policy;

import java.util.List;

/**
 * The answer to an {@link AccessQuestion}.
 *
 * @param action   the action asked about
 * @param resource the resource ARN as far as it is known, e.g. {@code arn:aws:s3:::test-us-west-bt2}
 * @param decision ALLOW, DENY (explicit or implicit), or UNKNOWN
 * @param because  the statements that decided: for ALLOW the Allow statements of every layer that must allow; for
 *                 an explicit DENY the Deny statements; for an implicit DENY the Allow statements that stop short of
 *                 this request; for UNKNOWN the statements that might apply
 * @param reasons  sentences for reports: which layer lacks an allow, what was assumed, what is unknown
 */
public record AccessAnswer(String action, String resource, Decision decision, List<DecidingStatement> because,
                           List<String> reasons) {

    public AccessAnswer {
        because = List.copyOf(because);
        reasons = List.copyOf(reasons);
    }

    /** A Deny statement applies (rather than no statement allowing the request). */
    public boolean explicitDeny() {
        return decision == Decision.DENY && because.stream().anyMatch(s -> s.contribution() == Contribution.DENIES);
    }
}
