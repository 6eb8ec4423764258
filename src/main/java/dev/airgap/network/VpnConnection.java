package dev.airgap.network;

import dev.airgap.resolve.ResourceId;
import inet.ipaddr.IPAddress;
import java.util.List;

/**
 * {@code AWS::EC2::VPNConnection} to a VPN gateway or a transit gateway, with its static routes
 * ({@code AWS::EC2::VPNConnectionRoute}): the on-premises blocks the templates name.
 */
public record VpnConnection(ResourceId id, Known<ResourceId> vpnGateway, Known<ResourceId> transitGateway,
                            Known<ResourceId> customerGateway, List<IPAddress> staticRoutes) {

    public VpnConnection {
        staticRoutes = List.copyOf(staticRoutes);
    }
}
