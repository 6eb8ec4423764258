package dev.airgap.path;

import dev.airgap.policy.Scope;
import java.util.List;

/**
 * Which buckets a subnet's client may touch over its S3 path ({@code buckets} in {@code airgap.json}).
 *
 * @param scope     how far the client reaches
 * @param allowed   the buckets (names, patterns or {@code ${Stack/LogicalId}}) reachable; {@code *} for ALL
 * @param undecided buckets whose reachability the templates cannot decide
 * @param role      the role whose policies were considered (logical ID), or null when only the path's policies were
 * @param reason    sentences for reports
 * @param checks    the answers to the user's access checks, in the order asked
 * @param ceiling   true when the caller's own permissions are unknown (its role is not in the templates) and
 *                  {@code allowed} is what the endpoint lets any caller reach: at most these, maybe fewer
 */
public record Buckets(Scope scope, List<String> allowed, List<String> undecided, String role, String reason,
                      List<AccessCheckResult> checks, boolean ceiling) {

    public Buckets {
        allowed = List.copyOf(allowed);
        undecided = List.copyOf(undecided);
        checks = List.copyOf(checks);
    }

    public Buckets(Scope scope, List<String> allowed, List<String> undecided, String role, String reason,
                   List<AccessCheckResult> checks) {
        this(scope, allowed, undecided, role, reason, checks, false);
    }

    public Buckets(Scope scope, List<String> allowed, List<String> undecided, String role, String reason) {
        this(scope, allowed, undecided, role, reason, List.of(), false);
    }
}
