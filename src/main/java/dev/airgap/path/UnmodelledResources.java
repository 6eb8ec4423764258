package dev.airgap.path;

import dev.airgap.network.Known;
import dev.airgap.network.RegionNetwork;
import dev.airgap.network.TransitGatewayAttachment;
import dev.airgap.network.Vpc;
import dev.airgap.resolve.ResolvedStack;
import dev.airgap.resolve.Resource;
import dev.airgap.resolve.ResourceId;
import dev.airgap.resolve.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Resources whose effect airgap does not model but that are handed a network identifier of a VPC (a route table,
 * subnet, network ACL, security group, the VPC itself, a gateway, endpoint, NAT gateway, network interface or transit
 * gateway route table): a custom resource's Lambda, a third-party registry type or a route-server propagation can
 * add routes, re-associate subnets or open rules at deploy time. No verdict in such a VPC can be trusted from the
 * templates alone, so each becomes UNKNOWN ({@link Code#CHANGED_BY_UNMODELLED_RESOURCE}) naming the resource and
 * what it was handed — unless the user trusts it ({@code <trustedResources>}) or its effect is modelled.
 */
final class UnmodelledResources {

    /**
     * Custom resources whose effect the network model reads. {@code Custom::VpcRestrictDefaultSG} (CDK's
     * {@code restrictDefaultSecurityGroup}, aws-cdk-lib/aws-ec2 lib/restrict-default-security-group-handler)
     * revokes the default security group's ingress and egress rules, and does nothing else.
     */
    static final Set<String> MODELLED = Set.of("Custom::VpcRestrictDefaultSG");

    /** AWS resource types that change route tables but are not read into the model. */
    static final Set<String> UNMODELLED_AWS = Set.of("AWS::EC2::RouteServerPropagation");

    private final Map<ResourceId, String> reasonByVpc;
    private final List<TrustedUse> trusted;

    private UnmodelledResources(Map<ResourceId, String> reasonByVpc, List<TrustedUse> trusted) {
        this.reasonByVpc = reasonByVpc;
        this.trusted = List.copyOf(trusted);
    }

    /** Whether a resource of this type may do anything at deploy time that the model does not see. */
    static boolean mayChangeNetwork(String type) {
        if (MODELLED.contains(type)) {
            return false;
        }
        return type.startsWith("Custom::") || type.equals("AWS::CloudFormation::CustomResource")
                || UNMODELLED_AWS.contains(type) || !type.startsWith("AWS::");
    }

    static UnmodelledResources of(RegionNetwork network, List<TrustedResource> trust) {
        Map<ResourceId, Map<String, Set<String>>> handedByVpc = new TreeMap<>();
        List<TrustedUse> trustedUses = new ArrayList<>();
        for (ResolvedStack s : network.stacks()) {
            for (Resource r : s.resources().values()) {
                if (!mayChangeNetwork(r.type())) {
                    continue;
                }
                Map<ResourceId, Set<String>> handed = new TreeMap<>();
                Set<ResourceId> targets = new TreeSet<>();
                HandedResources.collect(r.properties(), UnmodelledResources::handsOver, targets);
                for (ResourceId target : targets) {
                    for (ResourceId vpc : vpcsOf(network, target)) {
                        handed.computeIfAbsent(vpc, k -> new TreeSet<>()).add(target.logicalId());
                    }
                }
                if (handed.isEmpty()) {
                    continue; // handed nothing of a VPC: it cannot name what it would change
                }
                Optional<TrustedResource> match = trust.stream()
                        .filter(t -> t.matches(r.type(), r.id().logicalId())).findFirst();
                if (match.isPresent()) {
                    Set<String> all = new TreeSet<>();
                    handed.values().forEach(all::addAll);
                    trustedUses.add(new TrustedUse(r.id(), r.type(), List.copyOf(all), match.get()));
                    continue;
                }
                String name = r.id().logicalId() + " (" + r.type() + ", " + r.position() + ")";
                handed.forEach((vpc, ids) -> handedByVpc.computeIfAbsent(vpc, k -> new TreeMap<>())
                        .put(name, ids));
            }
        }
        Map<ResourceId, String> reasons = new LinkedHashMap<>();
        handedByVpc.forEach((vpc, byResource) -> {
            List<String> parts = new ArrayList<>();
            byResource.forEach((name, ids) -> parts.add(name + " is handed " + String.join(", ", ids)));
            reasons.put(vpc, String.join("; ", parts) + ": its effect is not modelled, so it may add routes, "
                    + "re-associate subnets or open security group rules in " + vpc.logicalId() + " at deploy time; "
                    + "if it changes neither routing nor filtering, declare it in <trustedResources> as "
                    + "TYPE-OR-LOGICAL-ID=REASON");
        });
        return new UnmodelledResources(reasons, trustedUses);
    }

    /** Why verdicts in this VPC cannot be trusted, or empty. */
    Optional<String> reason(Known<ResourceId> vpc) {
        return vpc.value().map(reasonByVpc::get);
    }

    /** The resources that would have made verdicts UNKNOWN but that the user trusts. */
    List<TrustedUse> trusted() {
        return trusted;
    }

    /** The VPCs whose routing or filtering an identifier lets its holder change. */
    private static Set<ResourceId> vpcsOf(RegionNetwork network, ResourceId id) {
        Set<ResourceId> out = new TreeSet<>();
        if (network.vpc(id).isPresent()) {
            out.add(id);
        }
        network.subnet(id).flatMap(x -> x.vpc().value()).ifPresent(out::add);
        network.routeTable(id).flatMap(x -> x.vpc().value()).ifPresent(out::add);
        network.securityGroup(id).flatMap(x -> x.vpc().value()).ifPresent(out::add);
        network.networkAcl(id).flatMap(x -> x.vpc().value()).ifPresent(out::add);
        network.endpoint(id).flatMap(x -> x.vpc().value()).ifPresent(out::add);
        network.firewall(id).flatMap(x -> x.vpc().value()).ifPresent(out::add);
        network.natGateway(id).flatMap(x -> x.subnet().value()).flatMap(network::subnet)
                .flatMap(x -> x.vpc().value()).ifPresent(out::add);
        network.networkInterface(id).flatMap(x -> x.subnet().value()).flatMap(network::subnet)
                .flatMap(x -> x.vpc().value()).ifPresent(out::add);
        network.gateway(id).ifPresent(g -> {
            g.vpc().value().ifPresent(out::add);
            for (Vpc v : network.vpcs()) {
                if (network.attachments(v.id()).stream().anyMatch(a -> a.gateway().value()
                        .filter(id::equals).isPresent())) {
                    out.add(v.id());
                }
            }
        });
        // A transit gateway (or one of its route tables) reaches every VPC attached to it.
        Optional<ResourceId> tgw = network.gateway(id).isPresent() ? Optional.of(id)
                : network.transitGatewayRouteTable(id).flatMap(t -> t.transitGateway().value());
        network.transitGatewayAttachment(id).flatMap(a -> a.vpc().value()).ifPresent(out::add);
        tgw.ifPresent(t -> {
            for (TransitGatewayAttachment a : network.transitGatewayAttachments()) {
                if (a.transitGateway().value().filter(t::equals).isPresent()) {
                    a.vpc().value().filter(v -> network.vpc(v).isPresent()).ifPresent(out::add);
                }
            }
        });
        return out;
    }

    /** An address block is no handle on the network; an ID attribute (DefaultSecurityGroup, GroupId) is. */
    private static boolean handsOver(Value.Attr a) {
        return !a.attribute().contains("Cidr");
    }
}
