/**
 * The typed network of a run: VPCs, subnets, route tables and routes, gateways, endpoints, firewalls, security groups,
 * network ACLs, VPN and transit-gateway pieces, and the workloads placed in subnets. Built once from the resolved
 * stacks by {@link dev.airgap.network.NetworkModel#build}, one {@link dev.airgap.network.RegionNetwork} per region,
 * indexed by resource ID. Values the templates cannot give stay {@link dev.airgap.network.Known#unknown unknown} with
 * their reason; resource types the model does not interpret are kept as
 * {@link dev.airgap.network.OtherResource}s.
 */
package dev.airgap.network;
