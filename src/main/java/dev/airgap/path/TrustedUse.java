package dev.airgap.path;

import dev.airgap.resolve.ResourceId;
import java.util.List;

/**
 * A resource that could change routing or filtering (it is handed network identifiers of a VPC) but that the user
 * trusts not to; the reports list it with the user's reason.
 *
 * @param resource the trusted resource
 * @param type     its resource type
 * @param handed   the network identifiers it receives, by logical ID
 * @param trust    the {@code <trustedResources>} entry that matched
 */
public record TrustedUse(ResourceId resource, String type, List<String> handed, TrustedResource trust) {

    public TrustedUse {
        handed = List.copyOf(handed);
    }
}
