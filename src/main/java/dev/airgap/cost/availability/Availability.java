package dev.airgap.cost.availability;

/**
 * Whether an endpoint service can be created in a region, as far as the catalogs' sources say. NOT_AVAILABLE: a
 * source on endpoints says there is none; NOT_OFFERED: AWS does not offer the service in the region at all (the SDK
 * region metadata), so there is no endpoint either.
 */
public enum Availability {
    AVAILABLE, NOT_AVAILABLE, NOT_OFFERED, UNKNOWN
}
