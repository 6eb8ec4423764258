package dev.airgap.network;

import dev.airgap.resolve.ResourceId;
import inet.ipaddr.IPAddress;

/** Where a route sends traffic to: the closed set of destination kinds a route table holds. */
public sealed interface RouteDestination {

    /** An IPv4 or IPv6 block ({@code DestinationCidrBlock}, {@code DestinationIpv6CidrBlock}, the local route). */
    record Cidr(IPAddress block) implements RouteDestination {
        @Override
        public String describe() {
            return Cidrs.text(block);
        }
    }

    /**
     * The AWS-managed prefix list of a service, added by a gateway endpoint for the route tables it lists; it matches
     * the service's public addresses and, for them, beats {@code 0.0.0.0/0}.
     */
    record ServicePrefixList(String service, ResourceId endpoint) implements RouteDestination {
        @Override
        public String describe() {
            return "prefix list of " + service;
        }
    }

    /**
     * {@code DestinationPrefixListId}: a customer-managed prefix list of the run (whose entries are then known), or an
     * ID the templates do not define ({@code literalId}, null when the value is not a literal {@code pl-…}), which
     * might be an AWS-managed list.
     */
    record PrefixList(Known<ResourceId> list, String text, String literalId) implements RouteDestination {
        @Override
        public String describe() {
            return "prefix list " + text;
        }
    }

    /** A destination the templates cannot give. */
    record Unresolved(String reason) implements RouteDestination {
        @Override
        public String describe() {
            return "unknown destination (" + reason + ")";
        }
    }

    String describe();
}
