package dev.airgap.maven;

import dev.airgap.require.Requirement;

/**
 * {@code <onPremisesAccess>}: on-premises networks reach the services privately, through an interface endpoint, in
 * every selected VPC. A VPC with no connection to on-premises (VPN gateway, transit gateway, Direct Connect) fails
 * it.
 * <pre>
 * &lt;onPremisesAccess&gt;
 *   &lt;vpcs&gt;NetworkStack/Vpc*&lt;/vpcs&gt;
 *   &lt;services&gt;s3&lt;/services&gt;
 *   &lt;cidrs&gt;192.168.0.0/16&lt;/cidrs&gt;
 * &lt;/onPremisesAccess&gt;
 * </pre>
 * {@code <vpcs>}: selectors as in {@link NoInternet} (matched against VPCs), default {@code *}. {@code <services>}:
 * default every analysed service. {@code <cidrs>}: on-premises blocks, added to the plugin's
 * {@code <onPremisesCidrs>} and to those the templates give.
 */
public class OnPremisesAccess extends RequirementBean {

    /** Which VPCs (comma-separated selectors); default {@code *}. */
    String vpcs;

    /** Which services (comma-separated); default every analysed service. */
    String services;

    /** On-premises CIDR blocks (comma-separated). */
    String cidrs;

    @Override
    Requirement toRequirement() {
        return new dev.airgap.require.OnPremisesAccess(cleanId(), selector(vpcs, "vpcs"), list(services),
                list(cidrs), allowUnknown, exceptions());
    }

    @Override
    String element() {
        return "onPremisesAccess";
    }
}
