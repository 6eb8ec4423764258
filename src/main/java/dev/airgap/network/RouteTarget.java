package dev.airgap.network;

import dev.airgap.resolve.ResourceId;
import java.util.Optional;

/** The closed set of things a route can send traffic to, one record per CloudFormation target property. */
public sealed interface RouteTarget {

    /** The local route of the VPC. */
    record Local() implements RouteTarget {
        @Override
        public String describe() {
            return "local";
        }
    }

    /** {@code GatewayId}: an internet gateway or a virtual private gateway; which one the model's index says. */
    record Gateway(Known<ResourceId> gateway) implements RouteTarget {
        @Override
        public Optional<ResourceId> named() {
            return gateway.value();
        }

        @Override
        public String describe() {
            return "gateway " + name(gateway);
        }
    }

    /** {@code NatGatewayId}. */
    record NatGateway(Known<ResourceId> natGateway) implements RouteTarget {
        @Override
        public Optional<ResourceId> named() {
            return natGateway.value();
        }

        @Override
        public String describe() {
            return "NAT gateway " + name(natGateway);
        }
    }

    /** {@code InstanceId}: a NAT instance (or any appliance). */
    record Instance(Known<ResourceId> instance) implements RouteTarget {
        @Override
        public Optional<ResourceId> named() {
            return instance.value();
        }

        @Override
        public String describe() {
            return "instance " + name(instance);
        }
    }

    /** {@code NetworkInterfaceId}: the ENI of a NAT instance or appliance. */
    record NetworkInterface(Known<ResourceId> networkInterface) implements RouteTarget {
        @Override
        public Optional<ResourceId> named() {
            return networkInterface.value();
        }

        @Override
        public String describe() {
            return "network interface " + name(networkInterface);
        }
    }

    /** {@code TransitGatewayId}. */
    record TransitGateway(Known<ResourceId> transitGateway) implements RouteTarget {
        @Override
        public Optional<ResourceId> named() {
            return transitGateway.value();
        }

        @Override
        public String describe() {
            return "transit gateway " + name(transitGateway);
        }
    }

    /** {@code VpcPeeringConnectionId}. */
    record Peering(Known<ResourceId> peering) implements RouteTarget {
        @Override
        public Optional<ResourceId> named() {
            return peering.value();
        }

        @Override
        public String describe() {
            return "peering connection " + name(peering);
        }
    }

    /** {@code VpcEndpointId} naming an {@code AWS::EC2::VPCEndpoint} (Gateway Load Balancer endpoint) or unknown. */
    record VpcEndpoint(Known<ResourceId> endpoint) implements RouteTarget {
        @Override
        public Optional<ResourceId> named() {
            return endpoint.value();
        }

        @Override
        public String describe() {
            return "VPC endpoint " + name(endpoint);
        }
    }

    /**
     * {@code VpcEndpointId} naming the endpoint of an {@code AWS::NetworkFirewall::Firewall} in one AZ ({@code az}
     * is the zone name or expression, null when the templates do not say which).
     */
    record FirewallEndpoint(ResourceId firewall, String az) implements RouteTarget {
        @Override
        public Optional<ResourceId> named() {
            return Optional.of(firewall);
        }

        @Override
        public String describe() {
            return "firewall endpoint of " + firewall.logicalId() + (az == null ? "" : " in " + az);
        }
    }

    /** A gateway endpoint's implicit route (destination: the service's prefix list). */
    record GatewayEndpoint(ResourceId endpoint) implements RouteTarget {
        @Override
        public Optional<ResourceId> named() {
            return Optional.of(endpoint);
        }

        @Override
        public String describe() {
            return "gateway endpoint " + endpoint.logicalId();
        }
    }

    /** {@code CarrierGatewayId} (Wavelength). */
    record CarrierGateway(Known<ResourceId> carrierGateway) implements RouteTarget {
        @Override
        public String describe() {
            return "carrier gateway " + name(carrierGateway);
        }
    }

    /** {@code EgressOnlyInternetGatewayId} (IPv6 only). */
    record EgressOnlyInternetGateway(Known<ResourceId> gateway) implements RouteTarget {
        @Override
        public String describe() {
            return "egress-only internet gateway " + name(gateway);
        }
    }

    /** {@code CoreNetworkArn} (Cloud WAN), {@code LocalGatewayId} (Outposts): outside what the templates model. */
    record External(String kind, String value) implements RouteTarget {
        @Override
        public String describe() {
            return kind + " " + value;
        }
    }

    /** A route propagated from a virtual private gateway ({@code AWS::EC2::VPNGatewayRoutePropagation}). */
    record VpnPropagation(ResourceId vpnGateway) implements RouteTarget {
        @Override
        public String describe() {
            return "routes propagated from VPN gateway " + vpnGateway.logicalId();
        }
    }

    /** A target the templates cannot give (no target property known). */
    record Unresolved(String reason) implements RouteTarget {
        @Override
        public String describe() {
            return "unknown target (" + reason + ")";
        }
    }

    String describe();

    /**
     * The resource of the run the target names, for presence checks; empty when it names none or one the templates
     * cannot give. Carrier and egress-only gateways are left out: no walk follows them.
     */
    default Optional<ResourceId> named() {
        return Optional.empty();
    }

    private static String name(Known<ResourceId> id) {
        return id.isKnown() ? id.get().logicalId() : "(unknown: " + id.reason() + ")";
    }
}
