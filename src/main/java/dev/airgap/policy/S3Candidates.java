package dev.airgap.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The buckets and S3 actions worth asking about: every bucket an Allow statement names (literally, by pattern or by
 * {@code Ref}), every bucket with a bucket policy, and one representative action per S3 action pattern. Wildcards
 * become fresh names, so {@code arn:aws:s3:::logs-*} is asked about as {@code logs-<fresh>} and
 * {@code s3:Get*} as {@code s3:Get<fresh>}.
 */
final class S3Candidates {

    /**
     * A bucket to probe.
     *
     * @param label  how the scope lists it
     * @param ref    selects the bucket policies that apply
     * @param name   the bucket name as ARN parts
     * @param keys   object key shapes named by policies, besides "any key"
     */
    record Bucket(String label, BucketRef ref, List<Target.Part> name, Set<List<Target.Part>> keys) {}

    private final RequestContext context;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>();
    private final Map<String, List<Token>> actions = new LinkedHashMap<>();
    private final Set<String> incomplete = new LinkedHashSet<>();

    private S3Candidates(RequestContext context) {
        this.context = context;
        List<Token> fresh = new ArrayList<>(SymbolicString.literal("s3:"));
        fresh.add(new Token.Sym("fresh:action", Token.Kind.FRESH, "<any action>", null));
        actions.put("s3:<any action>", fresh);
    }

    static S3Candidates of(PolicySet policies, RequestContext context) {
        S3Candidates c = new S3Candidates(context);
        if (policies.endpoint() != null && !policies.endpoint().fullAccess()) {
            c.scan(policies.endpoint().document());
        }
        policies.identity().policies().forEach(c::scan);
        if (policies.identity().boundary() != null) {
            c.scan(policies.identity().boundary());
        }
        for (BucketPolicy p : policies.bucketPolicies()) {
            c.scan(p.document());
            c.add(p.bucket().label(), p.bucket(), List.of(new Target.Part.Val(p.bucket().nameValue())));
        }
        return c;
    }

    List<Bucket> buckets() {
        return List.copyOf(buckets.values());
    }

    List<List<Token>> actions() {
        return List.copyOf(actions.values());
    }

    /** Allow statements whose resources could not be read: the list of buckets may be incomplete. */
    Set<String> incomplete() {
        return incomplete;
    }

    private void scan(PolicyDocument doc) {
        for (Statement s : doc.statements()) {
            if (s.effect() != Effect.ALLOW || s.malformed()) {
                continue;
            }
            if (!s.action().negated()) {
                s.action().items().forEach(this::action);
            }
            if (!s.resource().negated()) {
                for (var item : s.resource().items()) {
                    SymbolicString.Result r = SymbolicString.pattern(item, context.symbols(), SymbolicString.Mode.ARN,
                            doc.substitutesVariables() ? context : null);
                    if (!r.ok() || !resource(r.tokens())) {
                        incomplete.add(doc.source().name() + ", Statement[" + s.index() + "]: Resource "
                                + (r.ok() ? Token.render(r.tokens()) : r.problem()) + " cannot be read as a bucket");
                    }
                }
            }
        }
    }

    private void action(dev.airgap.resolve.Value item) {
        SymbolicString.Result r = SymbolicString.pattern(item, context.symbols(), SymbolicString.Mode.GLOB, null);
        if (!r.ok() || !Token.render(r.tokens()).toLowerCase(java.util.Locale.ROOT).startsWith("s3:")) {
            return;
        }
        List<Token> representative = new ArrayList<>();
        for (Token t : r.tokens()) {
            if (t instanceof Token.Star) {
                representative.add(new Token.Sym("fresh:action", Token.Kind.FRESH, "*", null));
            } else if (t instanceof Token.One) {
                representative.add(new Token.Ch('x'));
            } else {
                representative.add(t);
            }
        }
        actions.putIfAbsent(Token.render(representative).toLowerCase(java.util.Locale.ROOT), representative);
    }

    /** Records the bucket an ARN pattern names; false when the pattern might name buckets but cannot be read. */
    private boolean resource(List<Token> pattern) {
        int rest = s3Prefix(pattern);
        if (rest < 0) {
            return !mightNameABucket(pattern);
        }
        int slash = rest;
        while (slash < pattern.size() && !(pattern.get(slash) instanceof Token.Ch c && c.c() == '/')) {
            slash++;
        }
        List<Token> name = pattern.subList(rest, slash);
        if (name.isEmpty() || name.size() == 1 && name.get(0) instanceof Token.Star) {
            // every bucket: the probe of an unnamed bucket covers it
            return true;
        }
        List<Target.Part> nameParts = parts(name);
        if (nameParts == null) {
            return false;
        }
        String label = Token.render(name);
        Bucket b = add(label, ref(name, label), nameParts);
        if (slash < pattern.size()) {
            List<Target.Part> key = parts(pattern.subList(slash + 1, pattern.size()));
            if (key == null) {
                return false;
            }
            if (!key.isEmpty()) {
                b.keys().add(key);
            }
        }
        return true;
    }

    private Bucket add(String label, BucketRef ref, List<Target.Part> name) {
        return buckets.computeIfAbsent(label, l -> new Bucket(l, ref, name, new LinkedHashSet<>()));
    }

    /** Where {@code arn:PARTITION:s3:::} ends, or -1. */
    private static int s3Prefix(List<Token> p) {
        String arn = "arn:";
        if (p.size() < arn.length() || !Token.render(p.subList(0, arn.length())).equals(arn)
                || p.subList(0, arn.length()).stream().anyMatch(t -> !(t instanceof Token.Ch))) {
            return -1;
        }
        int i = arn.length();
        while (i < p.size() && !(p.get(i) instanceof Token.Ch c && c.c() == ':')) {
            i++;
        }
        String service = ":s3:::";
        if (i + service.length() > p.size()) {
            return -1;
        }
        List<Token> s = p.subList(i, i + service.length());
        return s.stream().allMatch(t -> t instanceof Token.Ch) && Token.render(s).equals(service)
                ? i + service.length() : -1;
    }

    /**
     * Not an S3 ARN pattern, yet it might match one (an opaque value, say): then the buckets it names are unknown.
     * Wildcards in the service segment are not allowed, so a pattern that does not match an unnamed bucket either
     * is about another service.
     */
    private boolean mightNameABucket(List<Token> pattern) {
        List<Token> fresh = Target.s3(List.of(new Target.Part.Fresh("<bucket>")), null, null).tokens(context);
        return Glob.match(pattern, fresh, false) == Truth.UNKNOWN;
    }

    private static BucketRef ref(List<Token> name, String label) {
        if (name.size() == 1 && name.get(0) instanceof Token.Sym s && s.kind() == Token.Kind.REF
                && s.origin() instanceof dev.airgap.resolve.Value.Ref r) {
            return BucketRef.resource(r.target());
        }
        return BucketRef.named(label);
    }

    /** A representative instance of a pattern: wildcards become fresh names; null if a part cannot be rebuilt. */
    private static List<Target.Part> parts(List<Token> pattern) {
        List<Target.Part> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Token t : pattern) {
            if (t instanceof Token.Ch c) {
                text.append(c.c());
                continue;
            }
            if (t instanceof Token.One) {
                text.append('x');
                continue;
            }
            if (text.length() > 0) {
                out.add(new Target.Part.Lit(text.toString()));
                text.setLength(0);
            }
            if (t instanceof Token.Star) {
                out.add(new Target.Part.Fresh("*"));
            } else if (((Token.Sym) t).origin() != null) {
                out.add(new Target.Part.Val(((Token.Sym) t).origin()));
            } else {
                return null;
            }
        }
        if (text.length() > 0) {
            out.add(new Target.Part.Lit(text.toString()));
        }
        return out;
    }
}
