package dev.airgap.policy;

import dev.airgap.resolve.Value;

/**
 * The policy of the VPC endpoint a request passes through.
 *
 * @param source   names the endpoint
 * @param document its {@code PolicyDocument}, or null when the endpoint has none: then AWS attaches a policy that
 *                 allows full access
 */
public record EndpointPolicy(PolicySource source, PolicyDocument document) {

    public static EndpointPolicy fullAccess(PolicySource source) {
        return new EndpointPolicy(source, null);
    }

    public static EndpointPolicy of(PolicySource source, Value document) {
        return new EndpointPolicy(source, document == null ? null : PolicyDocument.parse(source, document));
    }

    public boolean fullAccess() {
        return document == null;
    }
}
