/**
 * Opt-in refresh of the price catalog from AWS's public Price List offer files (no credentials needed): downloads
 * the region files of the AmazonVPC offer (interface and Gateway Load Balancer endpoints, public IPv4) and the
 * AmazonEC2 offer (NAT gateways), reads them as a stream, and writes a catalog in the bundled format that a team can
 * commit and name in {@code airgap.pricesFile}. Never called by a normal build.
 */
package dev.airgap.cost.refresh;
