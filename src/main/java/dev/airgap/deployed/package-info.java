/**
 * Deployed stacks as an extra input (opt-in): their templates, the parameter values they were deployed with, their
 * outputs and the physical IDs of their resources, read through CloudFormation.
 *
 * <p>Only {@link dev.airgap.deployed.SdkCloudFormation} touches the AWS SDK. Everything else here is SDK-free, so a
 * build that does not name deployed stacks never loads an SDK class and never opens a connection: the analysis only
 * reaches {@link dev.airgap.deployed.DeployedStacks#fetch} when {@link dev.airgap.deployed.DeployedOptions#requested()}
 * is true.
 */
package dev.airgap.deployed;
