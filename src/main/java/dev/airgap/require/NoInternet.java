package dev.airgap.require;

import dev.airgap.path.Egress;
import dev.airgap.path.EgressVerdict;
import dev.airgap.path.Hop;
import dev.airgap.path.SubnetResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The selected subnets have no egress path to the internet (no IGW or NAT path, no public IP on launch). */
public record NoInternet(String id, Selector subnets, boolean allowUnknown, List<Waiver> exceptions)
        implements Requirement {

    static final Rule RULE = new Rule("noInternet", "Subnet has no path to the internet",
            "The selected subnets must have no egress path to an internet gateway or a NAT gateway, and "
                    + "instances there get no public IP. Fix: remove the 0.0.0.0/0 (and ::/0) routes to internet "
                    + "and NAT gateways from the subnet's route table, set MapPublicIpOnLaunch to false, and reach "
                    + "AWS services through VPC endpoints.");

    public NoInternet {
        Objects.requireNonNull(subnets, "subnets");
        exceptions = List.copyOf(exceptions);
    }

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public String asks() {
        return "no internet path from subnets " + subnets.text();
    }

    @Override
    public List<Violation> judge(Subjects subjects) {
        List<Violation> out = new ArrayList<>();
        for (SubnetResult s : subjects.subnets(this, subnets, out)) {
            EgressVerdict e = s.internet();
            String subnet = s.subnet().id().logicalId();
            if (e.egress() == Egress.UNKNOWN) {
                out.add(subjects.subnet(this, s, null, "internet egress UNKNOWN: " + e.reason(),
                        e.hops().size() > 1 ? Component.of(e.hops().get(1)) : null,
                        "make the value the analysis could not resolve known (a parameter value in <parameters>, the "
                                + "other stack in <templates>), or set <allowUnknown>true</allowUnknown>", true));
            } else if (e.egress() != Egress.NONE) {
                // Through a NAT gateway the offending component is the NAT (what comes after it is its subnet's).
                Hop nat = Hops.ofType(e.hops(), "AWS::EC2::NatGateway");
                Hop gateway = nat != null ? nat : Hops.last(e.hops());
                String removeRoute = "remove the route to " + Hops.name(gateway) + " from "
                        + Hops.name(Hops.ofType(e.hops(), "AWS::EC2::RouteTable")) + " (or associate " + subnet
                        + " with a route table without it)";
                String fix = e.egress() == Egress.INTERNET_GATEWAY
                        ? removeRoute + " and set MapPublicIpOnLaunch: false; reach AWS services through VPC endpoints "
                        + "instead"
                        : removeRoute + "; reach AWS services through VPC endpoints instead";
                out.add(subjects.subnet(this, s, null, "internet egress " + e.egress() + ": " + Hops.line(e.hops()),
                        Component.of(gateway), fix, false));
            } else if (s.subnet().mapPublicIp().isKnown() && Boolean.TRUE.equals(s.subnet().mapPublicIp().get())) {
                out.add(subjects.subnet(this, s, null, "no egress route, but MapPublicIpOnLaunch is true: instances "
                        + "get a public IPv4 that a later route to an internet gateway would expose", null,
                        "set MapPublicIpOnLaunch: false on " + subnet, false));
            }
        }
        return out;
    }
}
