package dev.airgap.require;

import dev.airgap.cost.CostReport;
import dev.airgap.cost.MoneyFormat;
import dev.airgap.cost.PriceCatalog;
import dev.airgap.cost.PriceItem;
import dev.airgap.cost.RegionCost;
import dev.airgap.need.EndpointSnippet;
import dev.airgap.need.NeedDeriver;
import dev.airgap.need.NeedLevel;
import dev.airgap.need.NeedsOfWorkload;
import dev.airgap.need.NeedsTable;
import dev.airgap.need.TableEntry;
import dev.airgap.need.TableNeed;
import dev.airgap.need.WorkloadNeed;
import dev.airgap.network.Known;
import dev.airgap.network.RegionNetwork;
import dev.airgap.network.Subnet;
import dev.airgap.network.Vpc;
import dev.airgap.network.Workload;
import dev.airgap.path.Access;
import dev.airgap.path.Blocker;
import dev.airgap.path.Egress;
import dev.airgap.path.EgressVerdict;
import dev.airgap.path.ServiceVerdict;
import dev.airgap.path.SubnetResult;
import dev.airgap.resolve.ResourceId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every selected workload reaches every service it needs (the {@code need} stage's table and derivation): an
 * instance managed by Systems Manager its three endpoints, an ECS task its registry, the image layers' S3 gateway
 * and its log group, an EKS node its registry and the EC2 API.
 *
 * @param subnets       the subnets whose workloads are judged
 * @param workloads     which workloads (logical-ID, CDK path or {@code stack/logicalId} globs)
 * @param privateOnly   only paths through VPC endpoints count (not an internet or NAT gateway)
 * @param includeLikely hints count too: the services a Lambda function's role grants actions on, and the needs
 *                      under conditions the templates cannot tell
 */
public record WorkloadNeeds(String id, Selector subnets, Selector workloads, boolean privateOnly,
                            boolean includeLikely, boolean allowUnknown, List<Waiver> exceptions)
        implements Requirement {

    static final Rule RULE = new Rule("workloadNeeds", "Workload reaches the services it needs",
            "Each selected workload must reach the AWS services it needs to work: an SSM-managed instance ssm, "
                    + "ssmmessages and ec2messages; an ECS task with an ECR image ecr.api, ecr.dkr and the S3 "
                    + "gateway endpoint, logs for awslogs, secretsmanager or ssm for its secrets; an EKS node ecr, "
                    + "s3 and ec2. Fix: add the missing interface endpoint in the workload's VPC (or the free "
                    + "gateway endpoint for S3 and DynamoDB), or give the subnet a path to them.");

    private static final Set<Access> PRIVATE = Set.of(Access.GATEWAY_ENDPOINT, Access.INTERFACE_ENDPOINT);

    public WorkloadNeeds {
        Objects.requireNonNull(subnets, "subnets");
        Objects.requireNonNull(workloads, "workloads");
        exceptions = List.copyOf(exceptions);
    }

    @Override
    public Rule rule() {
        return RULE;
    }

    /** Every service of the table, so that each one a workload may need has a verdict to judge. */
    @Override
    public Needs needs() {
        Set<String> services = new LinkedHashSet<>();
        for (TableEntry e : NeedsTable.bundled().entries()) {
            e.needs().stream().map(TableNeed::service).forEach(services::add);
        }
        return new Needs(List.copyOf(services), List.of());
    }

    @Override
    public String asks() {
        return "workloads " + workloads.text() + " in subnets " + subnets.text() + " reach every service they need"
                + (privateOnly ? " through VPC endpoints" : "") + (includeLikely ? ", likely needs included" : "");
    }

    @Override
    public List<Violation> judge(Subjects subjects) {
        List<Violation> out = new ArrayList<>();
        List<SubnetResult> chosen = subjects.subnets(this, subnets, out);
        List<NeedsOfWorkload> all = new NeedDeriver(NeedsTable.bundled()).derive(subjects.evidence().model(),
                subjects.evidence().run());
        for (NeedsOfWorkload n : all) {
            Workload w = n.workload();
            if (!workloads.matches(new Subject(w.id().stack(), w.id().logicalId(), w.path(), Map.of()))) {
                continue;
            }
            for (SubnetResult s : chosen) {
                if (!s.region().equals(n.region()) || !w.subnets().contains(Known.of(s.subnet().id()))) {
                    continue;
                }
                for (WorkloadNeed need : n.needs()) {
                    if (need.level() != NeedLevel.LIKELY || includeLikely) {
                        judge(subjects, s, w, need).ifPresent(out::add);
                    }
                }
            }
        }
        return out;
    }

    private Optional<Violation> judge(Subjects subjects, SubnetResult s, Workload w, WorkloadNeed need) {
        String who = w.id().logicalId() + " (" + w.type() + ") needs " + need.service() + " (" + need.because() + ")";
        boolean mayNeed = need.level() == NeedLevel.UNKNOWN;
        if (need.service().equals(WorkloadNeed.INTERNET)) {
            return internet(subjects, s, who, mayNeed);
        }
        ServiceVerdict v = s.services().get(need.service());
        if (v == null) {
            return Optional.of(subjects.subnet(this, s, need.service(), who + ": " + need.service()
                    + " was not analysed", null, "add " + need.service() + " to <services>", true));
        }
        if (v.access() == Access.UNKNOWN) {
            return Optional.of(subjects.subnet(this, s, need.service(), who + ": access UNKNOWN: " + v.reason(),
                    Hops.culprit(v.blockers(), v.hops()), Hops.fixOr(v.blockers(),
                            "make the unresolved values known, or set <allowUnknown>true</allowUnknown>"), true));
        }
        if (reached(v, need, privateOnly)) {
            String other = otherClient(s, w, v);
            return other == null ? Optional.empty() : Optional.of(subjects.subnet(this, s, need.service(), who
                    + ": " + other, null, "give the workload a security group the path admits, or check its rules",
                    true));
        }
        String now = need.service() + " access " + v.access() + (v.hops().isEmpty() ? ": " + v.reason()
                : ": " + Hops.line(v.hops()));
        if (need.gatewayOnly() && v.access() == Access.INTERFACE_ENDPOINT) {
            now += " (an S3 interface endpoint does not serve ECR's image layers)";
        } else if (privateOnly && v.access() != Access.NONE) {
            now += " (not private: <privateOnly> is set)";
        }
        Blocker b = v.access() == Access.NONE && !v.blockers().isEmpty() && servedInVpc(s, need.service())
                ? v.blockers().get(0) : null;
        if (b != null) {
            return Optional.of(subjects.subnet(this, s, need.service(), who + ": " + now + " (blocked: "
                    + b.message() + ")", Component.of(b), b.fix(), mayNeed));
        }
        return Optional.of(subjects.subnet(this, s, need.service(), who + ": " + now, null,
                addEndpoint(subjects, s, w, need.service()), mayNeed));
    }

    /** Whether the verdict serves the need; UNKNOWN and unanalysed verdicts are decided by the caller. */
    private static boolean reached(ServiceVerdict v, WorkloadNeed need, boolean privateOnly) {
        return v.access() != Access.NONE && v.access() != Access.UNKNOWN
                && !(need.gatewayOnly() && v.access() == Access.INTERFACE_ENDPOINT)
                && !(privateOnly && !PRIVATE.contains(v.access()));
    }

    /**
     * One row of the reports' "What each workload needs": a workload in one of its subnets, a service it needs, and
     * whether the subnet's verdict reaches it (null: unknown) and how.
     */
    public record Row(String workload, String type, String subnet, String region, String service, NeedLevel level,
                      Boolean reached, String how, String because, String source) {
    }

    /** Every derived need of every workload in every analysed subnet it runs in, reached or not. */
    public static List<Row> rows(Evidence evidence) {
        List<Row> out = new ArrayList<>();
        for (NeedsOfWorkload n : new NeedDeriver(NeedsTable.bundled()).derive(evidence.model(), evidence.run())) {
            Workload w = n.workload();
            for (SubnetResult s : evidence.paths().subnets()) {
                if (!s.region().equals(n.region()) || !w.subnets().contains(Known.of(s.subnet().id()))) {
                    continue;
                }
                for (WorkloadNeed need : n.needs()) {
                    Boolean reached;
                    String how;
                    if (need.service().equals(WorkloadNeed.INTERNET)) {
                        Egress e = s.internet().egress();
                        reached = e == Egress.UNKNOWN ? null : e != Egress.NONE;
                        how = "internet egress " + e;
                    } else {
                        ServiceVerdict v = s.services().get(need.service());
                        reached = v == null || v.access() == Access.UNKNOWN ? null : reached(v, need, false);
                        how = v == null ? "not analysed" : v.access() + (v.endpoint() == null ? ""
                                : " " + v.endpoint()) + (need.gatewayOnly() && v.access() == Access.INTERFACE_ENDPOINT
                                ? " (does not serve ECR's image layers)" : "");
                    }
                    out.add(new Row(w.id().logicalId(), w.type(), s.subnet().id().logicalId(), s.region(),
                            need.service(), need.level(), reached, how, need.because(),
                            need.source() == null ? null : need.source().url() + " (read " + need.source().read()
                                    + ")"));
                }
            }
        }
        return out;
    }

    /** An image from a public registry (or another region's ECR) needs a path to the internet. */
    private Optional<Violation> internet(Subjects subjects, SubnetResult s, String who, boolean mayNeed) {
        EgressVerdict e = s.internet();
        String mirror = "copy the image into an ECR repository of " + s.region() + " (then the tasks need ecr.api, "
                + "ecr.dkr and the S3 gateway endpoint), or use an ECR pull-through cache rule";
        if (e.egress() == Egress.UNKNOWN) {
            return Optional.of(subjects.subnet(this, s, null, who + ": internet egress UNKNOWN: " + e.reason(),
                    null, mirror, true));
        }
        if (e.egress() == Egress.NONE) {
            return Optional.of(subjects.subnet(this, s, null, who + ": internet egress NONE", null, mirror
                    + "; or give the subnet a route to a NAT gateway", mayNeed));
        }
        if (privateOnly) {
            return Optional.of(subjects.subnet(this, s, null, who + ": reached only over the internet ("
                    + e.egress() + "), and <privateOnly> is set", null, mirror, mayNeed));
        }
        return Optional.empty();
    }

    /**
     * A subnet's verdict is for the first client that gets through. When the workload's own groups are known and
     * none of them is among those that got through, the verdict does not show that this workload does.
     */
    private static String otherClient(SubnetResult s, Workload w, ServiceVerdict v) {
        if (v.securityGroups().isEmpty() || w.securityGroups().isEmpty()
                || w.securityGroups().stream().anyMatch(g -> !g.isKnown())) {
            return null;
        }
        boolean own = w.securityGroups().stream().anyMatch(g -> v.securityGroups().contains(g.get().logicalId()));
        return own ? null : v.service() + " is reached by groups " + String.join(", ", v.securityGroups())
                + " of the subnet, not by the workload's own";
    }

    private static boolean servedInVpc(SubnetResult s, String service) {
        Subnet subnet = s.subnet();
        return subnet.vpc().isKnown() && s.network().endpoints(subnet.vpc().get()).stream()
                .anyMatch(e -> e.serves(service));
    }

    /** The endpoint to add, what it costs a month, and the code, in the language the VPC was written in. */
    private static String addEndpoint(Subjects subjects, SubnetResult s, Workload w, String service) {
        Subnet subnet = s.subnet();
        RegionNetwork network = s.network();
        Vpc vpc = subnet.vpc().isKnown() ? network.vpc(subnet.vpc().get()).orElse(null) : null;
        String vpcName = vpc == null ? "the subnet's VPC" : vpc.id().logicalId();
        String fix;
        List<String> refs;
        List<String> cidrs = new ArrayList<>();
        if (EndpointSnippet.gatewayService(service)) {
            String rt = network.routeTableOf(subnet).map(t -> t.id().logicalId()).orElse("the subnet's route table");
            refs = List.of(rt);
            fix = "add a gateway VPC endpoint for " + service + " in " + vpcName + " with RouteTableIds [" + rt
                    + "]: gateway endpoints are free";
        } else {
            Set<String> azs = new TreeSet<>();
            List<String> subnetIds = new ArrayList<>();
            for (Known<ResourceId> id : w.subnets()) {
                id.value().flatMap(network::subnet).ifPresent(x -> {
                    subnetIds.add(x.id().logicalId());
                    cidrs.add(x.cidr().isKnown() ? x.cidr().get().toString() : x.id().logicalId());
                    azs.add(x.az().name() != null ? x.az().name() : String.valueOf(x.az().expression()));
                });
            }
            refs = subnetIds;
            int n = Math.max(azs.size(), 1);
            fix = "add an interface VPC endpoint for " + service + " with PrivateDnsEnabled: true in " + vpcName
                    + ", in " + n + (n == 1 ? " AZ" : " AZs") + " (" + String.join(", ", subnetIds)
                    + "), its security group admitting tcp/443 from the workload" + price(subjects, s.region(), n);
        }
        return fix + EndpointCode.of(s, service, refs, cidrs);
    }

    /** "; about 21.90 USD a month (0.01 per AZ-hour × 3 AZs × 730 h, plus data processing)", or empty. */
    private static String price(Subjects subjects, String region, int azs) {
        CostReport costs = subjects.evidence().costs();
        if (costs == null || region == null) {
            return "";
        }
        String currency = costs.currency();
        BigDecimal rate = costs.regions().stream().filter(r -> region.equals(r.region()))
                .flatMap(r -> r.prices().stream())
                .filter(p -> p.price().equals(PriceItem.INTERFACE_ENDPOINT_HOURLY.key()) && p.converted() != null)
                .map(RegionCost.PriceUsed::converted).findFirst()
                .orElseGet(() -> PriceCatalog.bundled().region(region)
                        .flatMap(p -> p.get(PriceItem.INTERFACE_ENDPOINT_HOURLY))
                        .flatMap(v -> costs.settings().rateFrom(v.currency()).map(f -> v.value().multiply(f)))
                        .orElse(null));
        if (rate == null) {
            return "; its price in " + region + " is not in the catalog";
        }
        BigDecimal hours = costs.settings().hoursPerMonth();
        BigDecimal monthly = costs.settings().round(rate.multiply(BigDecimal.valueOf(azs)).multiply(hours));
        return ": about " + MoneyFormat.plain(monthly, currency) + " " + currency + " a month ("
                + rate.stripTrailingZeros().toPlainString() + " per AZ-hour × " + azs + " × "
                + hours.stripTrailingZeros().toPlainString() + " h, plus data processing)";
    }
}
