/**
 * IAM policy evaluation for the questions a network path cannot answer on its own: may this workload's role, through
 * this VPC endpoint, perform this action on this bucket?
 *
 * <p>Policies arrive as resolved {@link dev.airgap.resolve.Value} trees. Everything is three-valued: a statement
 * whose applicability depends on something the templates cannot tell (a condition key known only at request time, a
 * physical name chosen at deploy time, an AWS-managed policy missing from the bundled catalog) contributes UNKNOWN,
 * and UNKNOWN never turns into ALLOW.
 *
 * <p>Entry points: {@link dev.airgap.policy.AccessEvaluator} answers one {@link dev.airgap.policy.AccessQuestion}
 * over a {@link dev.airgap.policy.PolicySet}; {@link dev.airgap.policy.ScopeAnalyzer} computes which buckets (and
 * DynamoDB tables) are reachable at all; {@link dev.airgap.policy.RunPolicies} gathers the policy layers from a
 * resolved run.
 */
package dev.airgap.policy;
