package dev.airgap.maven;

import dev.airgap.require.Requirement;

/**
 * {@code <noInternet>}: the selected subnets have no egress path to the internet (no route to an internet gateway
 * or a NAT gateway, no public IPv4 on launch).
 * <pre>
 * &lt;noInternet&gt;
 *   &lt;subnets&gt;tag:aws-cdk:subnet-type=Isolated&lt;/subnets&gt;
 * &lt;/noInternet&gt;
 * </pre>
 * {@code <subnets>}: comma-separated selectors ({@code *}, logical-ID globs, CDK path globs such as
 * {@code NetworkStack/Vpc/Isolated*}, {@code stack/logicalId}, {@code tag:KEY=VALUE}); default {@code *}. A selector
 * that matches no subnet is a violation. Also takes {@code <id>}, {@code <allowUnknown>} and {@code <except>}
 * (see {@link RequirementBean}).
 */
public class NoInternet extends RequirementBean {

    /** Which subnets (comma-separated selectors); default {@code *}. */
    String subnets;

    @Override
    Requirement toRequirement() {
        return new dev.airgap.require.NoInternet(cleanId(), selector(subnets, "subnets"), allowUnknown,
                exceptions());
    }

    @Override
    String element() {
        return "noInternet";
    }
}
