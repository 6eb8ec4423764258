package dev.airgap.path;

import dev.airgap.network.Known;
import dev.airgap.network.RegionNetwork;
import dev.airgap.network.Workload;
import dev.airgap.policy.AccessEvaluator;
import dev.airgap.policy.IdentityPolicies;
import dev.airgap.policy.PolicySet;
import dev.airgap.policy.ResourceScope;
import dev.airgap.policy.RunPolicies;
import dev.airgap.policy.ScopeAnalyzer;
import dev.airgap.resolve.ResolvedRun;
import dev.airgap.resolve.ResourceId;
import dev.airgap.resolve.Value;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code buckets.scope} of an S3 verdict (and {@code tables.scope} of a DynamoDB one): the endpoint's policy (when the path passes one), the bucket policies and
 * the role of the workload the verdict is for. Where no workload is placed, the path's policies alone decide
 * (the role is left out, not guessed). Memoised per (endpoint, role): many subnets share both.
 */
final class BucketScopes {

    private final RegionNetwork network;
    private final RunPolicies policies;
    private final Map<List<Object>, Buckets> memo = new HashMap<>();

    BucketScopes(ResolvedRun run, RegionNetwork network) {
        this.network = network;
        this.policies = run == null ? null : RunPolicies.of(run, network.region());
    }

    /** S3 verdicts get {@code buckets}, DynamoDB verdicts the same for tables; other services are returned as is. */
    ServiceVerdict apply(ServiceVerdict v) {
        boolean tables = "dynamodb".equals(v.service());
        if (!"s3".equals(v.service()) && !tables) {
            return v;
        }
        if (v.access() == Access.NONE) {
            return v.withBuckets(new Buckets("NONE", List.of(), List.of(), null, "no path to " + v.service()));
        }
        if (v.access() == Access.UNKNOWN || policies == null) {
            return v.withBuckets(new Buckets("UNKNOWN", List.of(), List.of(), null,
                    policies == null ? "policies are not evaluated" : "the path to " + v.service() + " is unknown"));
        }
        Workload client = v.client() == null ? null : network.workload(v.client()).orElse(null);
        return v.withBuckets(memo.computeIfAbsent(Arrays.asList(tables, v.endpointId(), client == null ? null
                : client.instanceProfile().orElse(null), client == null ? null : client.role().orElse(null)),
                k -> evaluate(v.endpointId(), client, tables)));
    }

    private Buckets evaluate(ResourceId endpoint, Workload client, boolean tables) {
        try {
            IdentityPolicies identity;
            ResourceId role = null;
            if (client == null) {
                identity = IdentityPolicies.ignored();
            } else {
                Known<ResourceId> profile = client.instanceProfile();
                Optional<ResourceId> r = client.role().isKnown() ? Optional.of(client.role().get())
                        : profile.isKnown() ? policies.roleOfInstanceProfile(new Value.Ref(profile.get()))
                        : Optional.empty();
                role = r.orElse(null);
                identity = role != null ? policies.identityOf(role) : IdentityPolicies.unknown(
                        "the role of " + client.id().logicalId() + " is not known: " + (profile.isKnown()
                                ? "instance profile " + profile.get().logicalId() + " names no role of the run"
                                : client.type().startsWith("AWS::EC2") || client.type().startsWith("AWS::AutoScaling")
                                ? profile.reason() : client.role().reason()));
            }
            PolicySet set = PolicySet.builder()
                    .endpoint(endpoint == null ? null : policies.endpointPolicyOf(endpoint))
                    .identity(identity)
                    .bucketPolicies(policies.bucketPolicies())
                    .runBuckets(policies.buckets())
                    .build();
            AccessEvaluator evaluator = new AccessEvaluator(set, policies.context(endpoint, role).build());
            ResourceScope scope = tables ? ScopeAnalyzer.tables(evaluator) : ScopeAnalyzer.buckets(evaluator);
            StringBuilder text = new StringBuilder();
            for (String reason : scope.reasons()) {
                text.append(text.length() == 0 ? "" : " ").append(reason.trim())
                        .append(reason.trim().endsWith(".") ? "" : ".");
            }
            String why = text.toString();
            if (client == null) {
                why = (why + " No workload is placed in the subnet: the role's policies are not considered.").trim();
            }
            return new Buckets(scope.scope().name(), scope.allowed(), scope.undecided(),
                    role == null ? null : role.logicalId(), why);
        } catch (RuntimeException e) {
            // Policy evaluation must never break the network analysis: say it could not decide.
            return new Buckets("UNKNOWN", List.of(), List.of(), null, "policy evaluation failed: " + e);
        }
    }
}
