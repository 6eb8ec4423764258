package dev.airgap.path;

/** How an instance in a subnet reaches a service (DESIGN: {@code access}). */
public enum Access { INTERNET_GATEWAY, NAT_GATEWAY, GATEWAY_ENDPOINT, INTERFACE_ENDPOINT, NONE, UNKNOWN }
