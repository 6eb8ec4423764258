package dev.airgap.path;

import java.util.List;
import java.util.Optional;

/**
 * Everything the path stage found, in a deterministic order: subnets and VPCs sorted by (stack, logical ID,
 * region). {@code trusted} lists the resources that could have changed routing or filtering but that the user
 * trusts ({@code <trustedResources>}).
 */
public record PathResult(List<String> services, List<SubnetResult> subnets, List<VpcResult> vpcs,
                         List<TrustedUse> trusted) {

    public PathResult {
        services = List.copyOf(services);
        subnets = List.copyOf(subnets);
        vpcs = List.copyOf(vpcs);
        trusted = List.copyOf(trusted);
    }

    /** A result in which no resource needed the user's trust. */
    public PathResult(List<String> services, List<SubnetResult> subnets, List<VpcResult> vpcs) {
        this(services, subnets, vpcs, List.of());
    }

    /** The first subnet result with this logical ID (any stack, any region). */
    public Optional<SubnetResult> subnet(String logicalId) {
        return subnets.stream().filter(s -> s.subnet().id().logicalId().equals(logicalId)).findFirst();
    }

    /** The VPC result of a subnet's VPC in the same region. */
    public Optional<VpcResult> vpcOf(SubnetResult subnet) {
        if (!subnet.subnet().vpc().isKnown()) {
            return Optional.empty();
        }
        return vpcs.stream().filter(v -> v.vpc().id().equals(subnet.subnet().vpc().get())
                && java.util.Objects.equals(v.region(), subnet.region())).findFirst();
    }
}
