package dev.airgap.policy;

import dev.airgap.resolve.Resource;
import dev.airgap.resolve.ResolvedRun;
import dev.airgap.resolve.ResourceId;
import dev.airgap.resolve.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The policy layers of a resolved run, for one region: what the path stage asks for when a workload with a role
 * reaches a service through an endpoint.
 *
 * <pre>{@code
 * RunPolicies policies = RunPolicies.of(run, "us-west-1");
 * ResourceId role = policies.roleOfInstanceProfile(instance.property("IamInstanceProfile")).orElse(null);
 * AccessEvaluator access = policies.evaluator(endpointId, role);
 * ResourceScope scope = ScopeAnalyzer.buckets(access);
 * }</pre>
 */
public final class RunPolicies {

    private final RunResources run;
    private final Symbols symbols;
    private final RolePolicies roles;

    public RunPolicies(ResolvedRun run, String region, ManagedPolicyCatalog catalog) {
        this.run = new RunResources(run, region);
        this.symbols = RunSymbols.of(this.run);
        this.roles = new RolePolicies(this.run, catalog, symbols);
    }

    public static RunPolicies of(ResolvedRun run, String region) {
        return new RunPolicies(run, region, ManagedPolicyCatalog.bundled());
    }

    /** What the run tells about its buckets', roles' and tables' names and ARNs. */
    public Symbols symbols() {
        return symbols;
    }

    /**
     * The role an instance profile carries: the value of an instance's {@code IamInstanceProfile} or a launch
     * template's {@code IamInstanceProfile.Name}/{@code Arn} ({@code Ref} to the profile, or its literal name).
     */
    public Optional<ResourceId> roleOfInstanceProfile(Value profile) {
        Value p = profile instanceof Value.MapValue m ? first(m.get("Arn"), m.get("Name")) : profile;
        return run.find(p, "AWS::IAM::InstanceProfile", "InstanceProfileName")
                .map(r -> r.property("Roles"))
                .filter(Value.ListValue.class::isInstance)
                .flatMap(roles -> ((Value.ListValue) roles).items().stream().findFirst())
                .flatMap(role -> run.find(role, "AWS::IAM::Role", "RoleName"))
                .map(Resource::id);
    }

    /** The role's identity policies; UNKNOWN when {@code role} is null or not a role of the run. */
    public IdentityPolicies identityOf(ResourceId role) {
        if (role == null) {
            return IdentityPolicies.unknown("no role is known for the workload");
        }
        return roles.of(role);
    }

    /** The endpoint's policy: its {@code PolicyDocument}, or full access when it has none. */
    public EndpointPolicy endpointPolicyOf(ResourceId endpoint) {
        Optional<Resource> r = run.get(endpoint, "AWS::EC2::VPCEndpoint");
        PolicySource source = new PolicySource(Layer.ENDPOINT, "endpoint " + endpoint.logicalId(), endpoint);
        if (r.isEmpty()) {
            return new EndpointPolicy(source, PolicyDocument.unknown(source, endpoint
                    + " is not an AWS::EC2::VPCEndpoint of the run in this region"));
        }
        return EndpointPolicy.of(source, r.get().property("PolicyDocument"));
    }

    /** Every {@code AWS::S3::BucketPolicy} whose bucket can be told. */
    public List<BucketPolicy> bucketPolicies() {
        List<BucketPolicy> out = new ArrayList<>();
        for (Resource r : run.ofType("AWS::S3::BucketPolicy")) {
            Value b = r.property("Bucket");
            Optional<Resource> bucket = run.find(b, "AWS::S3::Bucket", "BucketName");
            BucketRef ref = bucket.map(this::ref).orElse(b instanceof Value.Text t ? BucketRef.named(t.value()) : null);
            if (ref == null) {
                continue;
            }
            PolicySource source = new PolicySource(Layer.BUCKET, "bucket policy " + r.id().logicalId(), r.id());
            Value doc = r.property("PolicyDocument");
            out.add(new BucketPolicy(ref, doc == null ? PolicyDocument.unknown(source, "no PolicyDocument")
                    : PolicyDocument.parse(source, doc)));
        }
        return out;
    }

    /** Every bucket the run declares. */
    public List<BucketRef> buckets() {
        return run.ofType("AWS::S3::Bucket").stream().map(this::ref).toList();
    }

    /**
     * The layers of one path.
     *
     * @param endpoint the VPC endpoint the request passes, or null
     * @param role     the workload's role, or null when none is known
     */
    public PolicySet policySet(ResourceId endpoint, ResourceId role) {
        return PolicySet.builder()
                .endpoint(endpoint == null ? null : endpointPolicyOf(endpoint))
                .identity(identityOf(role))
                .bucketPolicies(bucketPolicies())
                .runBuckets(buckets())
                .build();
    }

    /**
     * The request context of one path: the region, the run's symbols, the role as caller and, when the request goes
     * through an endpoint, {@code aws:SourceVpce} and {@code aws:SourceVpc}; otherwise they are absent.
     */
    public RequestContext.Builder context(ResourceId endpoint, ResourceId role) {
        RequestContext.Builder b = RequestContext.builder().region(run.region()).symbols(symbols);
        if (role != null) {
            b.caller(new Caller(role, new Value.Attr(role, "Arn", ""), run.account(role)));
        }
        if (endpoint == null) {
            b.notThroughEndpoint();
        } else {
            Value vpc = run.get(endpoint).map(r -> r.property("VpcId")).orElse(null);
            b.throughEndpoint(new Value.Ref(endpoint), vpc);
        }
        return b;
    }

    /** Ready to answer questions about one path. */
    public AccessEvaluator evaluator(ResourceId endpoint, ResourceId role) {
        return new AccessEvaluator(policySet(endpoint, role), context(endpoint, role).build());
    }

    private BucketRef ref(Resource bucket) {
        return new BucketRef(bucket.id(), bucket.property("BucketName") instanceof Value.Text t ? t.value() : null);
    }

    private static Value first(Value a, Value b) {
        return a != null ? a : b;
    }
}
