package dev.airgap.cost;

import dev.airgap.network.ServiceNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * An interface endpoint as deployed in one region.
 *
 * @param service             the endpoint service suffix ({@code s3}, {@code ssm}, {@code ecr.dkr}, …); a full name
 *                            such as {@code com.amazonaws.REGION.s3} is shortened to it
 * @param azs                 the AZs of its subnets: names ({@code us-east-1a}) or opaque keys that are equal
 *                            exactly when the AZs are (e.g. {@code Fn::Select[0, Fn::GetAZs '']}); duplicates count
 *                            once, because AWS bills one endpoint-hour per AZ, not per subnet. Empty = unknown.
 * @param neededForOnPremises true when an on-premises requirement needs this endpoint (only an interface endpoint
 *                            serves on-prem); false lets the estimator suggest a free gateway endpoint for S3/DynamoDB
 */
public record InterfaceEndpointUse(String stack, String logicalId, String service, String region, List<String> azs,
                                   boolean neededForOnPremises) {
    public InterfaceEndpointUse {
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(logicalId, "logicalId");
        Objects.requireNonNull(service, "service");
        service = ServiceNames.suffix(service, region);
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(azs == null ? List.of()
                : azs.stream().filter(Objects::nonNull).toList()));
        azs = List.copyOf(distinct);
    }

    public int azCount() {
        return azs.size();
    }
}
