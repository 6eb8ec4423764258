package dev.airgap.path;

import dev.airgap.network.Known;
import dev.airgap.network.SecurityGroup;
import dev.airgap.resolve.ResourceId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who sends the traffic: the security groups and public-IP status of one workload placed in the subnet, or — where
 * none is placed — one security group of the VPC.
 *
 * @param label           what it stands for, for reports
 * @param groups          the groups on its ENI (known ones)
 * @param groupsUnknown   why some of its groups are unknown, or null
 * @param publicIp        whether it has a public IPv4
 * @param assumptions     what choosing this profile assumed
 * @param workload        the workload it stands for, or null for a group of the VPC
 */
record ClientProfile(String label, List<SecurityGroup> groups, String groupsUnknown, Known<Boolean> publicIp,
                     List<Code> assumptions, ResourceId workload) {

    ClientProfile {
        groups = List.copyOf(groups);
        assumptions = List.copyOf(assumptions);
    }

    Set<ResourceId> groupIds() {
        Set<ResourceId> ids = new LinkedHashSet<>();
        for (SecurityGroup g : groups) {
            ids.add(g.id());
        }
        return ids;
    }

    List<String> groupNames() {
        return groups.stream().map(g -> g.id().logicalId()).toList();
    }
}
