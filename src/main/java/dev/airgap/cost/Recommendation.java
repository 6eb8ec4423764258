package dev.airgap.cost;

import java.math.BigDecimal;

/**
 * A cheaper way, with its figures in the report's currency. Figures that cannot be computed are null and the message
 * says which price is missing.
 *
 * @param monthlySaving       saving per month at the declared volume, rounded
 * @param perGbSaving         saving per GB (NAT traffic a gateway endpoint would take)
 * @param breakEvenGbPerMonth monthly volume above which an interface endpoint costs less than sending the traffic
 *                            through a NAT gateway that exists anyway (2 decimals)
 */
public record Recommendation(Kind kind, String region, String stack, String logicalId, String service,
                             BigDecimal monthlySaving, BigDecimal perGbSaving, BigDecimal breakEvenGbPerMonth,
                             String message) {

    public enum Kind {
        /** An S3/DynamoDB interface endpoint that no on-prem requirement needs could be a free gateway endpoint. */
        GATEWAY_ENDPOINT_INSTEAD_OF_INTERFACE,
        /** NAT traffic to S3/DynamoDB that a gateway endpoint would take off the NAT gateways. */
        GATEWAY_ENDPOINT_FOR_NAT_TRAFFIC,
        /** The volume at which an interface endpoint becomes cheaper than NAT processing. */
        NAT_INTERFACE_BREAK_EVEN
    }
}
