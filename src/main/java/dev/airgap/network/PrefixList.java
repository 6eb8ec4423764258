package dev.airgap.network;

import dev.airgap.resolve.ResourceId;
import inet.ipaddr.IPAddress;
import java.util.List;

/** {@code AWS::EC2::PrefixList} (customer-managed): its entries are known when every CIDR is. */
public record PrefixList(ResourceId id, Known<List<IPAddress>> entries) {
}
