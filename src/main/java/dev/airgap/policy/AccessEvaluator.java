package dev.airgap.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Combines the layers a same-account request through a VPC endpoint meets, as AWS does: an explicit Deny in any
 * layer wins; otherwise the endpoint policy must allow, and the role's policies or the bucket policy must allow.
 * Service control policies, session policies and cross-account access are outside the templates and not modelled.
 *
 * <p>One evaluator serves one path (one context); it caches compiled statements and is not thread-safe.
 */
public final class AccessEvaluator {

    private final PolicySet policies;
    private final RequestContext context;
    private final DocumentEvaluator documents;

    public AccessEvaluator(PolicySet policies, RequestContext context) {
        this.policies = policies;
        this.context = context;
        this.documents = new DocumentEvaluator(context);
    }

    public AccessAnswer decide(AccessQuestion question) {
        return decide(Request.of(question, context));
    }

    public List<AccessAnswer> decideAll(List<AccessQuestion> questions) {
        return questions.stream().map(this::decide).toList();
    }

    /** One policy document alone, as AWS evaluates it (explicit deny, allow, implicit deny). */
    public DocumentResult evaluate(PolicyDocument document, AccessQuestion question) {
        return documents.evaluate(document, Request.of(question, context));
    }

    RequestContext context() {
        return context;
    }

    PolicySet policies() {
        return policies;
    }

    AccessAnswer decide(Request request) {
        LayerOutcome endpoint = endpoint(request);
        LayerOutcome identity = identity(request);
        LayerOutcome bucket = bucket(request);
        Truth denied = endpoint.denies().or(identity.denies()).or(bucket.denies());
        Truth granted = identity.allows().or(bucket.allows());
        Truth allowed = denied.not().and(endpoint.allows()).and(granted);
        Decision decision = Decision.of(allowed);

        List<DecidingStatement> because = new ArrayList<>();
        Set<String> reasons = new LinkedHashSet<>();
        List<LayerOutcome> layers = List.of(endpoint, identity, bucket);
        String what = request.actionLabel() + " on " + request.resourceLabel();
        if (decision == Decision.ALLOW) {
            because.addAll(endpoint.with(Contribution.ALLOWS));
            because.addAll(identity.allows() == Truth.TRUE ? identity.with(Contribution.ALLOWS) : List.of());
            because.addAll(bucket.allows() == Truth.TRUE ? bucket.with(Contribution.ALLOWS) : List.of());
        } else if (decision == Decision.DENY && denied == Truth.TRUE) {
            layers.forEach(l -> because.addAll(l.with(Contribution.DENIES)));
            reasons.add(what + " is explicitly denied");
        } else if (decision == Decision.DENY) {
            if (endpoint.allows() == Truth.FALSE) {
                because.addAll(endpoint.with(Contribution.LIMITS));
                reasons.add(endpoint.name() + " allows no " + what + " (implicit deny)");
            }
            if (granted == Truth.FALSE) {
                because.addAll(identity.with(Contribution.LIMITS));
                because.addAll(bucket.with(Contribution.LIMITS));
                reasons.add("neither " + identity.name() + " nor " + bucket.name() + " allow " + what
                        + " (implicit deny)");
            }
        } else {
            layers.forEach(l -> because.addAll(l.with(Contribution.MAY_ALLOW, Contribution.MAY_DENY)));
            reasons.add("whether " + what + " is allowed depends on what is only known at deploy or request time");
        }
        layers.forEach(l -> reasons.addAll(l.notes()));
        return new AccessAnswer(request.actionLabel(), request.resourceLabel(), decision, because,
                new ArrayList<>(reasons));
    }

    private LayerOutcome endpoint(Request request) {
        EndpointPolicy e = policies.endpoint();
        if (e == null) {
            return LayerOutcome.silent("no VPC endpoint", true, null);
        }
        String name = "the policy of " + e.source().name();
        if (e.fullAccess()) {
            return LayerOutcome.silent(name, true, e.source().name() + " has no policy: full access");
        }
        return LayerOutcome.union(name, List.of(documents.evaluate(e.document(), request)));
    }

    private LayerOutcome identity(Request request) {
        IdentityPolicies id = policies.identity();
        String name = "the role's policies";
        switch (id.mode()) {
            case IGNORED:
                return LayerOutcome.silent(name, true, id.reason());
            case UNKNOWN:
                return LayerOutcome.unknown(name, id.reason());
            default:
                break;
        }
        List<DocumentResult> results = id.policies().stream().map(d -> documents.evaluate(d, request)).toList();
        LayerOutcome outcome = LayerOutcome.union(name, results);
        return id.boundary() == null ? outcome : outcome.cappedBy(documents.evaluate(id.boundary(), request));
    }

    private LayerOutcome bucket(Request request) {
        BucketRef b = request.bucket();
        if (b == null) {
            return LayerOutcome.silent("a resource policy", false, null);
        }
        String name = "the bucket policy of " + b.label();
        List<BucketPolicy> attached = policies.policiesOf(b);
        if (attached.isEmpty()) {
            if (policies.declared(b)) {
                return LayerOutcome.silent(name, false, null);
            }
            String note = "bucket " + b.label() + " is not declared in the templates; its bucket policy, if any, ";
            return policies.otherBucketsUnknown() ? LayerOutcome.unknown(name, note + "is unknown")
                    : LayerOutcome.silent(name, false, note + "is assumed to allow and deny nothing");
        }
        return LayerOutcome.union(name, attached.stream().map(p -> documents.evaluate(p.document(), request))
                .toList());
    }
}
