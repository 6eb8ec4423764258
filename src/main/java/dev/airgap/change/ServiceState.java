package dev.airgap.change;

import dev.airgap.path.Access;
import java.util.List;

/**
 * One subnet's verdict for one service, as far as a change is concerned: how it is reached, whether privately,
 * through which endpoint, and which buckets (or tables) it may reach. Hops and reasons explain a verdict; they are
 * not one, so they are left out.
 *
 * @param endpoint the logical ID of the endpoint used, or null
 * @param scope    the bucket scope ({@code ALL}, {@code RESTRICTED}, {@code NONE}, {@code UNKNOWN}), or null when the
 *                 report has none for the service
 * @param allowed  the buckets named as reachable when the scope is restricted
 */
public record ServiceState(Access access, boolean privatePath, String endpoint, String scope, List<String> allowed) {

    public ServiceState {
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
    }

    /** {@code NAT_GATEWAY (not private)}, {@code INTERFACE_ENDPOINT via Ep (private)}. */
    String describe() {
        return access.name() + (endpoint == null ? "" : " via " + endpoint)
                + (privatePath ? " (private)" : " (not private)");
    }

    /** Whether the path leaves through an internet or NAT gateway. */
    boolean overInternet() {
        return access == Access.INTERNET_GATEWAY || access == Access.NAT_GATEWAY;
    }
}
