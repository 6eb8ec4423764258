package dev.airgap.network;

import dev.airgap.resolve.ResourceId;

/**
 * A route table; {@code main} marks the VPC's implicit main route table, which subnets without an explicit
 * association use and which, in CloudFormation, holds only the local route.
 */
public record RouteTable(ResourceId id, String path, Known<ResourceId> vpc, boolean main) {
}
