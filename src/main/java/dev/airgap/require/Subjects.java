package dev.airgap.require;

import dev.airgap.network.Subnet;
import dev.airgap.path.SubnetResult;
import dev.airgap.path.VpcResult;
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
        return select(r, "subnets", selector, evidence.paths().subnets(), s -> Subject.of(s.subnet()), out);
    }

    /** The VPCs the selector matches; none is a violation added to {@code out}. */
    List<VpcResult> vpcs(Requirement r, Selector selector, List<Violation> out) {
        return select(r, "vpcs", selector, evidence.paths().vpcs(), v -> Subject.of(v.vpc()), out);
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
        return Violation.of(r.name(), SELECTOR_RULE.id(), "<" + what + ">" + selector.text() + "</" + what + ">")
                .found("selector '" + selector.text() + "' matches no " + what.replaceAll("s$", "") + " (" + known
                        + ")")
                .fix("correct the selector: * for all, a logical-ID or CDK path glob, stack/logicalId, or "
                        + "tag:KEY=VALUE (CDK sets aws-cdk:subnet-type and aws-cdk:subnet-name)")
                .build();
    }

    /** A component a stage names by logical ID alone, found in {@code stack} first, then in the region. */
    Component named(String stack, String logicalId, String region) {
        return logicalId == null ? null : sources.named(stack, logicalId, region);
    }

    /** A violation of a subnet, at the component when it is placed in a template, else at the subnet. */
    Violation subnet(Requirement r, SubnetResult s, String service, String found, Component component, String fix,
                     boolean unknown) {
        Subnet subnet = s.subnet();
        Subject t = Subject.of(subnet);
        Subject vpc = subnet.vpc().isKnown() ? s.network().vpc(subnet.vpc().get()).map(Subject::of)
                .orElse(null) : null;
        return Violation.of(r.name(), r.kind(), t.describe()).subnet(t).vpc(vpc).stack(subnet.id().stack())
                .region(s.region()).service(service).found(found)
                .at(component == null ? subnet.id() : component.id(),
                        component != null && component.placed() ? component.position() : subnet.position())
                .fix(fix).unknown(unknown).build();
    }

    /** A violation of a VPC, at the component when it is placed in a template, else at the VPC. */
    Violation vpc(Requirement r, VpcResult v, String service, String found, Component component, String fix,
                  boolean unknown) {
        Subject t = Subject.of(v.vpc());
        return Violation.of(r.name(), r.kind(), t.describe()).vpc(t).stack(v.vpc().id().stack()).region(v.region())
                .service(service).found(found)
                .at(component == null ? v.vpc().id() : component.id(),
                        component != null && component.placed() ? component.position() : v.vpc().position())
                .fix(fix).unknown(unknown).build();
    }

    /**
     * A violation of a region ({@code null}: all regions), at the component when there is one; {@code stack} is the
     * subject's (the cost line's or the endpoint's), or null.
     */
    Violation region(Requirement r, String region, String found, Component component, String stack, String fix,
                     boolean unknown) {
        return Violation.of(r.name(), r.kind(), region == null ? "all regions" : "region " + region)
                .stack(stack).region(region).found(found)
                .at(component == null ? null : component.id(),
                        component != null && component.placed() ? component.position() : null)
                .fix(fix).unknown(unknown).build();
    }
}
