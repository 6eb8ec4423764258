package dev.airgap.path;

/**
 * One component on a path and what matched there.
 *
 * @param component the logical ID (synthetic ones, such as a VPC's main route table, are named after the VPC)
 * @param stack     the stack that declares it, or empty
 * @param type      the CloudFormation type (or a description for implicit components)
 * @param detail    what matched: the route, the security group rule, the network ACL entry
 */
public record Hop(String component, String stack, String type, String detail) {
}
