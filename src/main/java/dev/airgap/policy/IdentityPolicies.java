package dev.airgap.policy;

import java.util.List;

/**
 * The calling role's identity policies.
 *
 * @param mode     whether they are known, unknown (no role found), or to be left out of the answer
 * @param policies inline, attached and managed policies; each one's {@link PolicyDocument#problem()} says when its
 *                 content is not known (an AWS-managed policy missing from the catalog)
 * @param boundary the permissions boundary, or null
 * @param reason   why they are unknown or ignored; empty when known
 */
public record IdentityPolicies(Mode mode, List<PolicyDocument> policies, PolicyDocument boundary, String reason) {

    public enum Mode { KNOWN, UNKNOWN, IGNORED }

    public IdentityPolicies {
        policies = List.copyOf(policies);
        reason = reason == null ? "" : reason;
    }

    public static IdentityPolicies of(List<PolicyDocument> policies) {
        return new IdentityPolicies(Mode.KNOWN, policies, null, "");
    }

    public static IdentityPolicies of(List<PolicyDocument> policies, PolicyDocument boundary) {
        return new IdentityPolicies(Mode.KNOWN, policies, boundary, "");
    }

    /** No role is known for the workload: its permissions might allow or deny anything. */
    public static IdentityPolicies unknown(String reason) {
        return new IdentityPolicies(Mode.UNKNOWN, List.of(), null, reason);
    }

    /** Answer for the network path alone: take the role to allow everything and deny nothing. */
    public static IdentityPolicies ignored() {
        return new IdentityPolicies(Mode.IGNORED, List.of(), null, "the role's policies are not considered");
    }
}
