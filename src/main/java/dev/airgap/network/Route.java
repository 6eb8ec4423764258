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
        Known<ResourceId> named = null;
        if (target instanceof RouteTarget.Gateway g) {
            named = g.gateway();
        } else if (target instanceof RouteTarget.NatGateway n) {
            named = n.natGateway();
        } else if (target instanceof RouteTarget.Instance i) {
            named = i.instance();
        } else if (target instanceof RouteTarget.NetworkInterface n) {
            named = n.networkInterface();
        } else if (target instanceof RouteTarget.TransitGateway g) {
            named = g.transitGateway();
        } else if (target instanceof RouteTarget.Peering p) {
            named = p.peering();
        } else if (target instanceof RouteTarget.VpcEndpoint v) {
            named = v.endpoint();
        } else if (target instanceof RouteTarget.FirewallEndpoint f) {
            return f.firewall();
        } else if (target instanceof RouteTarget.GatewayEndpoint g) {
            return g.endpoint();
        }
        return named != null && named.isKnown() ? named.get() : id;
    }
}
