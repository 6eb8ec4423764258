package dev.airgap.network;

import dev.airgap.resolve.ResourceId;
import inet.ipaddr.IPAddress;

/**
 * {@code AWS::EC2::NetworkAclEntry}.
 *
 * @param protocol normalised like {@link SecurityGroupRule#protocol()}; null when unknown
 * @param fromPort first port, -1 for all
 * @param cidr     {@code CidrBlock} or {@code Ipv6CidrBlock}
 */
public record NetworkAclEntry(ResourceId id, int ruleNumber, boolean egress, String protocol, int fromPort,
                              int toPort, Known<IPAddress> cidr, boolean allow) {

    public String describe() {
        String ports = "-1".equals(protocol) ? "all traffic"
                : protocol + "/" + (fromPort == -1 ? "all" : fromPort == toPort ? String.valueOf(fromPort)
                        : fromPort + "-" + toPort);
        return "rule " + ruleNumber + " " + (egress ? "out " : "in ") + (allow ? "allow " : "deny ") + ports + " "
                + (cidr.isKnown() ? Cidrs.text(cidr.get()) : "(unknown CIDR)");
    }
}
