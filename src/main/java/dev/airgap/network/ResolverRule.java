package dev.airgap.network;

import dev.airgap.resolve.ResourceId;

/**
 * An {@code AWS::Route53Resolver::ResolverRule}. A FORWARD rule sends a VPC's queries for its domain (and every name
 * below it) to resolvers the templates do not describe; a SYSTEM rule keeps a subdomain with Route 53's own answer
 * (private hosted zones, then public DNS) under a FORWARD rule of a parent domain.
 *
 * @param domain lower case, without the final dot; unknown when the template computes it
 */
public record ResolverRule(ResourceId id, Known<String> domain, Type type) {

    public enum Type { FORWARD, SYSTEM, RECURSIVE }
}
