/**
 * What each workload needs: the services a workload the network stage placed in subnets must reach to work (SSM
 * Agent's endpoints, an ECS task's image registry and log group, an EKS node's registry and EC2 API), derived from
 * its resource, its role's policies and its task definition against a bundled, sourced table. Between the policy
 * and the path stage: it reads {@code network} and {@code policy}, nothing downstream; the {@code require} stage
 * judges the needs against the paths.
 */
package dev.airgap.need;
