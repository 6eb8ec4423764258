package dev.airgap.path;

import dev.airgap.network.Cidrs;
import dev.airgap.network.Known;
import dev.airgap.network.Peer;
import dev.airgap.network.PublicIp;
import dev.airgap.network.RegionNetwork;
import dev.airgap.network.SecurityGroup;
import dev.airgap.network.SecurityGroupRule;
import dev.airgap.network.Subnet;
import dev.airgap.network.Vpc;
import dev.airgap.network.Workload;
import dev.airgap.resolve.ResourceId;
import java.util.ArrayList;
import java.util.List;

/**
 * DESIGN's "whose security groups" rule: a subnet's verdict is computed for the groups of the workloads the
 * templates place in it; where none is placed, for every group of the VPC (the path counts when one gets through).
 */
final class ClientProfiles {

    /** Enough groups to find one that gets through; keeps huge VPCs linear. */
    private static final int MAX_VPC_GROUPS = 64;

    private ClientProfiles() {
    }

    static List<ClientProfile> of(RegionNetwork network, Subnet subnet) {
        List<ClientProfile> out = new ArrayList<>();
        for (Workload w : network.workloadsIn(subnet.id())) {
            out.add(workload(network, subnet, w));
        }
        if (!out.isEmpty()) {
            return out;
        }
        Known<Boolean> publicIp = publicIpv4(subnet);
        List<SecurityGroup> groups = subnet.vpc().isKnown() ? network.securityGroups(subnet.vpc().get()) : List.of();
        java.util.Set<ResourceId> endpointGroups = new java.util.HashSet<>();
        if (subnet.vpc().isKnown()) {
            // Groups that guard only interface endpoints are the endpoints', not a client's.
            network.endpoints(subnet.vpc().get()).forEach(e -> e.securityGroups().forEach(g -> g.value()
                    .ifPresent(endpointGroups::add)));
        }
        List<SecurityGroup> endpointOnly = new ArrayList<>();
        for (SecurityGroup g : groups) {
            if (out.size() >= MAX_VPC_GROUPS) {
                break;
            }
            if (g.implicitDefault() && g.ingress().isEmpty() && g.egress().isEmpty()) {
                continue; // a default group stripped of its rules (CDK's restrictDefaultSecurityGroup)
            }
            // The default group stays: a client launched without groups is a member of it, whoever else uses it.
            if (endpointGroups.contains(g.id()) && !network.usedByWorkload(g.id()) && !g.implicitDefault()) {
                endpointOnly.add(g);
                continue;
            }
            out.add(new ClientProfile("any security group of the VPC: " + g.id().logicalId(), List.of(g), null,
                    publicIp, List.of(Code.ASSUMED_ANY_SECURITY_GROUP_OF_VPC), null));
        }
        boolean noClientGroup = out.isEmpty();
        // An endpoint's own group can carry clients too (a workload the model does not read, such as an MWAA
        // environment, often shares it): "any group of the VPC" includes it, after the groups clients declare.
        for (SecurityGroup g : endpointOnly) {
            if (out.size() >= MAX_VPC_GROUPS) {
                break;
            }
            out.add(new ClientProfile("any security group of the VPC: " + g.id().logicalId()
                    + " (also an endpoint's)", List.of(g), null, publicIp,
                    List.of(Code.ASSUMED_ANY_SECURITY_GROUP_OF_VPC), null));
        }
        if (noClientGroup) {
            // No usable group declared: a workload launched later gets a new group with AWS's default rules.
            ResourceId id = new ResourceId(subnet.id().stack(), "(new security group)");
            SecurityGroup fresh = new SecurityGroup(id, "", subnet.vpc(), List.of(),
                    List.of(new SecurityGroupRule(id, "-1", -1, -1, new Peer.Cidr(Cidrs.ANY_V4), "default egress")),
                    false);
            out.add(new ClientProfile("a new security group with default rules", List.of(fresh), null, publicIp,
                    List.of(Code.ASSUMED_NEW_SECURITY_GROUP), null));
        }
        return out;
    }

    private static ClientProfile workload(RegionNetwork network, Subnet subnet, Workload w) {
        List<SecurityGroup> groups = new ArrayList<>();
        String unknown = null;
        if (w.securityGroups().isEmpty()) {
            if (subnet.vpc().isKnown()) {
                network.securityGroup(Vpc.defaultSecurityGroupId(subnet.vpc().get())).ifPresent(groups::add);
            }
            if (groups.isEmpty()) {
                unknown = "the workload uses its VPC's default security group, which is not in the templates";
            }
        }
        for (Known<ResourceId> g : w.securityGroups()) {
            if (!g.isKnown()) {
                unknown = g.reason();
            } else if (network.securityGroup(g.get()).isPresent()) {
                groups.add(network.securityGroup(g.get()).get());
            } else {
                unknown = "security group " + g.get() + " is not in the analysed templates";
            }
        }
        Known<Boolean> publicIp;
        if (subnet.ipv6Only()) {
            publicIp = Known.of(false); // no IPv4 address at all, so no public one either (nor an Elastic IP)
        } else if (w.publicIp() == PublicIp.YES) {
            publicIp = Known.of(true);
        } else if (w.publicIp() == PublicIp.NO) {
            publicIp = Known.of(false);
        } else if (w.publicIp() == PublicIp.SUBNET_DEFAULT) {
            publicIp = subnet.mapPublicIp();
        } else {
            publicIp = Known.unknown(w.publicIpReason());
        }
        return new ClientProfile(w.id().logicalId() + " (" + w.type() + ")", groups, unknown, publicIp, List.of(),
                w.id());
    }

    /** What {@code MapPublicIpOnLaunch} gives a client of the subnet: nothing in an IPv6-only subnet. */
    static Known<Boolean> publicIpv4(Subnet subnet) {
        return subnet.ipv6Only() ? Known.of(false) : subnet.mapPublicIp();
    }
}
