package dev.airgap.network;

import dev.airgap.resolve.ResourceId;
import inet.ipaddr.IPAddress;

/**
 * A static route of a transit gateway route table, or one propagated from an attachment
 * ({@code propagated}: destination = the attached VPC's blocks).
 *
 * @param routeTable the TGW route table; unknown when it is, for example, the TGW's default table by attribute
 * @param attachment null for a blackhole route
 */
public record TransitGatewayRoute(ResourceId id, Known<ResourceId> routeTable, Known<IPAddress> destination,
                                  Known<ResourceId> attachment, boolean blackhole, boolean propagated) {
}
