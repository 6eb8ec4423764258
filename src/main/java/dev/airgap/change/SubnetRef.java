package dev.airgap.change;

/**
 * A subnet as both builds name it: stack and logical ID, in one region, with its CDK construct path when there is
 * one (the identity that survives a logical ID the CDK recomputed).
 *
 * @param region the region it was analysed for, or null when the run's region is unknown
 */
public record SubnetRef(String stack, String logicalId, String path, String region) {

    /** How reports name it: the construct path with the logical ID, else {@code stack/logicalId}; with the region. */
    public String display() {
        // A plain template's path is stack/logicalId already: the logical ID is said once.
        String plain = stack + "/" + logicalId;
        String name = path != null && !path.equals(plain) ? path + " (" + logicalId + ")" : plain;
        return name + " in " + (region == null ? "an unknown region" : region);
    }

    /** The identity across builds: stack, logical ID, region. */
    String key() {
        return stack + "\u0000" + logicalId + "\u0000" + region;
    }

    /** The identity when the logical ID changed: the construct path and region, or null without a path. */
    String pathKey() {
        return path == null ? null : stack + "\u0000" + path + "\u0000" + region;
    }
}
