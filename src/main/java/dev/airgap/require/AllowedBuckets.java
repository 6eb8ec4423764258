package dev.airgap.require;

import dev.airgap.path.Buckets;
import dev.airgap.path.ServiceVerdict;
import dev.airgap.path.SubnetResult;
import dev.airgap.policy.Scope;
import dev.airgap.template.Wildcard;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** The policies let the selected subnets reach no S3 bucket outside the list (names or globs). */
public record AllowedBuckets(String id, Selector subnets, List<String> buckets, boolean allowUnknown,
                             List<Waiver> exceptions) implements Requirement {

    static final Rule RULE = new Rule("allowedBuckets", "Only the allowed S3 buckets are reachable",
            "The endpoint, bucket and role policies must let the selected subnets reach no S3 bucket outside "
                    + "the list. Fix: restrict the VPC endpoint policy's Resource to the allowed buckets "
                    + "(arn:aws:s3:::bucket and arn:aws:s3:::bucket/*), or the role's policies.");

    public AllowedBuckets {
        Objects.requireNonNull(subnets, "subnets");
        buckets = List.copyOf(buckets);
        exceptions = List.copyOf(exceptions);
    }

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public Needs needs() {
        return new Needs(List.of("s3"), List.of());
    }

    @Override
    public String asks() {
        return "subnets " + subnets.text() + " reach only buckets " + String.join(", ", buckets);
    }

    @Override
    public List<Violation> judge(Subjects subjects) {
        List<Violation> out = new ArrayList<>();
        List<Pattern> allowed = buckets.stream().map(Wildcard::pattern).toList();
        for (SubnetResult s : subjects.subnets(this, subnets, out)) {
            ServiceVerdict v = s.services().get("s3");
            if (v == null) {
                out.add(subjects.subnet(this, s, "s3", "s3 was not analysed", null, "add s3 to <services>", true));
                continue;
            }
            Buckets b = v.buckets();
            if (b == null || "UNKNOWN".equals(v.access().name())) {
                out.add(subjects.subnet(this, s, "s3", "buckets UNKNOWN: " + (b == null ? v.reason() : b.reason()),
                        endpoint(subjects, s, v), "make the path to S3 known, or set <allowUnknown>true</allowUnknown>", true));
                continue;
            }
            if (b.scope() == Scope.NONE) {
                continue;
            }
            List<String> outside = b.allowed().stream().filter(x -> !matchesAny(allowed, x)).toList();
            List<String> undecided = b.undecided().stream().filter(x -> !matchesAny(allowed, x)).toList();
            Component via = v.endpoint() != null ? endpoint(subjects, s, v) : Component.of(Hops.last(v.hops()));
            String policyFix = "restrict the Resource of " + (v.endpoint() != null ? "the PolicyDocument of endpoint "
                    + v.endpoint() : "the role's policies")
                    + (b.role() != null && v.endpoint() != null ? " (or of role " + b.role() + ")" : "")
                    + " to arn:aws:s3:::" + buckets.get(0) + " and arn:aws:s3:::" + buckets.get(0) + "/*"
                    + (buckets.size() > 1 ? " (and the other allowed buckets)" : "");
            if (!outside.isEmpty()) {
                out.add(subjects.subnet(this, s, "s3", "s3 over " + v.access() + " reaches bucket"
                        + (outside.size() == 1 ? " " : "s ") + String.join(", ", outside) + " outside ["
                        + String.join(", ", buckets) + "] (scope " + b.scope() + "): " + Hops.line(v.hops()), via,
                        policyFix, false));
            } else if (!undecided.isEmpty() || (b.scope() == Scope.UNKNOWN && b.undecided().isEmpty())) {
                out.add(subjects.subnet(this, s, "s3", "buckets UNKNOWN" + (undecided.isEmpty() ? "" : " for "
                        + String.join(", ", undecided)) + ": " + b.reason(), via, policyFix
                        + ", or set <allowUnknown>true</allowUnknown>", true));
            }
        }
        return out;
    }

    private static Component endpoint(Subjects subjects, SubnetResult s, ServiceVerdict v) {
        return v.endpointId() != null ? subjects.named(v.endpointId().stack(), v.endpoint(), s.region())
                : subjects.named(s.subnet().id().stack(), v.endpoint(), s.region());
    }

    private static boolean matchesAny(List<Pattern> patterns, String bucket) {
        return patterns.stream().anyMatch(p -> p.matcher(bucket).matches());
    }
}
