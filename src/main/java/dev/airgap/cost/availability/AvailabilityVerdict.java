package dev.airgap.cost.availability;

/**
 * The answer for one service, endpoint type and region.
 *
 * @param source the sources the answer rests on ({@code A01 2024-03: …}); null for UNKNOWN answers without one
 * @param reason one sentence a build log can show
 */
public record AvailabilityVerdict(String service, EndpointType type, String region, Availability availability,
                                  String source, String reason) {
}
