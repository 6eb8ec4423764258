package dev.airgap.maven;

import dev.airgap.require.Requirement;

/**
 * {@code <privateAccess>}: for the selected subnets and services, the access is a gateway or interface VPC endpoint
 * (not an internet gateway, a NAT gateway or no path at all).
 * <pre>
 * &lt;privateAccess&gt;
 *   &lt;subnets&gt;*&lt;/subnets&gt;
 *   &lt;services&gt;s3,dynamodb&lt;/services&gt;
 * &lt;/privateAccess&gt;
 * </pre>
 * {@code <subnets>}: selectors as in {@link NoInternet}, default {@code *}. {@code <services>}: comma-separated
 * endpoint service suffixes; default every analysed service. Services named here are analysed even when
 * {@code <services>} of the plugin leaves them out.
 */
public class PrivateAccess extends RequirementBean {

    /** Which subnets (comma-separated selectors); default {@code *}. */
    String subnets;

    /** Which services (comma-separated, e.g. {@code s3,dynamodb}); default every analysed service. */
    String services;

    @Override
    Requirement toRequirement() {
        return new dev.airgap.require.PrivateAccess(cleanId(), selector(subnets, "subnets"), list(services),
                allowUnknown, exceptions());
    }

    @Override
    String element() {
        return "privateAccess";
    }
}
