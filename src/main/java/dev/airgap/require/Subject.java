package dev.airgap.require;

import dev.airgap.network.Subnet;
import dev.airgap.network.Vpc;
import java.util.Map;

/**
 * A subnet or VPC as selectors see it.
 *
 * @param path the CDK construct path, or {@code stack/logicalId} when there is none
 * @param tags the tags as the template sets them (known values only)
 */
public record Subject(String stack, String logicalId, String path, Map<String, String> tags) {

    public Subject {
        tags = Map.copyOf(tags);
    }

    public static Subject of(Subnet s) {
        return new Subject(s.id().stack(), s.id().logicalId(), s.path(), s.tags());
    }

    public static Subject of(Vpc v) {
        return new Subject(v.id().stack(), v.id().logicalId(), v.path(), v.tags());
    }

    /** {@code path (logicalId)}, or the logical ID alone when the path says no more. */
    public String describe() {
        String plain = stack + "/" + logicalId;
        return path == null || path.equals(plain) ? plain : path + " (" + logicalId + ")";
    }
}
