package dev.airgap.network;

import dev.airgap.resolve.ResourceId;
import java.util.List;

/** {@code AWS::EC2::NetworkInterface}: a standalone ENI (NAT instance, appliance, attached to an instance). */
public record NetworkInterface(ResourceId id, Known<ResourceId> subnet, List<Known<ResourceId>> securityGroups,
                               boolean sourceDestCheck) {

    public NetworkInterface {
        securityGroups = List.copyOf(securityGroups);
    }
}
