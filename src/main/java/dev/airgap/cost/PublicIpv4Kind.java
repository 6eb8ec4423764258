package dev.airgap.cost;

/** What holds a public IPv4 address; all are billed alike since 2024-02-01. */
public enum PublicIpv4Kind {
    /** An {@code AWS::EC2::EIP}. */
    EIP,
    /** The address of a public NAT gateway, when its EIP is not already passed as {@link #EIP}. */
    NAT_GATEWAY,
    /** An instance (or launch template / network interface) given a public IP at launch. */
    INSTANCE
}
