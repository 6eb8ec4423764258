/**
 * Which VPC endpoint services exist in which region: a bundled, sourced catalog (mostly UNKNOWN per region, because
 * AWS publishes no per-region list outside its API), a catalog of the regions each service is offered in at all,
 * generated at build time from the AWS SDK's region metadata, a checker that answers AVAILABLE / NOT_AVAILABLE /
 * NOT_OFFERED / UNKNOWN with the source, and an opt-in refresh that asks EC2 {@code DescribeVpcEndpointServices} for
 * complete lists.
 */
package dev.airgap.cost.availability;
