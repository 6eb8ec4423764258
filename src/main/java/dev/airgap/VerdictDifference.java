package dev.airgap;

import dev.airgap.resolve.ResourceId;

/**
 * One subnet verdict that differs between the local and the deployed template of a stack.
 *
 * @param subnet   the subnet
 * @param region   the region it was analysed for, or null when unknown
 * @param aspect   what differs: the subnet itself (one side lacks it), its internet egress, or a service's access
 * @param service  the service, for {@link Aspect#SERVICE}; else null
 * @param local    the local verdict ({@code UNKNOWN}, {@code GATEWAY_ENDPOINT (private)}, {@code absent}, …)
 * @param deployed the deployed verdict, in the same words
 */
public record VerdictDifference(ResourceId subnet, String region, Aspect aspect, String service, String local,
                                String deployed) {

    /** The verdict of a side that has no such subnet; the other side is {@link #PRESENT}. */
    public static final String ABSENT = "absent";
    public static final String PRESENT = "present";

    /** What a difference is about. */
    public enum Aspect { SUBNET, INTERNET, SERVICE }

    /** The subnet as messages name it: {@code stack/logicalId (region)}. */
    public String where() {
        return subnet + " (" + (region == null ? "region unknown" : region) + ")";
    }

    /** One line: {@code subnet net/Private (us-west-1) s3: local UNKNOWN (not private), deployed NONE (…)}. */
    public String message() {
        return switch (aspect) {
            case SUBNET -> "subnet " + where() + ": only in the " + (local.equals(ABSENT) ? "deployed" : "local")
                    + " template";
            case INTERNET -> "subnet " + where() + " internet: local " + local + ", deployed " + deployed;
            case SERVICE -> "subnet " + where() + " " + service + ": local " + local + ", deployed " + deployed;
        };
    }
}
