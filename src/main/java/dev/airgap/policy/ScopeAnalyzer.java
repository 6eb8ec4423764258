package dev.airgap.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes {@code buckets.scope} and {@code buckets.allowed} (and the same for DynamoDB tables): first asks whether
 * a resource no policy names is reachable (then access is not restricted: ALL); if not, asks about every resource
 * the policies name. A resource is reachable when some action of the service on it, or on something below it (an
 * object, an index), is allowed.
 */
public final class ScopeAnalyzer {

    private static final String ANY = "*";

    private ScopeAnalyzer() {
    }

    public static ResourceScope buckets(AccessEvaluator evaluator) {
        return analyze(ResourceFamily.BUCKETS, evaluator);
    }

    public static ResourceScope tables(AccessEvaluator evaluator) {
        return analyze(ResourceFamily.TABLES, evaluator);
    }

    /**
     * The buckets (or tables) an endpoint policy lets any caller reach when the caller's own permissions are
     * unknown: {@code ceiling} must evaluate the same endpoint and resource policies with the role taken to allow
     * everything ({@link IdentityPolicies#ignored()}). Empty unless the endpoint's Allow statements alone keep
     * unnamed resources out (an implicit deny by the endpoint, not a Deny statement: the brief of issue 15 keeps
     * Deny-based ceilings UNKNOWN) and every resource they name is decided. The result is RESTRICTED or NONE; its
     * {@code because} names the endpoint statements that allow the listed resources.
     */
    public static Optional<ResourceScope> bucketCeiling(AccessEvaluator ceiling) {
        return endpointCeiling(ResourceFamily.BUCKETS, ceiling);
    }

    /** {@link #bucketCeiling} for DynamoDB tables. */
    public static Optional<ResourceScope> tableCeiling(AccessEvaluator ceiling) {
        return endpointCeiling(ResourceFamily.TABLES, ceiling);
    }

    private static Optional<ResourceScope> endpointCeiling(ResourceFamily family, AccessEvaluator ceiling) {
        PolicySet set = ceiling.policies();
        if (set.endpoint() == null || set.endpoint().fullAccess()
                || set.identity().mode() != IdentityPolicies.Mode.IGNORED) {
            return Optional.empty();
        }
        Candidates candidates = Candidates.of(family, set, ceiling.context());
        BucketRef otherBucket = family == ResourceFamily.BUCKETS ? BucketRef.named("<any other bucket>") : null;
        AccessAnswer any = probe(ceiling, candidates.actions(),
                targets(family, List.of(new ResourceArn.Part.Fresh("<unnamed>")), Set.of(), otherBucket));
        boolean cappedByEndpointAllows = any.decision() == Decision.DENY && !any.explicitDeny()
                && any.because().stream().allMatch(s -> s.policy().equals(set.endpoint().source()));
        if (!cappedByEndpointAllows) {
            return Optional.empty();
        }
        ResourceScope scope = analyze(family, ceiling);
        if (scope.scope() != Scope.RESTRICTED && scope.scope() != Scope.NONE) {
            return Optional.empty();
        }
        List<DecidingStatement> endpointStatements = scope.because().stream()
                .filter(s -> s.policy().equals(set.endpoint().source())
                        && s.contribution() == Contribution.ALLOWS)
                .toList();
        return Optional.of(new ResourceScope(scope.scope(), scope.allowed(), scope.undecided(), endpointStatements,
                scope.reasons()));
    }

    private static ResourceScope analyze(ResourceFamily family, AccessEvaluator evaluator) {
        Candidates candidates = Candidates.of(family, evaluator.policies(), evaluator.context());
        List<List<Token>> actions = candidates.actions();

        BucketRef otherBucket = family == ResourceFamily.BUCKETS ? BucketRef.named("<any other bucket>") : null;
        AccessAnswer any = probe(evaluator, actions,
                targets(family, List.of(new ResourceArn.Part.Fresh("<unnamed>")), Set.of(), otherBucket));

        Map<String, DecidingStatement> because = new LinkedHashMap<>();
        any.because().forEach(s -> because.putIfAbsent(key(s), s));
        if (any.decision() == Decision.ALLOW) {
            return new ResourceScope(Scope.ALL, List.of(ANY), List.of(), List.copyOf(because.values()),
                    List.of(family.service() + " resources no policy names are reachable: " + any.action() + " on "
                            + any.resource() + " is allowed"));
        }
        Set<String> allowed = new TreeSet<>();
        Set<String> undecided = new TreeSet<>();
        Set<String> reasons = new LinkedHashSet<>(any.reasons());
        if (any.decision() == Decision.UNKNOWN) {
            undecided.add(ANY);
        }
        for (Candidates.Candidate c : candidates.resources()) {
            AccessAnswer a = probe(evaluator, actions, targets(family, c.name(), c.subs(), c.ref()));
            if (a.decision() == Decision.ALLOW) {
                allowed.add(c.label());
                a.because().forEach(s -> because.putIfAbsent(key(s), s));
            } else if (a.decision() == Decision.UNKNOWN) {
                undecided.add(c.label());
                a.because().forEach(s -> because.putIfAbsent(key(s), s));
                reasons.addAll(a.reasons());
            }
        }
        reasons.addAll(candidates.incomplete());
        Scope scope;
        if (!undecided.isEmpty() || !candidates.incomplete().isEmpty()) {
            scope = Scope.UNKNOWN;
        } else {
            scope = allowed.isEmpty() ? Scope.NONE : Scope.RESTRICTED;
        }
        return new ResourceScope(scope, new ArrayList<>(allowed), new ArrayList<>(undecided),
                List.copyOf(because.values()), new ArrayList<>(reasons));
    }

    /** The resource itself, something below it no policy names (any object key), and the shapes policies name. */
    private static List<ResourceArn> targets(ResourceFamily family, List<ResourceArn.Part> name, Set<List<ResourceArn.Part>> subs,
                                        BucketRef ref) {
        List<ResourceArn> out = new ArrayList<>();
        out.add(family.target(name, null, ref));
        out.add(family.target(name, List.of(ResourceArn.ANY_KEY), ref));
        subs.forEach(s -> out.add(family.target(name, s, ref)));
        return out;
    }

    /** The most permissive answer over all actions and targets: ALLOW if any, else UNKNOWN if any, else DENY. */
    private static AccessAnswer probe(AccessEvaluator evaluator, List<List<Token>> actions, List<ResourceArn> targets) {
        AccessAnswer first = null;
        AccessAnswer unknown = null;
        for (ResourceArn t : targets) {
            List<Token> resource = t.tokens(evaluator.context());
            for (List<Token> action : actions) {
                AccessAnswer a = evaluator.decide(new Request(action, resource, t.bucket()));
                if (a.decision() == Decision.ALLOW) {
                    return a;
                }
                if (a.decision() == Decision.UNKNOWN && unknown == null) {
                    unknown = a;
                }
                if (first == null) {
                    first = a;
                }
            }
        }
        return unknown != null ? unknown : first;
    }

    private static String key(DecidingStatement s) {
        return s.label() + "|" + s.contribution();
    }
}
