package dev.airgap.path;

import dev.airgap.network.Known;
import dev.airgap.resolve.ResourceId;
import inet.ipaddr.IPAddress;
import java.util.Set;

/**
 * The other side of a filter check: public addresses (of a service or of the internet), or a block that may carry
 * security groups (an ENI of an endpoint, a client subnet).
 *
 * @param service the service key when the party is a service's public addresses (which its AWS-managed prefix list
 *                covers), else null
 */
record Party(boolean publicAddresses, Known<IPAddress> block, Set<ResourceId> groups, String label, String service) {

    static Party publicService(String service) {
        return new Party(true, Known.unknown("public addresses"), Set.of(), "the public addresses of " + service,
                service);
    }

    static Party internet() {
        return new Party(true, Known.unknown("public addresses"), Set.of(), "the internet", null);
    }

    static Party block(Known<IPAddress> block, Set<ResourceId> groups, String label) {
        return new Party(false, block, groups, label, null);
    }
}
