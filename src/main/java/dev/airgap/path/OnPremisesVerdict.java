package dev.airgap.path;

import java.util.List;
import java.util.Map;

/**
 * Whether on-premises networks connect to a VPC and reach services privately through it.
 *
 * @param via   what connects it (VPN gateway, transit gateway logical IDs)
 * @param cidrs the on-premises blocks known (POM and templates)
 */
public record OnPremisesVerdict(boolean connected, List<String> via, List<String> cidrs,
                                Map<String, Service> services) {

    public OnPremisesVerdict {
        via = List.copyOf(via);
        cidrs = List.copyOf(cidrs);
        services = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(services));
    }

    /**
     * On-prem access to one service: INTERFACE_ENDPOINT, NONE or UNKNOWN.
     *
     * @param hops    the path from the on-premises side (gateway, return route, filters, endpoint) when it is reached
     * @param dnsName the name on-premises resolvers must use, when it is reached
     */
    public record Service(Access access, String endpoint, List<Code> codes, String reason, List<Blocker> blockers,
                          List<Hop> hops, String dnsName) {
        public Service {
            codes = List.copyOf(codes);
            blockers = List.copyOf(blockers);
            hops = List.copyOf(hops);
        }

        public Service(Access access, String endpoint, List<Code> codes, String reason, List<Blocker> blockers) {
            this(access, endpoint, codes, reason, blockers, List.of(), null);
        }
    }
}
