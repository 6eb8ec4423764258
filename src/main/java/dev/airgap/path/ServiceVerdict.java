package dev.airgap.path;

import dev.airgap.resolve.ResourceId;
import java.util.List;

/**
 * How one subnet reaches one service.
 *
 * @param service             the service key
 * @param ipType              null when there is no path
 * @param dnsName             the name the client uses (endpoint-specific names carry a {@code {…}} placeholder
 *                            for the deploy-time ID)
 * @param endpoint            the logical ID of the endpoint used, or null
 * @param securityGroups      the security groups (logical IDs) that get through, when the path depends on them
 * @param blockers            every component that blocks the path the default client takes (and, for NONE, the
 *                            other candidate paths)
 * @param endpointId          the endpoint used, or null
 * @param client              the workload whose security groups the verdict is for; null when it is for a group of
 *                            the VPC (no workload placed in the subnet)
 * @param buckets             for S3: which buckets the endpoint and role policies let the client touch; for
 *                            DynamoDB the same for tables; else null
 */
public record ServiceVerdict(String service, Access access, boolean privatePath, IpType ipType, String dnsName,
                             boolean requiresEndpointUrl, String endpoint, List<Hop> hops, List<Code> codes,
                             String reason, List<Blocker> blockers, List<String> securityGroups,
                             ResourceId endpointId, ResourceId client, Buckets buckets) {

    public ServiceVerdict {
        hops = List.copyOf(hops);
        codes = List.copyOf(codes);
        blockers = List.copyOf(blockers);
        securityGroups = List.copyOf(securityGroups);
    }

    /**
     * For an S3 interface endpoint, its endpoint-specific names for buckets, access points and the control API
     * ({@code bucket.}, {@code accesspoint.}, {@code control.} + {@code vpce-…}); otherwise empty.
     */
    public List<String> endpointDnsNames() {
        String bucketPrefix = "bucket.vpce-";
        if (dnsName == null || !dnsName.startsWith(bucketPrefix)) {
            return List.of();
        }
        String rest = dnsName.substring("bucket.".length());
        return List.of(dnsName, "accesspoint." + rest, "control." + rest);
    }

    public ServiceVerdict withBuckets(Buckets b) {
        return new ServiceVerdict(service, access, privatePath, ipType, dnsName, requiresEndpointUrl, endpoint, hops,
                codes, reason, blockers, securityGroups, endpointId, client, b);
    }
}
