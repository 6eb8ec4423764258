package dev.airgap.path;

import dev.airgap.network.Known;
import dev.airgap.network.Subnet;
import dev.airgap.resolve.ResourceId;
import java.util.HashSet;
import java.util.Set;

/** Mutable position of one {@link RouteWalker} walk, shared with the hops it hands a route to. */
final class WalkState {

    /** Where the traffic currently comes from, as the next hop sees it. */
    enum Origin { IN_VPC, TRANSIT_GATEWAY }

    Subnet current;
    Subnet previous;
    Origin origin = Origin.IN_VPC;
    Known<Boolean> publicIp;
    boolean privateNat;
    /** The source address block as filters see it: the client's subnet, after a NAT the NAT's subnet. */
    Subnet source;
    final Set<ResourceId> visited = new HashSet<>();
}
