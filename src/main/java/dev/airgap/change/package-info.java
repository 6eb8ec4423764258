/**
 * What a change does to the network: a previous run's {@code airgap.json} (the baseline, read by
 * {@link dev.airgap.change.SnapshotReader}) against the current one, per subnet and service, VPC, endpoint,
 * violation and region's cost ({@link dev.airgap.change.ChangeDetector}), each change classified as a regression,
 * an improvement or neither. Both sides are read from the same JSON contract, so comparing two files
 * ({@code airgap:diff}) and a baseline with the current build give the same answer. Nothing here knows about Maven.
 */
package dev.airgap.change;
