package dev.airgap.network;

/**
 * Whether a workload gets a public IPv4: said explicitly, left to the subnet's {@code MapPublicIpOnLaunch}, never
 * (Lambda ENIs), or unknown (then {@link Workload#publicIpReason()} says why).
 */
public enum PublicIp { YES, NO, SUBNET_DEFAULT, UNKNOWN }
