package dev.airgap.deployed;

import dev.airgap.resolve.ResourceId;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Physical IDs of deployed resources by {@link ResourceId} (stack name as analysed, logical ID): what a template
 * leaves unknown until deployment, such as the {@code vpce-…} ID in an endpoint-specific DNS name.
 */
public record PhysicalIds(Map<ResourceId, String> ids) {

    /** The placeholder the path analysis writes for an endpoint's ID: {@code vpce-{LogicalId}}. */
    private static final Pattern ENDPOINT_PLACEHOLDER = Pattern.compile("vpce-\\{([^}]+)}");

    public PhysicalIds {
        ids = Map.copyOf(ids);
    }

    public static PhysicalIds none() {
        return new PhysicalIds(Map.of());
    }

    public Optional<String> of(ResourceId id) {
        return Optional.ofNullable(ids.get(id));
    }

    /**
     * A DNS name with {@code vpce-{LogicalId}} replaced by the endpoint's physical ID when {@code endpoint} is
     * deployed and its physical ID is a {@code vpce-} ID; otherwise the name unchanged.
     *
     * @param endpoint the endpoint the name belongs to (its stack decides which deployed stack to look in)
     */
    public String fillEndpointDnsName(String dnsName, ResourceId endpoint) {
        if (dnsName == null || endpoint == null) {
            return dnsName;
        }
        Matcher m = ENDPOINT_PLACEHOLDER.matcher(dnsName);
        if (!m.find() || !m.group(1).equals(endpoint.logicalId())) {
            return dnsName;
        }
        String physical = ids.get(endpoint);
        if (physical == null || !physical.startsWith("vpce-")) {
            return dnsName;
        }
        return dnsName.substring(0, m.start()) + physical + dnsName.substring(m.end());
    }
}
