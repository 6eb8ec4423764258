package dev.airgap.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes {@code buckets.scope} and {@code buckets.allowed}: first asks whether a bucket no policy names is
 * reachable (then access is not restricted: ALL); if not, asks about every bucket the policies name. A bucket is
 * reachable when some S3 action on it or on some object in it is allowed.
 */
public final class BucketScopeAnalyzer {

    private static final String ANY_BUCKET = "*";

    private BucketScopeAnalyzer() {
    }

    public static BucketScope analyze(AccessEvaluator evaluator) {
        S3Candidates candidates = S3Candidates.of(evaluator.policies(), evaluator.context());
        List<List<Token>> actions = candidates.actions();

        List<Target> unnamed = targets(List.of(new Target.Part.Fresh("<any bucket>")), Set.of(),
                BucketRef.named("<any other bucket>"));
        AccessAnswer any = probe(evaluator, actions, unnamed);

        Set<String> allowed = new TreeSet<>();
        Set<String> undecided = new TreeSet<>();
        Map<String, DecidingStatement> because = new LinkedHashMap<>();
        Set<String> reasons = new LinkedHashSet<>();
        if (any.decision() == Decision.ALLOW) {
            any.because().forEach(s -> because.putIfAbsent(key(s), s));
            return new BucketScope(Scope.ALL, List.of(ANY_BUCKET), List.of(), List.copyOf(because.values()),
                    List.of("buckets no policy names are reachable: " + describe(any)));
        }
        any.because().forEach(s -> because.putIfAbsent(key(s), s));
        reasons.addAll(any.reasons());
        if (any.decision() == Decision.UNKNOWN) {
            undecided.add(ANY_BUCKET);
        }
        for (S3Candidates.Bucket b : candidates.buckets()) {
            AccessAnswer a = probe(evaluator, actions, targets(b.name(), b.keys(), b.ref()));
            if (a.decision() == Decision.ALLOW) {
                allowed.add(b.label());
                a.because().forEach(s -> because.putIfAbsent(key(s), s));
            } else if (a.decision() == Decision.UNKNOWN) {
                undecided.add(b.label());
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
        return new BucketScope(scope, new ArrayList<>(allowed), new ArrayList<>(undecided),
                List.copyOf(because.values()), new ArrayList<>(reasons));
    }

    private static List<Target> targets(List<Target.Part> name, Set<List<Target.Part>> keys, BucketRef ref) {
        List<Target> out = new ArrayList<>();
        out.add(Target.s3(name, null, ref));
        out.add(Target.s3(name, List.of(Target.ANY_KEY), ref));
        keys.forEach(k -> out.add(Target.s3(name, k, ref)));
        return out;
    }

    /** The most permissive answer over all actions and targets: ALLOW if any, else UNKNOWN if any, else DENY. */
    private static AccessAnswer probe(AccessEvaluator evaluator, List<List<Token>> actions, List<Target> targets) {
        AccessAnswer first = null;
        AccessAnswer unknown = null;
        for (Target t : targets) {
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

    private static String describe(AccessAnswer a) {
        return a.action() + " on " + a.resource() + " is allowed";
    }

    private static String key(DecidingStatement s) {
        return s.label() + "|" + s.contribution();
    }
}
