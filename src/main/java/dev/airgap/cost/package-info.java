/**
 * What private access costs: a bundled, dated price catalog with a source for every figure (overridable from the POM
 * or a file), an estimator that prices interface endpoints per AZ, data processing by regional tier, NAT gateways,
 * public IPv4 addresses and (free) gateway endpoints per region, and recommendations with figures (the JSON and
 * console renderings of the result are in {@code dev.airgap.report.json} and {@code dev.airgap.report.text}; the
 * one number formatter, {@link dev.airgap.cost.MoneyFormat}, stays here because the recommendations' sentences use
 * it too). Nothing here knows about Maven, templates or the network model: the caller
 * builds a {@link dev.airgap.cost.CostInput} from whatever model it has.
 *
 * <p>Money is {@link java.math.BigDecimal} throughout; nothing is rounded until a monthly amount is shown.
 */
package dev.airgap.cost;
