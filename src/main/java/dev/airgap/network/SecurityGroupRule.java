package dev.airgap.network;

import dev.airgap.resolve.ResourceId;

/**
 * One ingress or egress rule, inline or from an {@code AWS::EC2::SecurityGroupIngress/Egress} resource.
 *
 * @param declaredBy the resource that declares it (the group itself for inline rules)
 * @param protocol   normalised: {@code -1} (all), {@code tcp}, {@code udp}, {@code icmp}, … or a number;
 *                   null when unknown
 * @param fromPort   first port (-1 when the rule covers every port)
 * @param toPort     last port
 */
public record SecurityGroupRule(ResourceId declaredBy, String protocol, int fromPort, int toPort, Peer peer,
                                String description) {

    /** True when the rule covers TCP traffic to {@code port}. */
    public boolean coversTcp(int port) {
        if (protocol == null) {
            return false;
        }
        if (protocol.equals("-1")) {
            return true;
        }
        if (!protocol.equals("tcp")) {
            return false;
        }
        return fromPort == -1 || (fromPort <= port && port <= toPort);
    }

    public String describe() {
        String ports = "-1".equals(protocol) ? "all traffic"
                : protocol + "/" + (fromPort == -1 ? "all" : fromPort == toPort ? String.valueOf(fromPort)
                        : fromPort + "-" + toPort);
        return ports + " " + peer.describe();
    }
}
