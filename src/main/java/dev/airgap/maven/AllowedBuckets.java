package dev.airgap.maven;

import dev.airgap.require.Requirement;
import dev.airgap.require.RequirementException;

/**
 * {@code <allowedBuckets>}: the endpoint, bucket and role policies let the selected subnets reach no S3 bucket
 * outside the list. A subnet with no path to S3 passes.
 * <pre>
 * &lt;allowedBuckets&gt;
 *   &lt;subnets&gt;*&lt;/subnets&gt;
 *   &lt;buckets&gt;test-us-west-bt,logs-*&lt;/buckets&gt;
 * &lt;/allowedBuckets&gt;
 * </pre>
 * {@code <buckets>}: comma-separated bucket names ({@code *} and {@code ?} are wildcards). Mandatory.
 */
public class AllowedBuckets extends RequirementBean {

    /** Which subnets (comma-separated selectors); default {@code *}. */
    String subnets;

    /** The buckets the subnets may reach (comma-separated names or globs). */
    String buckets;

    @Override
    Requirement toRequirement() {
        if (list(buckets).isEmpty()) {
            throw new RequirementException("<allowedBuckets>" + label() + " needs <buckets> (comma-separated bucket "
                    + "names the subnets may reach)");
        }
        return new dev.airgap.require.AllowedBuckets(cleanId(), selector(subnets, "subnets"), list(buckets),
                allowUnknown, exceptions());
    }

    @Override
    String element() {
        return "allowedBuckets";
    }
}
