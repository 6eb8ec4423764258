package dev.airgap.change;

import java.util.List;

/**
 * What one build's {@code airgap.json} says that a change can move: subnets' verdicts, VPCs' on-premises verdicts,
 * the endpoints created, the violations and the cost per region.
 *
 * @param name     where it was read from, for messages ({@code target/baseline/airgap.json})
 * @param services the services analysed
 */
public record Snapshot(String name, List<String> services, List<SubnetState> subnets, List<VpcState> vpcs,
                       List<EndpointState> endpoints, List<ViolationState> violations, CostState costs) {

    public Snapshot {
        services = List.copyOf(services);
        subnets = List.copyOf(subnets);
        vpcs = List.copyOf(vpcs);
        endpoints = List.copyOf(endpoints);
        violations = List.copyOf(violations);
    }
}
