package dev.airgap.path;

/** Whether a subnet reaches the internet (DESIGN: {@code internet.egress}). */
public enum Egress { INTERNET_GATEWAY, NAT_GATEWAY, NONE, UNKNOWN }
