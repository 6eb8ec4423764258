package dev.airgap.maven;

import dev.airgap.require.Requirement;

/**
 * {@code <availableInRegions>}: every interface endpoint service in the templates exists in every target region
 * ({@code <regions>}), according to the bundled endpoint service catalog. A service the catalog cannot answer for
 * is UNKNOWN.
 * <pre>
 * &lt;availableInRegions/&gt;
 * </pre>
 */
public class AvailableInRegions extends RequirementBean {

    @Override
    Requirement toRequirement() {
        return new dev.airgap.require.AvailableInRegions(cleanId(), allowUnknown, exceptions());
    }

    @Override
    String element() {
        return "availableInRegions";
    }
}
