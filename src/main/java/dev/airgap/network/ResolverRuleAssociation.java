package dev.airgap.network;

import dev.airgap.resolve.ResourceId;

/**
 * An {@code AWS::Route53Resolver::ResolverRuleAssociation}: the rule applies to the VPC's queries. A rule shared
 * from another account is named by a parameter or an import, so {@code rule} is often unknown.
 */
public record ResolverRuleAssociation(ResourceId id, Known<ResourceId> rule, Known<ResourceId> vpc) {
}
