package dev.airgap.need;

/**
 * One service a kind of workload needs, and when.
 *
 * @param service the service key, as in {@code <services>} ({@code ecr.dkr}, {@code ssmmessages}, …)
 * @param note    what the page adds (why, or what the condition means), or null
 * @param gatewayOnly only a gateway endpoint (or a path to the internet) serves the need: ECR's image layers come
 *                    from S3 buckets that an S3 interface endpoint does not serve for ECR
 * @param source  the page; null in the file means the kind's own page, which the table fills in
 */
public record TableNeed(String service, Condition when, String note, boolean gatewayOnly, Source source) {

    public TableNeed {
        if (service == null || !service.matches("[a-z0-9][a-z0-9.-]*")) {
            throw new IllegalArgumentException("a need's \"service\" must be a service key such as ecr.dkr");
        }
        if (when == null) {
            throw new IllegalArgumentException("a need must say \"when\" it applies (always, imageInEcr, …)");
        }
    }

    TableNeed sourcedBy(Source kindSource) {
        return source != null ? this : new TableNeed(service, when, note, gatewayOnly, kindSource);
    }
}
