package dev.airgap.require;

import dev.airgap.cost.CostReport;
import dev.airgap.cost.RegionCost;
import dev.airgap.cost.availability.Availability;
import dev.airgap.cost.availability.AvailabilityVerdict;
import dev.airgap.cost.availability.EndpointType;
import dev.airgap.network.RegionNetwork;
import dev.airgap.network.Subnet;
import dev.airgap.network.Vpc;
import dev.airgap.network.VpcEndpoint;
import dev.airgap.path.Access;
import dev.airgap.path.Blocker;
import dev.airgap.path.Buckets;
import dev.airgap.path.Egress;
import dev.airgap.path.EgressVerdict;
import dev.airgap.path.Hop;
import dev.airgap.path.OnPremisesVerdict;
import dev.airgap.path.ServiceVerdict;
import dev.airgap.path.SubnetResult;
import dev.airgap.path.VpcResult;
import dev.airgap.resolve.Resource;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Judges requirements against one analysis. Stateless apart from the evidence: one instance per evaluation, safe to
 * use from one thread; separate builds use separate instances.
 *
 * <p>Every requirement reports all its violations (never only the first). A selector that matches nothing is itself
 * a violation, since a typo must not pass silently. A verdict the analysis could not decide is a violation unless the
 * requirement allows unknowns, in which case it is listed as waived. Violations are then waived by the requirement's
 * exceptions and by {@code airgap:suppress} metadata on the subject (subnet, VPC or endpoint), each with its reason.
 */
public final class RequirementEvaluator {

    private static final Set<Access> PRIVATE = Set.of(Access.GATEWAY_ENDPOINT, Access.INTERFACE_ENDPOINT);

    private final Evidence evidence;
    private final Sources sources;

    public RequirementEvaluator(Evidence evidence) {
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.sources = new Sources(evidence.run());
    }

    /**
     * @throws RequirementException when a requirement or a suppression is malformed
     */
    public Evaluation evaluate(List<Requirement> requirements) {
        List<Violation> violations = new ArrayList<>();
        List<Waived> waived = new ArrayList<>();
        List<String> unused = new ArrayList<>();
        for (Requirement r : requirements) {
            List<Violation> found = findings(r);
            Map<Except, Boolean> used = new IdentityHashMap<>();
            for (Violation v : found) {
                Optional<Waived> w = waiver(r, v, used);
                if (w.isPresent()) {
                    waived.add(w.get());
                } else {
                    violations.add(v);
                }
            }
            for (Except e : r.exceptions()) {
                if (!used.containsKey(e)) {
                    unused.add("[" + r.name() + "] <except> " + describe(e) + " waives nothing (reason: " + e.reason()
                            + "); remove it if it is stale");
                }
            }
        }
        return new Evaluation(violations, waived, unused);
    }

    private Optional<Waived> waiver(Requirement r, Violation v, Map<Except, Boolean> used) {
        for (Except e : r.exceptions()) {
            if (e.covers(v)) {
                used.put(e, Boolean.TRUE);
                return Optional.of(new Waived(v, e.reason(), "<except> " + describe(e)));
            }
        }
        if (v.unknown() && r.allowUnknown()) {
            return Optional.of(new Waived(v, "unknown allowed", "<allowUnknown>"));
        }
        for (Target t : subjects(v)) {
            Optional<Resource> res = sources.resource(t.stack(), t.logicalId(), v.region());
            if (res.isPresent()) {
                Optional<Suppressions.Entry> s = Suppressions.find(res.get(), r);
                if (s.isPresent()) {
                    return Optional.of(new Waived(v, s.get().reason(), Suppressions.KEY + " at " + s.get().where()));
                }
            }
        }
        if (v.component() != null) {
            Optional<Resource> res = sources.resource(v.stack(), v.component(), v.region());
            if (res.isPresent()) {
                Optional<Suppressions.Entry> s = Suppressions.find(res.get(), r);
                if (s.isPresent()) {
                    return Optional.of(new Waived(v, s.get().reason(), Suppressions.KEY + " at " + s.get().where()));
                }
            }
        }
        return Optional.empty();
    }

    private static List<Target> subjects(Violation v) {
        List<Target> out = new ArrayList<>();
        if (v.subnet() != null) {
            out.add(v.subnet());
        }
        if (v.vpc() != null) {
            out.add(v.vpc());
        }
        return out;
    }

    private static String describe(Except e) {
        List<String> parts = new ArrayList<>();
        if (e.subnet() != null) {
            parts.add("subnet " + e.subnet().text());
        }
        if (e.vpc() != null) {
            parts.add("vpc " + e.vpc().text());
        }
        if (e.region() != null) {
            parts.add("region " + e.region());
        }
        if (e.service() != null) {
            parts.add("service " + e.service());
        }
        return String.join(", ", parts);
    }

    private List<Violation> findings(Requirement r) {
        if (r instanceof Requirement.NoInternet n) {
            return noInternet(n);
        }
        if (r instanceof Requirement.PrivateAccess p) {
            return privateAccess(p);
        }
        if (r instanceof Requirement.OnPremisesAccess o) {
            return onPremises(o);
        }
        if (r instanceof Requirement.AllowedBuckets b) {
            return allowedBuckets(b);
        }
        if (r instanceof Requirement.MaxMonthlyCost m) {
            return maxMonthlyCost(m);
        }
        return available((Requirement.AvailableInRegions) r);
    }

    // ---- subnets -------------------------------------------------------------------------------------------------

    private List<SubnetResult> select(Requirement r, Selector selector, List<Violation> out) {
        List<SubnetResult> chosen = new ArrayList<>();
        for (SubnetResult s : evidence.paths().subnets()) {
            if (selector.matches(target(s.subnet()))) {
                chosen.add(s);
            }
        }
        if (chosen.isEmpty()) {
            out.add(nothingMatched(r, "subnets", selector, evidence.paths().subnets().stream()
                    .map(s -> s.subnet().path()).distinct().toList()));
        }
        return chosen;
    }

    private Violation nothingMatched(Requirement r, String what, Selector selector, List<String> available) {
        String known = available.isEmpty() ? "the templates have none" : "analysed: " + String.join(", ",
                available.subList(0, Math.min(5, available.size()))) + (available.size() > 5 ? ", …" : "");
        return new Violation(r.name(), "selector", "<" + what + ">" + selector.text() + "</" + what + ">", null, null,
                null, null, null, "selector '" + selector.text() + "' matches no " + what.replaceAll("s$", "") + " ("
                + known + ")", null, null, "correct the selector: * for all, a logical-ID or CDK path glob, "
                + "stack/logicalId, or tag:KEY=VALUE (CDK sets aws-cdk:subnet-type and aws-cdk:subnet-name)", false);
    }

    private List<Violation> noInternet(Requirement.NoInternet r) {
        List<Violation> out = new ArrayList<>();
        for (SubnetResult s : select(r, r.subnets(), out)) {
            EgressVerdict e = s.internet();
            if (e.egress() == Egress.UNKNOWN) {
                out.add(subnetViolation(r, s, null, "internet egress UNKNOWN: " + e.reason(), firstHopComponent(e.hops()),
                        "make the value the analysis could not resolve known (a parameter value in <parameters>, the "
                                + "other stack in <templates>), or set <allowUnknown>true</allowUnknown>", true));
            } else if (e.egress() != Egress.NONE) {
                // Through a NAT gateway the offending component is the NAT (what comes after it is its subnet's).
                Hop nat = hopOfType(e.hops(), "AWS::EC2::NatGateway");
                Hop gateway = nat != null ? nat : e.hops().isEmpty() ? null : e.hops().get(e.hops().size() - 1);
                Hop table = hopOfType(e.hops(), "AWS::EC2::RouteTable");
                String fix = e.egress() == Egress.INTERNET_GATEWAY
                        ? "remove the route to " + name(gateway) + " from " + name(table) + " (or associate "
                        + s.subnet().id().logicalId() + " with a route table without it) and set MapPublicIpOnLaunch: "
                        + "false; reach AWS services through VPC endpoints instead"
                        : "remove the route to " + name(gateway) + " from " + name(table) + " (or associate "
                        + s.subnet().id().logicalId() + " with a route table without it); reach AWS services through "
                        + "VPC endpoints instead";
                out.add(subnetViolation(r, s, null, "internet egress " + e.egress() + ": " + pathLine(e.hops()),
                        gateway == null ? null : gateway.component(), fix, false));
            } else if (s.subnet().mapPublicIp().isKnown() && Boolean.TRUE.equals(s.subnet().mapPublicIp().get())) {
                out.add(subnetViolation(r, s, null, "no egress route, but MapPublicIpOnLaunch is true: instances get a "
                        + "public IPv4 that a later route to an internet gateway would expose",
                        s.subnet().id().logicalId(), "set MapPublicIpOnLaunch: false on " + s.subnet().id().logicalId(),
                        false));
            }
        }
        return out;
    }

    private List<Violation> privateAccess(Requirement.PrivateAccess r) {
        List<Violation> out = new ArrayList<>();
        List<SubnetResult> chosen = select(r, r.subnets(), out);
        List<String> services = r.services().isEmpty() ? evidence.paths().services() : r.services();
        for (SubnetResult s : chosen) {
            for (String service : services) {
                ServiceVerdict v = s.services().get(service);
                if (v == null) {
                    out.add(subnetViolation(r, s, service, service + " was not analysed", null,
                            "add " + service + " to <services>", true));
                } else if (v.access() == Access.UNKNOWN) {
                    out.add(subnetViolation(r, s, service, service + " access UNKNOWN: " + v.reason(),
                            blockerOr(v.blockers(), lastHop(v.hops())), fixOr(v.blockers(),
                                    "make the unresolved values known, or set <allowUnknown>true</allowUnknown>"), true));
                } else if (!PRIVATE.contains(v.access())) {
                    out.add(serviceViolation(r, s, v));
                }
            }
        }
        return out;
    }

    private Violation serviceViolation(Requirement r, SubnetResult s, ServiceVerdict v) {
        String found = v.service() + " access " + v.access() + ": " + (v.hops().isEmpty() ? v.reason()
                : pathLine(v.hops()));
        if (v.access() == Access.NONE && !v.blockers().isEmpty()) {
            Blocker b = v.blockers().get(0);
            return subnetViolation(r, s, v.service(), found + " (blocked: " + b.message() + ")", b.component(),
                    b.fix(), false);
        }
        Hop table = hopOfType(v.hops(), "AWS::EC2::RouteTable");
        boolean gatewayService = v.service().equals("s3") || v.service().equals("dynamodb");
        String fix = gatewayService
                ? "add a gateway VPC endpoint for " + v.service() + " with RouteTableIds [" + name(table)
                + "], or an interface endpoint with private DNS in the subnet's VPC"
                : "add an interface VPC endpoint for " + v.service() + " with PrivateDnsEnabled: true in the subnet's "
                + "VPC, its security group admitting tcp/443 from the subnet";
        Hop offending = v.hops().isEmpty() ? null : v.hops().get(v.hops().size() - 1);
        return subnetViolation(r, s, v.service(), found, offending == null ? null : offending.component(), fix,
                false);
    }

    private List<Violation> allowedBuckets(Requirement.AllowedBuckets r) {
        List<Violation> out = new ArrayList<>();
        List<java.util.regex.Pattern> allowed = r.buckets().stream().map(Selector::glob).toList();
        for (SubnetResult s : select(r, r.subnets(), out)) {
            ServiceVerdict v = s.services().get("s3");
            if (v == null) {
                out.add(subnetViolation(r, s, "s3", "s3 was not analysed", null, "add s3 to <services>", true));
                continue;
            }
            Buckets b = v.buckets();
            if (b == null || "UNKNOWN".equals(v.access().name())) {
                out.add(subnetViolation(r, s, "s3", "buckets UNKNOWN: " + (b == null ? v.reason() : b.reason()),
                        v.endpoint(), "make the path to S3 known, or set <allowUnknown>true</allowUnknown>", true));
                continue;
            }
            if ("NONE".equals(b.scope())) {
                continue;
            }
            List<String> outside = b.allowed().stream().filter(x -> !matchesAny(allowed, x)).toList();
            List<String> undecided = b.undecided().stream().filter(x -> !matchesAny(allowed, x)).toList();
            String via = v.endpoint() != null ? v.endpoint() : lastHop(v.hops());
            String policyFix = "restrict the Resource of " + (v.endpoint() != null ? "the PolicyDocument of endpoint "
                    + v.endpoint() : "the role's policies") + (b.role() != null && v.endpoint() != null ? " (or of role "
                    + b.role() + ")" : "") + " to arn:aws:s3:::" + r.buckets().get(0) + " and arn:aws:s3:::"
                    + r.buckets().get(0) + "/*" + (r.buckets().size() > 1 ? " (and the other allowed buckets)" : "");
            if (!outside.isEmpty()) {
                out.add(subnetViolation(r, s, "s3", "s3 over " + v.access() + " reaches bucket" + (outside.size() == 1
                        ? " " : "s ") + String.join(", ", outside) + " outside [" + String.join(", ", r.buckets())
                        + "] (scope " + b.scope() + "): " + pathLine(v.hops()), via, policyFix, false));
            } else if (!undecided.isEmpty() || ("UNKNOWN".equals(b.scope()) && b.undecided().isEmpty())) {
                out.add(subnetViolation(r, s, "s3", "buckets UNKNOWN" + (undecided.isEmpty() ? "" : " for "
                        + String.join(", ", undecided)) + ": " + b.reason(), via, policyFix
                        + ", or set <allowUnknown>true</allowUnknown>", true));
            }
        }
        return out;
    }

    private static boolean matchesAny(List<java.util.regex.Pattern> patterns, String bucket) {
        return patterns.stream().anyMatch(p -> p.matcher(bucket).matches());
    }

    private Violation subnetViolation(Requirement r, SubnetResult s, String service, String found, String component,
                                      String fix, boolean unknown) {
        Subnet subnet = s.subnet();
        Target t = target(subnet);
        Target vpc = subnet.vpc().isKnown() ? s.network().vpc(subnet.vpc().get()).map(RequirementEvaluator::target)
                .orElse(null) : null;
        String source = component == null ? null : sources.position(subnet.id().stack(), component, s.region());
        if (source == null) {
            source = Sources.text(subnet.position());
        }
        return new Violation(r.name(), r.kind(), t.describe(), t, vpc, subnet.id().stack(), s.region(), service,
                found, component == null ? subnet.id().logicalId() : component, source, fix, unknown);
    }

    // ---- VPCs ----------------------------------------------------------------------------------------------------

    private List<Violation> onPremises(Requirement.OnPremisesAccess r) {
        List<Violation> out = new ArrayList<>();
        List<VpcResult> chosen = new ArrayList<>();
        for (VpcResult v : evidence.paths().vpcs()) {
            if (r.vpcs().matches(target(v.vpc()))) {
                chosen.add(v);
            }
        }
        if (chosen.isEmpty()) {
            out.add(nothingMatched(r, "vpcs", r.vpcs(), evidence.paths().vpcs().stream().map(v -> v.vpc().path())
                    .distinct().toList()));
        }
        List<String> services = r.services().isEmpty() ? evidence.paths().services() : r.services();
        for (VpcResult v : chosen) {
            OnPremisesVerdict op = v.onPremises();
            for (String service : services) {
                OnPremisesVerdict.Service sv = op.services().get(service);
                if (!op.connected()) {
                    out.add(vpcViolation(r, v, service, "on-premises cannot reach " + service + ": "
                            + v.vpc().id().logicalId() + " has no connection to on-premises (no VPN gateway, transit "
                            + "gateway or Direct Connect attachment)" + gatewayEndpointNote(v, service),
                            v.vpc().id().logicalId(), "attach a VPN gateway "
                            + "(AWS::EC2::VPCGatewayAttachment with VpnGatewayId) or a transit gateway to "
                            + v.vpc().id().logicalId() + ", then add an interface endpoint for " + service + " whose "
                            + "security group admits the on-premises CIDRs on tcp/443", false));
                } else if (sv == null) {
                    out.add(vpcViolation(r, v, service, service + " was not analysed", null,
                            "add " + service + " to <services>", true));
                } else if (sv.access() == Access.UNKNOWN) {
                    out.add(vpcViolation(r, v, service, "on-premises access to " + service + " UNKNOWN: "
                            + sv.reason(), sv.endpoint(), "make the unresolved values known, or set "
                            + "<allowUnknown>true</allowUnknown>", true));
                } else if (sv.access() != Access.INTERFACE_ENDPOINT) {
                    Blocker b = sv.blockers().isEmpty() ? null : sv.blockers().get(0);
                    out.add(vpcViolation(r, v, service, "on-premises access to " + service + " " + sv.access()
                            + " via " + String.join(", ", op.via()) + ": " + sv.reason(),
                            b == null ? v.vpc().id().logicalId() : b.component(), b == null
                                    ? "add an interface VPC endpoint for " + service + " in " + v.vpc().id().logicalId()
                                    + " whose subnets route the on-premises CIDRs back and whose security group admits "
                                    + "them on tcp/443" : b.fix(), false));
                }
            }
        }
        return out;
    }

    /** Pattern 2 of the article: a gateway endpoint serves the VPC, never on-premises; say so. */
    private static String gatewayEndpointNote(VpcResult v, String service) {
        for (VpcEndpoint e : v.network().endpoints(v.vpc().id())) {
            if (e.type() == VpcEndpoint.Type.GATEWAY && e.serves(service)) {
                return "; gateway endpoint " + e.id().logicalId() + " serves only clients inside the VPC";
            }
        }
        return "";
    }

    private Violation vpcViolation(Requirement r, VpcResult v, String service, String found, String component,
                                   String fix, boolean unknown) {
        Target t = target(v.vpc());
        String source = component == null ? null : sources.position(v.vpc().id().stack(), component, v.region());
        if (source == null) {
            source = Sources.text(v.vpc().position());
        }
        return new Violation(r.name(), r.kind(), t.describe(), null, t, v.vpc().id().stack(), v.region(), service,
                found, component == null ? v.vpc().id().logicalId() : component, source, fix, unknown);
    }

    // ---- money and regions ---------------------------------------------------------------------------------------

    private List<Violation> maxMonthlyCost(Requirement.MaxMonthlyCost r) {
        List<Violation> out = new ArrayList<>();
        CostReport costs = evidence.costs();
        if (costs == null) {
            out.add(regionViolation(r, null, "no cost estimate was made", null, null,
                    "configure the cost estimate, or set <allowUnknown>true</allowUnknown>", true));
            return out;
        }
        String want = r.currency().trim().toUpperCase(Locale.ROOT);
        for (RegionCost region : costs.regions()) {
            BigDecimal total = convert(region.monthlyTotal(), costs, r);
            String shown = money(total, want) + " " + want;
            if (!region.complete() || region.monthlyTotal() == null) {
                String what = region.unknownPrices().isEmpty() ? "some prices are unknown"
                        : region.unknownPrices().get(0).price() + " is not known ("
                        + region.unknownPrices().get(0).reason() + ")";
                out.add(regionViolation(r, region.region(), "estimated monthly total UNKNOWN: " + what
                                + (total == null ? "" : "; the known part is " + shown),
                        region.unknownPrices().isEmpty() || region.unknownPrices().get(0).subjects().isEmpty() ? null
                                : region.unknownPrices().get(0).subjects().get(0), null,
                        "supply the missing price in the price overrides, or set <allowUnknown>true</allowUnknown>",
                        true));
            } else if (total.compareTo(r.amount()) > 0) {
                RegionCost.InterfaceEndpointLine biggest = region.interfaceEndpoints().stream()
                        .filter(l -> l.monthly() != null)
                        .max((a, b) -> a.monthly().compareTo(b.monthly())).orElse(null);
                String found = "estimated monthly total " + shown + " exceeds " + r.amount().toPlainString() + " "
                        + want + " (" + region.interfaceEndpoints().size() + " interface endpoint"
                        + (region.interfaceEndpoints().size() == 1 ? "" : "s") + ", " + region.natGateways().size()
                        + " NAT gateway" + (region.natGateways().size() == 1 ? "" : "s") + ")";
                String fix = biggest == null ? "remove NAT gateways or public IPv4 addresses, or raise <amount>"
                        : "the largest line is interface endpoint " + biggest.logicalId() + " (" + biggest.service()
                        + ", " + biggest.azs().size() + " AZ" + (biggest.azs().size() == 1 ? "" : "s") + ", "
                        + money(convert(biggest.monthly(), costs, r), want) + " " + want + "/month): use a gateway "
                        + "endpoint for S3/DynamoDB where on-premises access is not needed, place endpoints in fewer "
                        + "AZs, or raise <amount>";
                out.add(regionViolation(r, region.region(), found, biggest == null ? null : biggest.logicalId(),
                        biggest == null ? null : biggest.stack(), fix, false));
            }
        }
        return out;
    }

    /** The report's amount (in its currency) in the requirement's currency; null stays null. */
    private static BigDecimal convert(BigDecimal amount, CostReport costs, Requirement.MaxMonthlyCost r) {
        if (amount == null) {
            return null;
        }
        String want = r.currency().trim().toUpperCase(Locale.ROOT);
        String have = costs.currency();
        if (want.equals(have)) {
            return amount;
        }
        BigDecimal wantPerUsd = want.equals("USD") ? BigDecimal.ONE : r.exchangeRate();
        if (wantPerUsd == null) {
            throw new RequirementException("<maxMonthlyCost> in " + want + " needs <exchangeRate> (" + want + " per "
                    + "USD): the cost estimate is in " + have);
        }
        BigDecimal usd = amount.divide(costs.settings().exchangeRate(), MathContext.DECIMAL64);
        return usd.multiply(wantPerUsd, MathContext.DECIMAL64);
    }

    private static String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "?";
        }
        int scale;
        try {
            scale = Math.max(0, java.util.Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            scale = 2;
        }
        return amount.setScale(scale, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private List<Violation> available(Requirement.AvailableInRegions r) {
        List<Violation> out = new ArrayList<>();
        List<AvailabilityVerdict> verdicts = evidence.availability();
        if (verdicts == null) {
            if (hasInterfaceEndpoints()) {
                out.add(regionViolation(r, null, "endpoint availability was not checked", null, null,
                        "set <allowUnknown>true</allowUnknown>", true));
            }
            return out;
        }
        for (AvailabilityVerdict v : verdicts) {
            if (v.availability() == Availability.AVAILABLE || v.type() != EndpointType.INTERFACE) {
                continue;
            }
            Optional<VpcEndpoint> endpoint = endpointOf(v.service(), v.region());
            String component = endpoint.map(e -> e.id().logicalId()).orElse(null);
            String stack = endpoint.map(e -> e.id().stack()).orElse(null);
            boolean unknown = v.availability() == Availability.UNKNOWN;
            String found = "interface endpoint service " + v.service() + " is " + (unknown ? "of UNKNOWN availability"
                    : "not available") + " in " + v.region() + ": " + v.reason() + (v.source() == null ? ""
                    : " [" + v.source() + "]");
            String fix = unknown ? "check the service list of " + v.region() + " (aws ec2 describe-vpc-endpoint-services"
                    + " --region " + v.region() + ") and refresh the catalog, or set <allowUnknown>true</allowUnknown>"
                    : "drop " + v.region() + " from <regions>, or make " + (component == null ? "the endpoint"
                    : component) + " conditional on the region (a Condition on AWS::Region)";
            Violation x = regionViolation(r, v.region(), found, component, stack, fix, unknown);
            out.add(new Violation(x.requirement(), x.kind(), v.service() + " in " + v.region(), null, null,
                    x.stack(), x.region(), v.service(), x.found(), x.component(), x.source(), x.fix(), x.unknown()));
        }
        return out;
    }

    private boolean hasInterfaceEndpoints() {
        for (RegionNetwork n : evidence.model().regions()) {
            for (VpcEndpoint e : n.endpoints()) {
                if (e.type() == VpcEndpoint.Type.INTERFACE) {
                    return true;
                }
            }
        }
        return false;
    }

    private Optional<VpcEndpoint> endpointOf(String service, String region) {
        VpcEndpoint any = null;
        for (RegionNetwork n : evidence.model().regions()) {
            for (VpcEndpoint e : n.endpoints()) {
                if (e.type() == VpcEndpoint.Type.INTERFACE && e.serves(service)) {
                    if (Objects.equals(n.region(), region)) {
                        return Optional.of(e);
                    }
                    any = any == null ? e : any;
                }
            }
        }
        return Optional.ofNullable(any);
    }

    private Violation regionViolation(Requirement r, String region, String found, String component, String stack,
                                      String fix, boolean unknown) {
        String source = component == null ? null : sources.position(stack, component, region);
        return new Violation(r.name(), r.kind(), region == null ? "all regions" : "region " + region, null, null,
                stack, region, null, found, component, source, fix, unknown);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    static Target target(Subnet s) {
        return new Target(s.id().stack(), s.id().logicalId(), s.path(), s.tags());
    }

    static Target target(Vpc v) {
        return new Target(v.id().stack(), v.id().logicalId(), v.path(), v.tags());
    }

    /** The hops as one line: components, with the route that matched in brackets. */
    static String pathLine(List<Hop> hops) {
        StringBuilder sb = new StringBuilder();
        Set<String> seen = new LinkedHashSet<>();
        for (Hop h : hops) {
            if (!seen.add(h.component())) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(" -> ");
            }
            sb.append(h.component());
            int route = h.detail() == null ? -1 : h.detail().indexOf(": route ");
            if ("AWS::EC2::RouteTable".equals(h.type()) && route >= 0) {
                sb.append(" [").append(h.detail().substring(route + 2)).append(']');
            }
        }
        return sb.toString();
    }

    private static Hop hopOfType(List<Hop> hops, String type) {
        for (Hop h : hops) {
            if (type.equals(h.type())) {
                return h;
            }
        }
        return null;
    }

    private static String name(Hop h) {
        return h == null ? "the route table" : h.component();
    }

    private static String firstHopComponent(List<Hop> hops) {
        return hops.size() > 1 ? hops.get(1).component() : null;
    }

    private static String lastHop(List<Hop> hops) {
        return hops.isEmpty() ? null : hops.get(hops.size() - 1).component();
    }

    private static String blockerOr(List<Blocker> blockers, String other) {
        return blockers.isEmpty() ? other : blockers.get(0).component();
    }

    private static String fixOr(List<Blocker> blockers, String other) {
        return blockers.isEmpty() || blockers.get(0).fix() == null ? other : blockers.get(0).fix();
    }
}
