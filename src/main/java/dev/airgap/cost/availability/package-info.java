/**
 * Which VPC endpoint services exist in which region: a bundled, sourced catalog (mostly UNKNOWN per region, because
 * AWS publishes no per-region list outside its API), a checker that answers AVAILABLE / NOT_AVAILABLE / UNKNOWN with
 * the source, and an opt-in refresh that asks EC2 {@code DescribeVpcEndpointServices} for complete lists.
 */
package dev.airgap.cost.availability;
