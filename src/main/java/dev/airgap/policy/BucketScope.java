package dev.airgap.policy;

import java.util.List;

/**
 * Which buckets a workload may touch at all (any S3 action on the bucket or on some object in it).
 *
 * @param scope     ALL, RESTRICTED, NONE or UNKNOWN
 * @param allowed   reachable buckets, sorted: literal names, name patterns such as {@code logs-*}, or
 *                  {@code ${Stack/LogicalId}} for a bucket of the run named at deploy time; {@code *} when ALL
 * @param undecided buckets whose reachability is UNKNOWN, sorted; {@code *} when that of unnamed buckets is
 * @param because   the statements that decided: those that restrict access for RESTRICTED and NONE, those that
 *                  allow for ALL and for each allowed bucket, those that might apply for UNKNOWN
 * @param reasons   sentences for reports
 */
public record BucketScope(Scope scope, List<String> allowed, List<String> undecided, List<DecidingStatement> because,
                          List<String> reasons) {

    public BucketScope {
        allowed = List.copyOf(allowed);
        undecided = List.copyOf(undecided);
        because = List.copyOf(because);
        reasons = List.copyOf(reasons);
    }
}
