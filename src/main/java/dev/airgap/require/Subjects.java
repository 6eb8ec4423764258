package dev.airgap.require;

import dev.airgap.network.Subnet;
import dev.airgap.network.Vpc;
import dev.airgap.path.SubnetResult;
import dev.airgap.path.VpcResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What a requirement kind judges: the evidence, the subnets and VPCs its selectors choose, and violations about
 * them located at the template line of the offending component (else of the subject). Shared by every kind, so
 * that selection, naming and locating work the same for all.
 */
public final class Subjects {

    /** A requirement's subnet or VPC selector must match something: one that matches nothing is usually a typo. */
    static final Rule SELECTOR_RULE = new Rule("selector", "Requirement selects something",
            "A requirement's subnet or VPC selector must match at least one resource; one that matches nothing "
                    + "is usually a typo. Fix: correct the selector (logical-ID glob, CDK path glob or tag).");

    private final Evidence evidence;
    private final Sources sources;

    Subjects(Evidence evidence, Sources sources) {
        this.evidence = evidence;
        this.sources = sources;
    }

    Evidence evidence() {
        return evidence;
    }

    /** The requested services, or every analysed one when none is named. */
    List<String> servicesOr(List<String> named) {
        return named.isEmpty() ? evidence.paths().services() : named;
    }

    /** The subnets the selector matches; none is a violation added to {@code out}. */
    List<SubnetResult> subnets(Requirement r, Selector selector, List<Violation> out) {
        return select(r, "subnets", selector, evidence.paths().subnets(), s -> target(s.subnet()), out);
    }

    /** The VPCs the selector matches; none is a violation added to {@code out}. */
    List<VpcResult> vpcs(Requirement r, Selector selector, List<Violation> out) {
        return select(r, "vpcs", selector, evidence.paths().vpcs(), v -> target(v.vpc()), out);
    }

    private static <T> List<T> select(Requirement r, String what, Selector selector, List<T> all,
                                      Function<T, Subject> target, List<Violation> out) {
        List<T> chosen = all.stream().filter(x -> selector.matches(target.apply(x))).toList();
        if (chosen.isEmpty()) {
            out.add(nothingMatched(r, what, selector, all.stream().map(x -> target.apply(x).path()).distinct()
                    .toList()));
        }
        return chosen;
    }

    private static Violation nothingMatched(Requirement r, String what, Selector selector, List<String> available) {
        String known = available.isEmpty() ? "the templates have none" : "analysed: " + String.join(", ",
                available.subList(0, Math.min(5, available.size()))) + (available.size() > 5 ? ", …" : "");
        return new Violation(r.name(), SELECTOR_RULE.id(), "<" + what + ">" + selector.text() + "</" + what + ">",
                null, null, null, null, null, "selector '" + selector.text() + "' matches no "
                + what.replaceAll("s$", "") + " (" + known + ")", null, null, "correct the selector: * for all, a "
                + "logical-ID or CDK path glob, stack/logicalId, or tag:KEY=VALUE (CDK sets aws-cdk:subnet-type and "
                + "aws-cdk:subnet-name)", false);
    }

    /** A violation of a subnet, at the component's line when {@code component} is a resource, else the subnet's. */
    Violation subnet(Requirement r, SubnetResult s, String service, String found, String component, String fix,
                     boolean unknown) {
        Subnet subnet = s.subnet();
        Subject t = target(subnet);
        Subject vpc = subnet.vpc().isKnown() ? s.network().vpc(subnet.vpc().get()).map(Subjects::target)
                .orElse(null) : null;
        String source = component == null ? null : sources.position(subnet.id().stack(), component, s.region());
        if (source == null) {
            source = Sources.text(subnet.position());
        }
        return new Violation(r.name(), r.kind(), t.describe(), t, vpc, subnet.id().stack(), s.region(), service,
                found, component == null ? subnet.id().logicalId() : component, source, fix, unknown);
    }

    /** A violation of a VPC, at the component's line when {@code component} is a resource, else the VPC's. */
    Violation vpc(Requirement r, VpcResult v, String service, String found, String component, String fix,
                  boolean unknown) {
        Subject t = target(v.vpc());
        String source = component == null ? null : sources.position(v.vpc().id().stack(), component, v.region());
        if (source == null) {
            source = Sources.text(v.vpc().position());
        }
        return new Violation(r.name(), r.kind(), t.describe(), null, t, v.vpc().id().stack(), v.region(), service,
                found, component == null ? v.vpc().id().logicalId() : component, source, fix, unknown);
    }

    /** A violation of a region ({@code null}: all regions), at the component's line when there is one. */
    Violation region(Requirement r, String region, String found, String component, String stack, String fix,
                     boolean unknown) {
        String source = component == null ? null : sources.position(stack, component, region);
        return new Violation(r.name(), r.kind(), region == null ? "all regions" : "region " + region, null, null,
                stack, region, null, found, component, source, fix, unknown);
    }

    static Subject target(Subnet s) {
        return new Subject(s.id().stack(), s.id().logicalId(), s.path(), s.tags());
    }

    static Subject target(Vpc v) {
        return new Subject(v.id().stack(), v.id().logicalId(), v.path(), v.tags());
    }
}
