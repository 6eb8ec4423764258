package dev.airgap.path;

import java.util.List;

/**
 * The answer to an {@link AccessCheck} for one path.
 *
 * @param decision ALLOW, DENY or UNKNOWN
 * @param because  the statements that decided it ({@code endpoint S3Endpoint, Statement[0] (Sid X)}), explicit
 *                 denies first
 * @param reasons  sentences for reports (why it is unknown, or implicit)
 */
public record AccessCheckResult(AccessCheck check, String decision, List<String> because, List<String> reasons) {

    public AccessCheckResult {
        because = List.copyOf(because);
        reasons = List.copyOf(reasons);
    }
}
