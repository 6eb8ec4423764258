package dev.airgap.maven;

import dev.airgap.require.RequirementException;
import dev.airgap.require.Selector;

/**
 * An exception to one requirement: the violations it matches are waived and listed with the reason. Give at least
 * one of {@code <subnet>}, {@code <vpc>} (selectors, as in {@code <subnets>}), {@code <region>}, {@code <service>};
 * {@code <reason>} is mandatory.
 * <pre>
 * &lt;except&gt;
 *   &lt;subnet&gt;tag:aws-cdk:subnet-type=Public&lt;/subnet&gt;
 *   &lt;reason&gt;ALB subnets; reviewed in SEC-123&lt;/reason&gt;
 * &lt;/except&gt;
 * </pre>
 */
public class Except {

    /** Subnets it applies to (selector). */
    String subnet;

    /** VPCs it applies to (selector). */
    String vpc;

    /** The region it applies to. */
    String region;

    /** The service it applies to ({@code s3}, …). */
    String service;

    /** Why the requirement does not apply there. Mandatory. */
    String reason;

    dev.airgap.require.Waiver toExcept() {
        return new dev.airgap.require.Waiver(selector(subnet, "subnet"), selector(vpc, "vpc"), region, service, reason);
    }

    private static Selector selector(String text, String element) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Selector.parse(text);
        } catch (RequirementException e) {
            throw new RequirementException("<except><" + element + ">: " + e.getMessage());
        }
    }
}
