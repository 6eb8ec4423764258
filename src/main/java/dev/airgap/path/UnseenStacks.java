package dev.airgap.path;

import dev.airgap.network.Known;
import dev.airgap.network.RegionNetwork;
import dev.airgap.policy.Scope;
import dev.airgap.resolve.ResolvedStack;
import dev.airgap.resolve.Resource;
import dev.airgap.resolve.ResourceId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Nested stacks whose templates are not in the run (a {@code TemplateURL} in S3, no local asset) but that are handed
 * a VPC's resources as parameters: such a stack may add routes, endpoints or security-group rules there, so no verdict
 * in that VPC can be trusted until its template joins the run. Verdicts there become UNKNOWN, naming the stack.
 */
final class UnseenStacks {

    private final Map<ResourceId, String> reasonByVpc;

    private UnseenStacks(Map<ResourceId, String> reasonByVpc) {
        this.reasonByVpc = reasonByVpc;
    }

    static UnseenStacks of(RegionNetwork network) {
        Set<ResourceId> loaded = new HashSet<>();
        for (ResolvedStack s : network.stacks()) {
            if (s.template().parent() != null) {
                loaded.add(new ResourceId(s.template().parent(), s.template().parentLogicalId()));
            }
        }
        Map<ResourceId, List<String>> stacksByVpc = new TreeMap<>();
        for (ResolvedStack s : network.stacks()) {
            for (Resource r : s.resources().values()) {
                if (!"AWS::CloudFormation::Stack".equals(r.type()) || loaded.contains(r.id())) {
                    continue;
                }
                Set<ResourceId> targets = new HashSet<>();
                HandedResources.collect(r.property("Parameters"), a -> true, targets);
                for (ResourceId target : targets) {
                    vpcOf(network, target).ifPresent(vpc -> stacksByVpc.computeIfAbsent(vpc, k -> new ArrayList<>())
                            .add(r.id().logicalId() + " (" + r.position() + ")"));
                }
            }
        }
        Map<ResourceId, String> reasons = new LinkedHashMap<>();
        stacksByVpc.forEach((vpc, stacks) -> reasons.put(vpc, "nested stack " + String.join(", ",
                stacks.stream().distinct().sorted().toList()) + " receives resources of " + vpc.logicalId()
                + " but its template is not in the analysed templates, so it may add routes, endpoints or security "
                + "group rules there; add its template to <templates> (a local TemplateURL or the cdk.out asset), "
                + "or map its S3 TemplateURL to the local file in <nestedTemplates>"));
        return new UnseenStacks(reasons);
    }

    /** Why verdicts in this VPC cannot be trusted, or empty. */
    Optional<String> reason(Known<ResourceId> vpc) {
        return vpc.value().map(reasonByVpc::get);
    }

    ServiceVerdict apply(ServiceVerdict v, String reason) {
        return apply(v, reason, Code.NESTED_STACK_NOT_IN_RUN);
    }

    /** The verdict made UNKNOWN for a reason outside the templates, with its code; an UNKNOWN one is kept. */
    static ServiceVerdict apply(ServiceVerdict v, String reason, Code code) {
        if (v.access() == Access.UNKNOWN) {
            return v;
        }
        return new ServiceVerdict(v.service(), Access.UNKNOWN, false, v.ipType(), v.dnsName(),
                v.requiresEndpointUrl(), v.endpoint(), v.hops(), withCode(v.codes(), code),
                reason + " (from the templates alone: " + v.access() + ", " + v.reason() + ")", v.blockers(),
                v.securityGroups(), v.endpointId(), v.client(),
                v.buckets() == null ? null : new Buckets(Scope.UNKNOWN, List.of(), List.of(), v.buckets().role(), reason));
    }

    EgressVerdict apply(EgressVerdict e, String reason) {
        return apply(e, reason, Code.NESTED_STACK_NOT_IN_RUN);
    }

    static EgressVerdict apply(EgressVerdict e, String reason, Code code) {
        if (e.egress() == Egress.UNKNOWN) {
            return e;
        }
        return new EgressVerdict(Egress.UNKNOWN, e.hops(), withCode(e.codes(), code),
                reason + " (from the templates alone: " + e.egress() + ", " + e.reason() + ")", e.blockers());
    }

    private static List<Code> withCode(List<Code> codes, Code code) {
        List<Code> out = new ArrayList<>(codes);
        out.add(code);
        return out;
    }

    private static Optional<ResourceId> vpcOf(RegionNetwork network, ResourceId id) {
        if (network.vpc(id).isPresent()) {
            return Optional.of(id);
        }
        Optional<ResourceId> viaSubnet = network.subnet(id).flatMap(s -> s.vpc().value());
        if (viaSubnet.isPresent()) {
            return viaSubnet;
        }
        Optional<ResourceId> viaTable = network.routeTable(id).flatMap(t -> t.vpc().value());
        if (viaTable.isPresent()) {
            return viaTable;
        }
        return network.securityGroup(id).flatMap(g -> g.vpc().value());
    }
}
