package dev.airgap.path;

import java.util.List;

/**
 * What to analyse.
 *
 * @param services         service keys to analyse ({@code s3}, {@code ssm}, …); empty: {@code s3} plus every
 *                         service that has an endpoint in the templates
 * @param onPremisesCidrs  on-premises IPv4 blocks declared by the user (the templates' VPN static routes are added)
 * @param accessChecks     questions asked of every S3 path (may this action be done on this bucket?)
 * @param trustedResources resources the user trusts not to change routing or filtering although they are handed
 *                         network identifiers
 */
public record PathOptions(List<String> services, List<String> onPremisesCidrs, List<AccessCheck> accessChecks,
                          List<TrustedResource> trustedResources) {

    public PathOptions {
        services = List.copyOf(services);
        onPremisesCidrs = List.copyOf(onPremisesCidrs);
        accessChecks = List.copyOf(accessChecks);
        trustedResources = List.copyOf(trustedResources);
    }

    public PathOptions(List<String> services, List<String> onPremisesCidrs, List<AccessCheck> accessChecks) {
        this(services, onPremisesCidrs, accessChecks, List.of());
    }

    public PathOptions(List<String> services, List<String> onPremisesCidrs) {
        this(services, onPremisesCidrs, List.of(), List.of());
    }

    public static PathOptions defaults() {
        return new PathOptions(List.of(), List.of(), List.of(), List.of());
    }
}
