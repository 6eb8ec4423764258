package dev.airgap.need;

/**
 * One service one workload needs.
 *
 * @param service the service key ({@code ecr.dkr}, …), or {@link #INTERNET} for a registry no VPC endpoint serves
 * @param because why, in words that name the template's evidence ("image 1234….dkr.ecr…/app is in ECR")
 * @param source  the AWS page the need comes from; null when it comes from the workload's own role
 * @param gatewayOnly an interface endpoint does not serve it (see {@link TableNeed#gatewayOnly()})
 */
public record WorkloadNeed(String service, NeedLevel level, String because, Source source, boolean gatewayOnly) {

    public WorkloadNeed(String service, NeedLevel level, String because, Source source) {
        this(service, level, because, source, false);
    }

    /** Not a service: an image from a public registry needs a path to the internet. */
    public static final String INTERNET = "internet";
}
