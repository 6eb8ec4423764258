package dev.airgap.path;

/** A component that blocks a path, why, and a concrete fix. */
public record Blocker(String component, String type, Code code, String message, String fix) {
}
