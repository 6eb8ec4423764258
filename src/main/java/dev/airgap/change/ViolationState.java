package dev.airgap.change;

import dev.airgap.require.Violation;
import java.util.Objects;

/**
 * A violation as {@code airgap.json} lists it, with the identity that says whether a build's violation was already
 * in the baseline.
 *
 * @param subnet     the subnet's logical ID, or null when the subject is not a subnet
 * @param subnetPath the subnet's construct path, or null
 * @param component  the blocking or offending component's logical ID, or null
 * @param unknown    whether the analysis could not decide
 * @param message    the one line the build log showed
 */
public record ViolationState(String requirement, String kind, String subject, String stack, String region,
                             String subnet, String subnetPath, String vpc, String service, String component,
                             boolean unknown, String message) {

    /** The identity of the current build's violation, as {@link #key()} gives it for its airgap.json entry. */
    public static String keyOf(Violation v) {
        return key(v.requirement(), v.kind(), v.subject(), v.stack(), v.region(),
                v.subnet() == null ? null : v.subnet().logicalId(), v.subnet() == null ? null : v.subnet().path(),
                v.vpc() == null ? null : v.vpc().logicalId(), v.service(),
                v.component() == null ? null : v.component().logicalId(), v.unknown());
    }

    /**
     * The same requirement broken by the same subject for the same service, through the same component, decided or
     * not: the message is left out because it quotes the path, which may change while the violation stays. The
     * component is in: a subnet that broke noInternet by its public-IP setting and now by a new route to an internet
     * gateway breaks it anew, and must fail a build that fails on new violations only. A subnet is named by its
     * construct path when it has one, so a logical ID the CDK recomputed keeps its violations old; the subject text
     * is used only when the violation names neither subnet nor VPC (a region's cost, a selector).
     */
    public String key() {
        return key(requirement, kind, subject, stack, region, subnet, subnetPath, vpc, service, component, unknown);
    }

    private static String key(String requirement, String kind, String subject, String stack, String region,
                              String subnet, String subnetPath, String vpc, String service, String component,
                              boolean unknown) {
        String who = subnetPath != null ? "path " + subnetPath
                : subnet != null ? "subnet " + subnet
                : vpc != null ? "vpc " + vpc
                : "subject " + subject;
        return String.join("\u0000", Objects.toString(requirement), Objects.toString(kind), Objects.toString(stack),
                Objects.toString(region), who, Objects.toString(service),
                // The subnet as its own offender is named as the subnet is, so a CDK rename keeps the key.
                component != null && component.equals(subnet) ? "the subnet" : Objects.toString(component),
                unknown ? "unknown" : "decided");
    }
}
