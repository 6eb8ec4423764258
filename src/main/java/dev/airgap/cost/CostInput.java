package dev.airgap.cost;

import java.util.ArrayList;
import java.util.List;

/**
 * What to price: the resources the templates create, one entry per resource and region (an environment-agnostic
 * stack analysed for two regions gives two entries), and the declared usage.
 */
public record CostInput(List<InterfaceEndpointUse> interfaceEndpoints,
                        List<GatewayLoadBalancerEndpointUse> gatewayLoadBalancerEndpoints,
                        List<NatGatewayUse> natGateways,
                        List<PublicIpv4Use> publicIpv4Addresses,
                        List<GatewayEndpointUse> gatewayEndpoints,
                        Usage usage) {

    public CostInput {
        interfaceEndpoints = copy(interfaceEndpoints);
        gatewayLoadBalancerEndpoints = copy(gatewayLoadBalancerEndpoints);
        natGateways = copy(natGateways);
        publicIpv4Addresses = copy(publicIpv4Addresses);
        gatewayEndpoints = copy(gatewayEndpoints);
        usage = usage == null ? Usage.none() : usage;
    }

    private static <T> List<T> copy(List<T> l) {
        return l == null ? List.of() : List.copyOf(l);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects entries while walking a network model. */
    public static final class Builder {
        private final List<InterfaceEndpointUse> interfaceEndpoints = new ArrayList<>();
        private final List<GatewayLoadBalancerEndpointUse> gwlbEndpoints = new ArrayList<>();
        private final List<NatGatewayUse> natGateways = new ArrayList<>();
        private final List<PublicIpv4Use> publicIpv4 = new ArrayList<>();
        private final List<GatewayEndpointUse> gatewayEndpoints = new ArrayList<>();
        private Usage usage = Usage.none();

        public Builder interfaceEndpoint(InterfaceEndpointUse e) {
            interfaceEndpoints.add(e);
            return this;
        }

        public Builder gatewayLoadBalancerEndpoint(GatewayLoadBalancerEndpointUse e) {
            gwlbEndpoints.add(e);
            return this;
        }

        public Builder natGateway(NatGatewayUse n) {
            natGateways.add(n);
            return this;
        }

        public Builder publicIpv4(PublicIpv4Use p) {
            publicIpv4.add(p);
            return this;
        }

        public Builder gatewayEndpoint(GatewayEndpointUse g) {
            gatewayEndpoints.add(g);
            return this;
        }

        public Builder usage(Usage u) {
            usage = u;
            return this;
        }

        public CostInput build() {
            return new CostInput(interfaceEndpoints, gwlbEndpoints, natGateways, publicIpv4, gatewayEndpoints, usage);
        }
    }
}
