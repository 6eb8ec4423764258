package dev.airgap.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.Parameter;

/** The goals that report costs: how to price (currency, hours, prices) and how much traffic to assume. */
abstract class AbstractPricingMojo extends AbstractAirgapMojo {

    /**
     * Currency of the cost figures (ISO code). Prices are in USD (CNY in China regions); any other currency needs
     * {@code exchangeRate}.
     */
    @Parameter(property = "airgap.currency", defaultValue = "USD")
    String currency;

    /** Units of {@code currency} per USD, e.g. {@code 150} for JPY. Required when the currency is not USD. */
    @Parameter(property = "airgap.exchangeRate")
    String exchangeRate;

    /** Hours in a month for monthly figures: 730 (AWS's convention) by default; 720 for 30-day months. */
    @Parameter(property = "airgap.hoursPerMonth", defaultValue = "730")
    String hoursPerMonth;

    /**
     * Traffic to price, in GB per month, as {@code KIND:KEY=GB}: {@code endpoint:LogicalId} (or
     * {@code endpoint:Stack/LogicalId}) for one interface endpoint, {@code service:s3} for every endpoint of a service,
     * {@code nat:LogicalId} for a NAT gateway, {@code natToService:s3} for the part of NAT traffic that goes to a
     * service. Anything not declared is 0, and the report says so.
     * <pre>
     * &lt;usage&gt;
     *   &lt;entry&gt;service:s3=500&lt;/entry&gt;
     *   &lt;entry&gt;natToService:s3=2000&lt;/entry&gt;
     * &lt;/usage&gt;
     * </pre>
     */
    @Parameter(property = "airgap.usage")
    java.util.List<String> usage;

    /**
     * Prices that replace or add to the bundled catalog, as {@code REGION:ITEM=VALUE [CURRENCY]}. Items:
     * {@code interfaceEndpointHourly}, {@code dataProcessingTiers} ({@code 0.01/1048576,0.006/5242880,0.004}),
     * {@code gatewayLoadBalancerEndpointHourly}, {@code gatewayLoadBalancerEndpointPerGb}, {@code natGatewayHourly},
     * {@code natGatewayPerGb}, {@code publicIpv4Hourly}. The report names where every figure came from.
     * <pre>
     * &lt;prices&gt;&lt;price&gt;ap-northeast-3:interfaceEndpointHourly=0.014&lt;/price&gt;&lt;/prices&gt;
     * </pre>
     */
    @Parameter(property = "airgap.prices")
    java.util.List<String> prices;

    /** A JSON price file in the bundled catalog's format (for example one written by a price refresh). */
    @Parameter(property = "airgap.pricesFile")
    File pricesFile;

    /**
     * An endpoint-service catalog written by {@code airgap:refresh-endpoint-services}: for the regions it covers, it
     * replaces the bundled facts about which interface endpoint services each region offers.
     */
    @Parameter(property = "airgap.availabilityFile")
    File availabilityFile;
}
