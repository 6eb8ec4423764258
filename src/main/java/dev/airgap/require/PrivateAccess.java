package dev.airgap.require;

import dev.airgap.path.Access;
import dev.airgap.path.Blocker;
import dev.airgap.path.ServiceVerdict;
import dev.airgap.path.SubnetResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * For the selected subnets and services, the access is a gateway or interface VPC endpoint.
 *
 * @param services the services to judge; empty: every analysed service
 */
public record PrivateAccess(String id, Selector subnets, List<String> services, boolean allowUnknown,
                            List<Waiver> exceptions) implements Requirement {

    static final Rule RULE = new Rule("privateAccess", "Service reached through a VPC endpoint",
            "The selected subnets must reach the named services through a gateway or interface VPC endpoint, "
                    + "never over the internet or a NAT gateway. Fix: add a gateway endpoint (S3, DynamoDB) on "
                    + "the subnet's route table, or an interface endpoint in the subnet's AZ whose security group "
                    + "admits HTTPS from the subnet.");

    private static final Set<Access> PRIVATE = Set.of(Access.GATEWAY_ENDPOINT, Access.INTERFACE_ENDPOINT);

    public PrivateAccess {
        Objects.requireNonNull(subnets, "subnets");
        services = List.copyOf(services);
        exceptions = List.copyOf(exceptions);
    }

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public Needs needs() {
        return new Needs(services, List.of());
    }

    @Override
    public String asks() {
        return String.join(", ", services) + " only through VPC endpoints from subnets " + subnets.text();
    }

    @Override
    public List<Violation> judge(Subjects subjects) {
        List<Violation> out = new ArrayList<>();
        List<SubnetResult> chosen = subjects.subnets(this, subnets, out);
        for (SubnetResult s : chosen) {
            for (String service : subjects.servicesOr(services)) {
                ServiceVerdict v = s.services().get(service);
                if (v == null) {
                    out.add(subjects.subnet(this, s, service, service + " was not analysed", null,
                            "add " + service + " to <services>", true));
                } else if (v.access() == Access.UNKNOWN) {
                    out.add(subjects.subnet(this, s, service, service + " access UNKNOWN: " + v.reason(),
                            Hops.culprit(v.blockers(), v.hops()), Hops.fixOr(v.blockers(),
                                    "make the unresolved values known, or set <allowUnknown>true</allowUnknown>"),
                            true));
                } else if (!PRIVATE.contains(v.access())) {
                    out.add(notPrivate(subjects, s, v));
                }
            }
        }
        return out;
    }

    private Violation notPrivate(Subjects subjects, SubnetResult s, ServiceVerdict v) {
        String found = v.service() + " access " + v.access() + ": " + (v.hops().isEmpty() ? v.reason()
                : Hops.line(v.hops()));
        if (v.access() == Access.NONE && !v.blockers().isEmpty()) {
            Blocker b = v.blockers().get(0);
            return subjects.subnet(this, s, v.service(), found + " (blocked: " + b.message() + ")", Component.of(b),
                    b.fix(), false);
        }
        boolean gatewayService = v.service().equals("s3") || v.service().equals("dynamodb");
        String table = Hops.ofType(v.hops(), "AWS::EC2::RouteTable") != null
                ? Hops.name(Hops.ofType(v.hops(), "AWS::EC2::RouteTable"))
                : s.network().routeTableOf(s.subnet()).map(t -> t.id().logicalId()).orElse("the route table");
        String cidr = s.subnet().cidr().isKnown() ? s.subnet().cidr().get().toString() : s.subnet().id().logicalId();
        String fix = (gatewayService
                ? "add a gateway VPC endpoint for " + v.service() + " with RouteTableIds [" + table + "], or an "
                + "interface endpoint with private DNS in the subnet's VPC"
                : "add an interface VPC endpoint for " + v.service() + " with PrivateDnsEnabled: true in the subnet's "
                + "VPC, its security group admitting tcp/443 from the subnet")
                + EndpointCode.of(s, v.service(), List.of(gatewayService ? table : s.subnet().id().logicalId()),
                List.of(cidr));
        return subjects.subnet(this, s, v.service(), found, Component.of(Hops.last(v.hops())), fix, false);
    }
}
