package dev.airgap.deployed;

import java.util.List;

/**
 * Which deployed stacks to read and how to reach CloudFormation. SDK-free, so building it never loads the SDK.
 *
 * @param stacks      stack names or stack ARNs; empty means no deployed stacks (nothing is loaded, no network)
 * @param region      the region to call; null: the region of a stack ARN, else the SDK's default region chain
 * @param profile     the named profile for credentials and region; null: the SDK's default credential chain
 * @param endpointUrl a CloudFormation endpoint to call instead of AWS's (a proxy, a test server); null: the SDK's
 *                    choice, which honours {@code AWS_ENDPOINT_URL_CLOUDFORMATION}
 * @param compare     also analyse the deployed template in place of the local one of the same stack name and report
 *                    the verdicts that differ
 */
public record DeployedOptions(List<String> stacks, String region, String profile, String endpointUrl,
                              boolean compare) {

    public DeployedOptions {
        stacks = stacks == null ? List.of()
                : stacks.stream().filter(s -> s != null && !s.isBlank()).map(String::trim).distinct().toList();
        region = blankToNull(region);
        profile = blankToNull(profile);
        endpointUrl = blankToNull(endpointUrl);
    }

    public static DeployedOptions none() {
        return new DeployedOptions(List.of(), null, null, null, false);
    }

    /** True when at least one deployed stack is named: only then is CloudFormation called. */
    public boolean requested() {
        return !stacks.isEmpty();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
