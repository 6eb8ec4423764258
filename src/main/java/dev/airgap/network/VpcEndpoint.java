package dev.airgap.network;

import dev.airgap.resolve.ResourceId;
import dev.airgap.resolve.Value;
import java.util.List;

/**
 * {@code AWS::EC2::VPCEndpoint} of any type.
 *
 * @param service            the service key ({@code s3}, {@code ecr.dkr}, …) taken from the service name
 * @param serviceName        the service name as written, for messages (unknown parts as {@code ${…}})
 * @param routeTables        gateway endpoints: the route tables that get the prefix-list route
 * @param subnets            interface and GWLB endpoints: one ENI per subnet
 * @param securityGroups     interface endpoints: the groups on the ENIs; empty means the VPC's default group
 * @param privateDns         {@code PrivateDnsEnabled}; CloudFormation's default is false
 * @param onlyInboundResolver S3 {@code DnsOptions.PrivateDnsOnlyForInboundResolverEndpoint} = OnlyInboundResolver:
 *                           in-VPC clients keep the gateway endpoint, only on-prem resolvers get the interface one
 * @param policy             {@code PolicyDocument} as resolved (null: full access)
 */
public record VpcEndpoint(ResourceId id, String path, Known<ResourceId> vpc, Type type, Known<String> service,
                          String serviceName, List<Known<ResourceId>> routeTables, List<Known<ResourceId>> subnets,
                          List<Known<ResourceId>> securityGroups, Known<Boolean> privateDns,
                          boolean onlyInboundResolver, Value policy) {

    public enum Type { GATEWAY, INTERFACE, GATEWAY_LOAD_BALANCER, OTHER }

    public VpcEndpoint {
        routeTables = List.copyOf(routeTables);
        subnets = List.copyOf(subnets);
        securityGroups = List.copyOf(securityGroups);
    }

    public boolean serves(String key) {
        return service.isKnown() && service.get().equals(key);
    }
}
