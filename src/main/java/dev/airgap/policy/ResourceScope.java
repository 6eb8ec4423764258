package dev.airgap.policy;

import java.util.List;

/**
 * Which buckets (or DynamoDB tables) a workload may touch at all: any action of the service on the bucket or on some
 * object in it ({@code buckets.scope} and {@code buckets.allowed} in {@code airgap.json}).
 *
 * @param scope     ALL, RESTRICTED, NONE or UNKNOWN
 * @param allowed   reachable resources, sorted: literal names, name patterns such as {@code logs-*}, or
 *                  {@code ${Stack/LogicalId}} for a resource of the run named at deploy time; {@code *} when ALL
 * @param undecided resources whose reachability is UNKNOWN, sorted; {@code *} when that of unnamed ones is
 * @param because   the statements that decided: those that restrict access for RESTRICTED and NONE, those that
 *                  allow for ALL and for each allowed bucket, those that might apply for UNKNOWN
 * @param reasons   sentences for reports
 */
public record ResourceScope(Scope scope, List<String> allowed, List<String> undecided, List<DecidingStatement> because,
                          List<String> reasons) {

    public ResourceScope {
        allowed = List.copyOf(allowed);
        undecided = List.copyOf(undecided);
        because = List.copyOf(because);
        reasons = List.copyOf(reasons);
    }
}
