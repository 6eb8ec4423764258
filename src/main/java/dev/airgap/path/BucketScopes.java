package dev.airgap.path;

import dev.airgap.network.Known;
import dev.airgap.network.RegionNetwork;
import dev.airgap.network.Workload;
import dev.airgap.policy.AccessAnswer;
import dev.airgap.policy.AccessEvaluator;
import dev.airgap.policy.AccessQuestion;
import dev.airgap.policy.BucketRef;
import dev.airgap.policy.DecidingStatement;
import dev.airgap.policy.IdentityPolicies;
import dev.airgap.policy.PolicySet;
import dev.airgap.policy.ResourceScope;
import dev.airgap.policy.RunPolicies;
import dev.airgap.policy.Scope;
import dev.airgap.policy.ScopeAnalyzer;
import dev.airgap.resolve.ResolvedRun;
import dev.airgap.resolve.ResourceId;
import dev.airgap.resolve.Value;
import java.util.ArrayList;
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
    private List<dev.airgap.policy.BucketPolicy> bucketPolicies;
    private List<dev.airgap.policy.BucketRef> buckets;

    private final List<AccessCheck> checks;

    BucketScopes(ResolvedRun run, RegionNetwork network, List<AccessCheck> checks) {
        this.network = network;
        this.checks = List.copyOf(checks);
        this.policies = run == null ? null : RunPolicies.of(run, network.region());
    }

    /** S3 verdicts get {@code buckets}, DynamoDB verdicts the same for tables; other services are returned as is. */
    ServiceVerdict apply(ServiceVerdict v) {
        boolean tables = "dynamodb".equals(v.service());
        if (!"s3".equals(v.service()) && !tables) {
            return v;
        }
        if (v.access() == Access.NONE) {
            return v.withBuckets(new Buckets(Scope.NONE, List.of(), List.of(), null, "no path to " + v.service()));
        }
        if (v.access() == Access.UNKNOWN || policies == null) {
            return v.withBuckets(new Buckets(Scope.UNKNOWN, List.of(), List.of(), null,
                    policies == null ? "policies are not evaluated" : "the path to " + v.service() + " is unknown"));
        }
        Workload client = v.client() == null ? null : network.workload(v.client()).orElse(null);
        // The client matters through its role only: key the memo by the role, not by the workload.
        Object who = client == null ? "no client"
                : roleOf(client).map(Object.class::cast).orElseGet(() -> new UnknownRole(kindOf(client)));
        return v.withBuckets(memo.computeIfAbsent(Arrays.asList(tables, v.endpointId(), who),
                k -> evaluate(v.endpointId(), who, tables)));
    }

    /** A workload whose role the templates do not name; keyed by its kind so the sentence can say what it is. */
    private record UnknownRole(String kind) {}

    private static String kindOf(Workload w) {
        return switch (w.type()) {
            case "AWS::EC2::Instance" -> "instance";
            case "AWS::Lambda::Function" -> "function";
            default -> "workload";
        };
    }

    private final Map<Workload, Optional<ResourceId>> roles = new HashMap<>();

    /** The workload's role: named directly (Lambda, ECS task) or through its instance profile. */
    private Optional<ResourceId> roleOf(Workload w) {
        return roles.computeIfAbsent(w, k -> {
            if (w.role().isKnown()) {
                return Optional.of(w.role().get());
            }
            Known<ResourceId> profile = w.instanceProfile();
            return profile.isKnown() ? policies.roleOfInstanceProfile(new Value.Ref(profile.get())) : Optional.empty();
        });
    }

    /** The run's bucket policies and buckets, read once: every evaluation of the region shares them. */
    private List<dev.airgap.policy.BucketPolicy> bucketPolicies() {
        if (bucketPolicies == null) {
            bucketPolicies = policies.bucketPolicies();
        }
        return bucketPolicies;
    }

    private List<dev.airgap.policy.BucketRef> buckets() {
        if (buckets == null) {
            buckets = policies.buckets();
        }
        return buckets;
    }

    private Buckets evaluate(ResourceId endpoint, Object who, boolean tables) {
        try {
            ResourceId role = who instanceof ResourceId r ? r : null;
            IdentityPolicies identity = "no client".equals(who) ? IdentityPolicies.ignored()
                    : role != null ? policies.identityOf(role)
                    : IdentityPolicies.unknown("no role of the run is known for the workload (no instance profile, "
                    + "Lambda role or ECS task role the templates name)");
            PolicySet set = PolicySet.builder()
                    .endpoint(endpoint == null ? null : policies.endpointPolicyOf(endpoint))
                    .identity(identity)
                    .bucketPolicies(bucketPolicies())
                    .runBuckets(buckets())
                    .build();
            AccessEvaluator evaluator = new AccessEvaluator(set, policies.context(endpoint, role).build());
            ResourceScope scope = tables ? ScopeAnalyzer.tables(evaluator) : ScopeAnalyzer.buckets(evaluator);
            if (who instanceof UnknownRole unknown && scope.scope() == Scope.UNKNOWN) {
                Optional<ResourceScope> ceiling = endpointCeiling(endpoint, tables);
                if (ceiling.isPresent()) {
                    return capped(ceiling.get(), unknown, tables, evaluator);
                }
            }
            StringBuilder text = new StringBuilder();
            for (String reason : scope.reasons()) {
                text.append(text.length() == 0 ? "" : " ").append(reason.trim())
                        .append(reason.trim().endsWith(".") ? "" : ".");
            }
            if ("no client".equals(who)) {
                text.append(text.length() == 0 ? "" : " ")
                        .append("No workload is placed in the subnet: the role's policies are not considered.");
            }
            return new Buckets(scope.scope(), scope.allowed(), scope.undecided(),
                    role == null ? null : role.logicalId(), text.toString(), answers(evaluator, tables));
        } catch (RuntimeException e) {
            // Policy evaluation must never break the network analysis: say it could not decide.
            return new Buckets(Scope.UNKNOWN, List.of(), List.of(), null, "policy evaluation failed: " + e);
        }
    }

    /** The user's access checks, answered with the caller's real (possibly unknown) permissions. */
    private List<AccessCheckResult> answers(AccessEvaluator evaluator, boolean tables) {
        List<AccessCheckResult> answers = new ArrayList<>();
        if (!tables) {
            for (AccessCheck c : checks) {
                AccessAnswer a = evaluator.decide(AccessQuestion.s3(c.action(), BucketRef.named(c.bucket())));
                answers.add(new AccessCheckResult(c, a.decision().name(),
                        a.because().stream().map(DecidingStatement::label).toList(), a.reasons()));
            }
        }
        return answers;
    }

    /**
     * What any caller can reach through the endpoint: the same endpoint and bucket policies with the role taken to
     * allow everything. A role can only narrow that, so the ceiling is a sound upper bound of the unknown caller.
     */
    private Optional<ResourceScope> endpointCeiling(ResourceId endpoint, boolean tables) {
        if (endpoint == null) {
            return Optional.empty();
        }
        PolicySet set = PolicySet.builder()
                .endpoint(policies.endpointPolicyOf(endpoint))
                .identity(IdentityPolicies.ignored())
                .bucketPolicies(bucketPolicies())
                .runBuckets(buckets())
                .build();
        AccessEvaluator ceiling = new AccessEvaluator(set, policies.context(endpoint, null).build());
        return tables ? ScopeAnalyzer.tableCeiling(ceiling) : ScopeAnalyzer.bucketCeiling(ceiling);
    }

    /**
     * The capped scope as one sentence a person reads: "at most test-us-west-bt (endpoint policy S3Endpoint,
     * statement OnlyTestBucket); the instance has no role in the templates, so its own permissions are unknown".
     */
    private Buckets capped(ResourceScope ceiling, UnknownRole who, boolean tables, AccessEvaluator evaluator) {
        String noun = tables ? "table" : "bucket";
        String statements = ceiling.because().stream().map(BucketScopes::statementLabel).distinct()
                .collect(java.util.stream.Collectors.joining(", "));
        String reach = ceiling.scope() == Scope.NONE
                ? "no " + noun + ": the endpoint policy allows none"
                : "at most " + String.join(", ", ceiling.allowed())
                + (statements.isEmpty() ? "" : " (" + statements + ")");
        String text = reach + "; the " + who.kind() + " has no role in the templates, so its own permissions are "
                + "unknown.";
        return new Buckets(ceiling.scope(), ceiling.allowed(), List.of(), null, text,
                answers(evaluator, tables), true);
    }

    /** {@code endpoint policy S3Endpoint, statement OnlyTestBucket} (or {@code Statement[0]} without a Sid). */
    private static String statementLabel(DecidingStatement s) {
        String policy = s.policy().resource() == null ? s.policy().name()
                : "endpoint policy " + s.policy().resource().logicalId();
        return policy + ", statement " + (s.sid().isEmpty() ? "Statement[" + s.index() + "]" : s.sid());
    }
}
