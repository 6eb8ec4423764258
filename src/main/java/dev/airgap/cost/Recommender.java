package dev.airgap.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finds cheaper ways in one region and puts figures on them, in the report's currency. */
final class Recommender {

    /** Services that have free gateway endpoints (S3 Express directory buckets aside). */
    static final Set<String> GATEWAY_SERVICES = Set.of("s3", "dynamodb");

    private final String region;
    private final RegionPricer pricer;
    private final CostSettings settings;
    private final Usage usage;

    Recommender(String region, RegionPricer pricer, CostSettings settings, Usage usage) {
        this.region = region;
        this.pricer = pricer;
        this.settings = settings;
        this.usage = usage;
    }

    List<Recommendation> recommend(RegionCost cost, List<GatewayEndpointUse> gateways, BigDecimal exactDp) {
        List<Recommendation> out = new ArrayList<>();
        for (RegionCost.InterfaceEndpointLine e : cost.interfaceEndpoints()) {
            if (GATEWAY_SERVICES.contains(e.service()) && !e.neededForOnPremises()) {
                out.add(gatewayInsteadOfInterface(e, cost.dataProcessing().gbPerMonth(), exactDp));
            }
        }
        if (!cost.natGateways().isEmpty()) {
            for (String service : List.of("s3", "dynamodb")) {
                boolean hasGateway = gateways.stream().anyMatch(g -> g.service().equals(service));
                Usage.Figure f = usage.natTo(service);
                if (!hasGateway && (!f.assumed() || service.equals("s3"))) {
                    out.add(gatewayForNatTraffic(service, f));
                }
            }
        }
        for (RegionCost.InterfaceEndpointLine e : cost.interfaceEndpoints()) {
            breakEven(e, !cost.natGateways().isEmpty()).ifPresent(out::add);
        }
        return out;
    }

    private String money(BigDecimal exact) {
        return MoneyFormat.format(settings.round(exact)) + " " + settings.currency();
    }

    private Recommendation gatewayInsteadOfInterface(RegionCost.InterfaceEndpointLine e, BigDecimal regionGb,
                                                     BigDecimal exactDp) {
        String who = e.stack() + "/" + e.logicalId();
        BigDecimal gb = e.usage().gbPerMonth();
        BigDecimal fixed = e.hourly() == null ? null : e.hourly().multiply(settings.hoursPerMonth());
        BigDecimal data = null;
        if (gb.signum() == 0) {
            data = BigDecimal.ZERO;
        } else if (exactDp != null) {
            Optional<TierSchedule> tiers = pricer.peekTiers();
            if (tiers.isPresent()) {
                data = exactDp.subtract(charge(tiers.get(), regionGb.subtract(gb)));
            }
        }
        String head = region + ": " + who + " is an interface endpoint for " + e.service() + " (" + e.azs().size()
                + " AZ" + (e.azs().size() == 1 ? "" : "s") + ") that no on-premises access needs: a gateway endpoint"
                + " for " + e.service() + " is free";
        if (fixed == null || data == null) {
            return new Recommendation(Recommendation.Kind.GATEWAY_ENDPOINT_INSTEAD_OF_INTERFACE, region, e.stack(),
                    e.logicalId(), e.service(), null, null, null, head + "; the saving cannot be computed because "
                    + (fixed == null ? "the endpoint's hourly cost" : "its data processing cost") + " is unknown.");
        }
        BigDecimal saving = fixed.add(data);
        return new Recommendation(Recommendation.Kind.GATEWAY_ENDPOINT_INSTEAD_OF_INTERFACE, region, e.stack(),
                e.logicalId(), e.service(), settings.round(saving), null, null,
                head + " and would save " + money(saving) + " a month (endpoint hours " + money(fixed)
                        + ", data processing " + money(data) + " at " + MoneyFormat.rate(gb) + " GB"
                        + (e.usage().assumed() ? ", assumed" : "") + ").");
    }

    /** What the region's tiers charge for a monthly total. */
    private static BigDecimal charge(TierSchedule tiers, BigDecimal gb) {
        BigDecimal total = BigDecimal.ZERO;
        for (TierSchedule.Slice s : tiers.split(gb).slices()) {
            total = total.add(s.gb().multiply(s.perGb()));
        }
        return total;
    }

    private Recommendation gatewayForNatTraffic(String service, Usage.Figure f) {
        Optional<BigDecimal> perGb = pricer.peek(PriceItem.NAT_GATEWAY_PER_GB);
        String head = region + ": traffic to " + service + " through the NAT gateways is billed per GB; a gateway "
                + "endpoint for " + service + " on the private route tables would take it off them for free";
        if (perGb.isEmpty()) {
            return new Recommendation(Recommendation.Kind.GATEWAY_ENDPOINT_FOR_NAT_TRAFFIC, region, null, null,
                    service, null, null, null, head + "; the saving cannot be computed: the NAT gateway per-GB "
                    + "price of " + region + " is unknown.");
        }
        BigDecimal saving = f.gbPerMonth().multiply(perGb.get());
        String volume = f.assumed() ? "at 0 GB (not declared: set natToService:" + service + "=GB)"
                : "at the declared " + MoneyFormat.rate(f.gbPerMonth()) + " GB";
        return new Recommendation(Recommendation.Kind.GATEWAY_ENDPOINT_FOR_NAT_TRAFFIC, region, null, null, service,
                settings.round(saving), MoneyFormat.exact(perGb.get()), null,
                head + ": " + MoneyFormat.rate(perGb.get()) + " " + settings.currency() + " per GB, " + money(saving)
                        + " a month " + volume + ".");
    }

    private Optional<Recommendation> breakEven(RegionCost.InterfaceEndpointLine e, boolean natPresent) {
        Optional<BigDecimal> natPerGb = pricer.peek(PriceItem.NAT_GATEWAY_PER_GB);
        Optional<TierSchedule> tiers = pricer.peekTiers();
        if (e.hourly() == null || natPerGb.isEmpty() || tiers.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal fixed = e.hourly().multiply(settings.hoursPerMonth());
        BigDecimal diff = natPerGb.get().subtract(tiers.get().firstRate());
        String who = e.stack() + "/" + e.logicalId();
        // The break-even compares per-GB charges only: it holds when a NAT gateway is paid for anyway. Without one in
        // the templates, its hourly charge would come on top, and the sentence says so rather than pretend one exists.
        String natClause = natPresent ? "the NAT gateway the templates already pay for"
                : "a NAT gateway (the templates create none in " + region + "; its hourly charge would come on top)";
        if (diff.signum() <= 0) {
            return Optional.of(new Recommendation(Recommendation.Kind.NAT_INTERFACE_BREAK_EVEN, region, e.stack(),
                    e.logicalId(), e.service(), null, null, null, region + ": " + who + ": NAT processing ("
                    + MoneyFormat.rate(natPerGb.get()) + " " + settings.currency() + "/GB) is not dearer than endpoint"
                    + " processing, so the endpoint never pays for itself on volume" + (natPresent ? ""
                    : " (the templates create no NAT gateway in " + region + ")") + "."));
        }
        BigDecimal gb = fixed.divide(diff, 2, RoundingMode.HALF_UP);
        return Optional.of(new Recommendation(Recommendation.Kind.NAT_INTERFACE_BREAK_EVEN, region, e.stack(),
                e.logicalId(), e.service(), null, null, gb, region + ": " + who + " (" + e.service() + ", "
                + e.azs().size() + " AZ" + (e.azs().size() == 1 ? "" : "s") + ") costs " + money(fixed)
                + " a month before data; above " + MoneyFormat.format(gb) + " GB a month it is cheaper than sending"
                + " the same traffic through " + natClause + " (" + MoneyFormat.rate(natPerGb.get())
                + " vs " + MoneyFormat.rate(tiers.get().firstRate()) + " " + settings.currency() + "/GB)."));
    }
}
