package dev.airgap.change;

/**
 * A VPC endpoint the templates create, as the cost section lists it.
 *
 * @param type    {@code interface}, {@code gateway} or {@code gatewayLoadBalancer}
 * @param service the service it serves, or null (a Gateway Load Balancer endpoint names none)
 */
public record EndpointState(String stack, String logicalId, String region, String type, String service) {

    String display() {
        return stack + "/" + logicalId + " (" + type + " endpoint" + (service == null ? "" : " for " + service)
                + ") in " + (region == null ? "an unknown region" : region);
    }

    String key() {
        return stack + "\u0000" + logicalId + "\u0000" + region;
    }
}
