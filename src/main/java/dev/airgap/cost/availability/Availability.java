package dev.airgap.cost.availability;

/** Whether an endpoint service can be created in a region, as far as the catalog's sources say. */
public enum Availability {
    AVAILABLE, NOT_AVAILABLE, UNKNOWN
}
