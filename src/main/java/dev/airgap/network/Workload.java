package dev.airgap.network;

import dev.airgap.resolve.ResourceId;
import java.util.List;

/**
 * Something the templates place in subnets: an EC2 instance, an auto-scaling group (with its launch template), a
 * Lambda function or an ECS service with a VPC configuration, a type of {@link WorkloadKinds}' table (EKS, MWAA,
 * SageMaker, RDS, ...) or any other resource naming subnets together with security groups. Its security groups
 * decide whose rules a subnet's verdict is computed for.
 *
 * @param subnets         the subnets it runs in (an unknown entry when the list cannot be known)
 * @param securityGroups  its groups; empty means the VPC's default group
 * @param instanceProfile the EC2 instance profile, for the policy stage
 * @param role            the IAM role itself where the workload names one (Lambda {@code Role}, an ECS task
 *                        definition's {@code TaskRoleArn}); unknown for EC2, whose role comes from the profile
 */
public record Workload(ResourceId id, String type, String path, List<Known<ResourceId>> subnets,
                       List<Known<ResourceId>> securityGroups, PublicIp publicIp, String publicIpReason,
                       Known<ResourceId> instanceProfile, Known<ResourceId> role) {

    public Workload {
        subnets = List.copyOf(subnets);
        securityGroups = List.copyOf(securityGroups);
    }
}
