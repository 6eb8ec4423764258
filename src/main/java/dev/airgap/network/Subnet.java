package dev.airgap.network;

import dev.airgap.resolve.ResourceId;
import dev.airgap.template.SourcePosition;
import inet.ipaddr.IPAddress;
import java.util.Map;

/**
 * A subnet.
 *
 * @param mapPublicIp {@code MapPublicIpOnLaunch} (default false): instances launched here get a public IPv4 unless
 *                    they say otherwise
 * @param ipv6        whether the subnet has an IPv6 block
 * @param ipv6Only    whether it has no IPv4 block ({@code Ipv6Native}, or an IPv6 block and no IPv4 one): its
 *                    instances have no IPv4 address, public or private, whatever {@code MapPublicIpOnLaunch} says
 */
public record Subnet(ResourceId id, String path, Known<ResourceId> vpc, Az az, Known<IPAddress> cidr,
                     Known<Boolean> mapPublicIp, boolean ipv6, boolean ipv6Only, Map<String, String> tags,
                     SourcePosition position) {

    public Subnet {
        tags = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tags)); // keeps declaration order
    }
}
