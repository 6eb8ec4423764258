package dev.airgap.path;

import dev.airgap.network.Known;
import inet.ipaddr.IPAddress;

/** What a path is looking for: a service's public addresses, any internet address, or a private block. */
sealed interface Destination {

    /** The public addresses of an AWS service (covered by its prefix list and by {@code 0.0.0.0/0}). */
    record Service(String service) implements Destination {
    }

    /** Any address on the internet. */
    record Internet() implements Destination {
    }

    /** A private block: an endpoint's subnet, an on-premises network. */
    record Block(Known<IPAddress> block) implements Destination {
    }
}
