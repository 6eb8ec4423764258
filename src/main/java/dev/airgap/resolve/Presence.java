package dev.airgap.resolve;

/** Whether a resource with a {@code Condition} is created: the condition may depend on values nobody gave. */
public enum Presence { PRESENT, ABSENT, UNKNOWN }
