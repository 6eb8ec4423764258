package dev.airgap.policy;

import dev.airgap.resolve.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The resources and actions of one family worth asking about: every bucket (or table) a statement names
 * (literally, by pattern or by {@code Ref}), every bucket with a bucket policy, and one representative action per
 * action pattern of the service. Wildcards become fresh names, so {@code arn:aws:s3:::logs-*} is asked about as
 * {@code logs-<fresh>} and {@code s3:Get*} as {@code s3:Get<fresh>}.
 */
final class Candidates {

    /**
     * A resource to probe.
     *
     * @param label how the scope lists it
     * @param ref   selects the bucket policies that apply; null for tables
     * @param name  the name as ARN parts
     * @param subs  shapes below the resource named by policies (object keys, {@code index/...})
     */
    record Candidate(String label, BucketRef ref, List<ResourceArn.Part> name, Set<List<ResourceArn.Part>> subs) {}

    private final ResourceFamily family;
    private final RequestContext context;
    private final Map<String, Candidate> resources = new LinkedHashMap<>();
    private final Map<String, List<Token>> actions = new LinkedHashMap<>();
    private final Set<String> incomplete = new LinkedHashSet<>();

    private Candidates(ResourceFamily family, RequestContext context) {
        this.family = family;
        this.context = context;
        List<Token> fresh = new ArrayList<>(SymbolicString.literal(family.service() + ":"));
        fresh.add(new Token.Sym("fresh:action", Token.Kind.FRESH, "<any action>", null));
        actions.put(family.service() + ":<any action>", fresh);
    }

    static Candidates of(ResourceFamily family, PolicySet policies, RequestContext context) {
        Candidates c = new Candidates(family, context);
        if (policies.endpoint() != null && !policies.endpoint().fullAccess()) {
            c.scan(policies.endpoint().document());
        }
        policies.identity().policies().forEach(c::scan);
        if (policies.identity().boundary() != null) {
            c.scan(policies.identity().boundary());
        }
        if (family == ResourceFamily.BUCKETS) {
            for (BucketPolicy p : policies.bucketPolicies()) {
                c.scan(p.document());
                c.add(p.bucket().label(), p.bucket(), List.of(new ResourceArn.Part.Val(p.bucket().nameValue())));
            }
        }
        return c;
    }

    List<Candidate> resources() {
        return List.copyOf(resources.values());
    }

    List<List<Token>> actions() {
        return List.copyOf(actions.values());
    }

    /** Allow Resource or Deny NotResource lists that could not be read: the list of resources may be incomplete. */
    Set<String> incomplete() {
        return incomplete;
    }

    private void scan(PolicyDocument doc) {
        for (Statement s : doc.statements()) {
            if (s.malformed()) {
                continue;
            }
            // Deny statements name candidates too: what a Deny's NotAction or NotResource spares is reachable
            // (Allow s3:* on * with Deny NotResource test-bucket reaches test-bucket, which no Allow names).
            s.action().items().forEach(this::action);
            // Unread names matter where they could be reachable: an Allow's Resource, a Deny's NotResource.
            boolean mayReach = (s.effect() == Effect.ALLOW) != s.resource().negated();
            for (Value item : s.resource().items()) {
                SymbolicString.Result r = SymbolicString.pattern(item, context.symbols(), SymbolicString.Mode.ARN,
                        doc.substitutesVariables() ? context : null);
                if ((!r.ok() || !resource(r.tokens())) && mayReach) {
                    incomplete.add(doc.source().name() + ", Statement[" + s.index() + "]: Resource "
                            + (r.ok() ? Token.render(r.tokens()) : r.problem()) + " cannot be read as "
                            + family.service() + " resources");
                }
            }
        }
    }

    private void action(Value item) {
        SymbolicString.Result r = SymbolicString.pattern(item, context.symbols(), SymbolicString.Mode.GLOB, null);
        if (!r.ok() || !Token.render(r.tokens()).toLowerCase(Locale.ROOT).startsWith(family.service() + ":")) {
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
        actions.putIfAbsent(Token.render(representative).toLowerCase(Locale.ROOT), representative);
    }

    /** Records the resource an ARN pattern names; false when the pattern might name some but cannot be read. */
    private boolean resource(List<Token> pattern) {
        int start = family.nameStart(pattern);
        if (start < 0) {
            return !mightNameOne(pattern);
        }
        int slash = start;
        while (slash < pattern.size() && !(pattern.get(slash) instanceof Token.Ch c && c.c() == '/')) {
            slash++;
        }
        List<Token> name = pattern.subList(start, slash);
        if (name.isEmpty() || name.size() == 1 && name.get(0) instanceof Token.Star) {
            // every resource: the probe of an unnamed one covers it
            return true;
        }
        List<ResourceArn.Part> nameParts = parts(name);
        if (nameParts == null) {
            return false;
        }
        if (Glob.matchArn(pattern.subList(0, slash), family.target(nameParts, null, null).tokens(context))
                == Truth.FALSE) {
            // another partition, region or account: not reachable by requests in this context
            return true;
        }
        String label = Token.render(name);
        Candidate c = add(label, family == ResourceFamily.BUCKETS ? ref(name, label) : null, nameParts);
        if (slash < pattern.size()) {
            List<ResourceArn.Part> sub = parts(pattern.subList(slash + 1, pattern.size()));
            if (sub == null) {
                return false;
            }
            if (!sub.isEmpty()) {
                c.subs().add(sub);
            }
        }
        return true;
    }

    private Candidate add(String label, BucketRef ref, List<ResourceArn.Part> name) {
        return resources.computeIfAbsent(label, l -> new Candidate(l, ref, name, new LinkedHashSet<>()));
    }

    /**
     * Not an ARN pattern of the family, yet it might match one (an opaque value, say): then the resources it names
     * are unknown. Wildcards in the service segment are not allowed, so a pattern that does not match an unnamed
     * resource either is about another service.
     */
    private boolean mightNameOne(List<Token> pattern) {
        List<Token> fresh = family.target(List.of(new ResourceArn.Part.Fresh("<unnamed>")), null, null).tokens(context);
        return Glob.matchArn(pattern, fresh) == Truth.UNKNOWN;
    }

    private static BucketRef ref(List<Token> name, String label) {
        if (name.size() == 1 && name.get(0) instanceof Token.Sym s && s.kind() == Token.Kind.REF
                && s.origin() instanceof Value.Ref r) {
            return BucketRef.resource(r.target());
        }
        return BucketRef.named(label);
    }

    /** A representative instance of a pattern: wildcards become fresh names; null if a part cannot be rebuilt. */
    private static List<ResourceArn.Part> parts(List<Token> pattern) {
        List<ResourceArn.Part> out = new ArrayList<>();
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
                out.add(new ResourceArn.Part.Lit(text.toString()));
                text.setLength(0);
            }
            if (t instanceof Token.Star) {
                out.add(new ResourceArn.Part.Fresh("*"));
            } else if (((Token.Sym) t).origin() != null) {
                out.add(new ResourceArn.Part.Val(((Token.Sym) t).origin()));
            } else {
                return null;
            }
        }
        if (text.length() > 0) {
            out.add(new ResourceArn.Part.Lit(text.toString()));
        }
        return out;
    }
}
