package dev.airgap.path;

/** The kind of address the client talks to: the service's public IPs, or an endpoint's private IPs. */
public enum IpType { PUBLIC, PRIVATE }
