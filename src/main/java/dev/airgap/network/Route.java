package dev.airgap.network;

import dev.airgap.resolve.ResourceId;

/**
 * One route of a route table.
 *
 * @param id         the resource that makes it: the {@code AWS::EC2::Route}, the gateway endpoint or the propagation;
 *                   the VPC for the local route
 * @param routeTable the table it belongs to
 */
public record Route(ResourceId id, ResourceId routeTable, RouteDestination destination, RouteTarget target) {

    public String describe() {
        return destination.describe() + " -> " + target.describe();
    }

    /** The resource the target names, for presence checks: the route itself when the target names none. */
    public ResourceId targetResource() {
        return target.named().orElse(id);
    }
}
