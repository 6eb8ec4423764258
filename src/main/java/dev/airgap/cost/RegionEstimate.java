package dev.airgap.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Prices the resources of one region; keeps the exact (unrounded) amounts for the totals. */
final class RegionEstimate {

    private final String region;
    private final RegionPricer pricer;
    private final CostSettings settings;
    private final Usage usage;
    private final PriceCatalog catalog;
    private BigDecimal exactTotal = BigDecimal.ZERO;
    private BigDecimal exactDataProcessing;

    RegionEstimate(String region, RegionPricer pricer, CostSettings settings, Usage usage, PriceCatalog catalog) {
        this.region = region;
        this.pricer = pricer;
        this.settings = settings;
        this.usage = usage;
        this.catalog = catalog;
    }

    BigDecimal exactTotal() {
        return exactTotal;
    }

    /** The exact data-processing amount of the region, or null if it could not be priced. */
    BigDecimal exactDataProcessing() {
        return exactDataProcessing;
    }

    RegionCost price(CostEstimator.RegionInput in) {
        List<RegionCost.InterfaceEndpointLine> endpoints = new ArrayList<>();
        BigDecimal regionGb = BigDecimal.ZERO;
        boolean allAssumed = true;
        for (InterfaceEndpointUse e : in.interfaceEndpoints) {
            endpoints.add(interfaceEndpoint(e));
            Usage.Figure f = usage.forInterfaceEndpoint(e.stack(), e.logicalId(), e.service());
            regionGb = regionGb.add(f.gbPerMonth());
            allAssumed &= f.assumed();
        }
        RegionCost.DataProcessing dataProcessing = dataProcessing(regionGb, allAssumed, in.interfaceEndpoints);

        List<RegionCost.GatewayLoadBalancerEndpointLine> gwlb = new ArrayList<>();
        in.gwlbEndpoints.forEach(g -> gwlb.add(gatewayLoadBalancerEndpoint(g)));
        List<RegionCost.NatGatewayLine> nats = new ArrayList<>();
        in.natGateways.forEach(n -> nats.add(natGateway(n)));
        RegionCost.PublicIpv4 ipv4 = publicIpv4(in.publicIpv4);
        List<RegionCost.GatewayEndpointLine> gateways = new ArrayList<>();
        BigDecimal gatewayHourly = catalog.gatewayEndpoint() == null ? BigDecimal.ZERO
                : catalog.gatewayEndpoint().value();
        for (GatewayEndpointUse g : in.gatewayEndpoints) {
            BigDecimal monthly = gatewayHourly.multiply(settings.hoursPerMonth());
            exactTotal = exactTotal.add(monthly);
            gateways.add(new RegionCost.GatewayEndpointLine(g.stack(), g.logicalId(), g.service(),
                    settings.round(monthly)));
        }
        return new RegionCost(region, endpoints, dataProcessing, gwlb, nats, ipv4, gateways,
                settings.round(exactTotal), !pricer.hasUnknowns(), pricer.unknownPrices(), pricer.pricesUsed());
    }

    private static String subject(String stack, String logicalId) {
        return stack + "/" + logicalId;
    }

    private RegionCost.InterfaceEndpointLine interfaceEndpoint(InterfaceEndpointUse e) {
        String subject = subject(e.stack(), e.logicalId());
        Optional<BigDecimal> rate = pricer.rate(PriceItem.INTERFACE_ENDPOINT_HOURLY, subject);
        BigDecimal hourly = null;
        BigDecimal monthly = null;
        if (e.azCount() == 0) {
            pricer.unknown("azs", subject, "the Availability Zones of the endpoint's subnets are unknown, so the "
                    + "number of billed endpoint-AZ hours is unknown");
        } else if (rate.isPresent()) {
            hourly = rate.get().multiply(BigDecimal.valueOf(e.azCount()));
            BigDecimal exact = hourly.multiply(settings.hoursPerMonth());
            exactTotal = exactTotal.add(exact);
            monthly = settings.round(exact);
        }
        return new RegionCost.InterfaceEndpointLine(e.stack(), e.logicalId(), e.service(), e.azs(),
                rate.orElse(null), hourly, monthly, usage.forInterfaceEndpoint(e.stack(), e.logicalId(), e.service()),
                e.neededForOnPremises());
    }

    private RegionCost.DataProcessing dataProcessing(BigDecimal gb, boolean assumed,
                                                     List<InterfaceEndpointUse> endpoints) {
        List<RegionCost.TierCharge> charges = new ArrayList<>();
        if (gb.signum() == 0) {
            // Nothing processed costs nothing, whatever the tiers: no unknown to report. The rates are still
            // listed among the prices used when known, since the break-even figures quote them.
            if (!endpoints.isEmpty()) {
                pricer.peekTiers();
            }
            exactDataProcessing = BigDecimal.ZERO;
            return new RegionCost.DataProcessing(gb, assumed && !endpoints.isEmpty(), charges,
                    settings.round(BigDecimal.ZERO));
        }
        String subjects = endpoints.size() == 1 ? subject(endpoints.get(0).stack(), endpoints.get(0).logicalId())
                : "all interface endpoints of the region";
        Optional<TierSchedule> tiers = pricer.tiers(subjects);
        if (tiers.isEmpty()) {
            return new RegionCost.DataProcessing(gb, assumed, charges, null);
        }
        TierSchedule.Split split = tiers.get().split(gb);
        BigDecimal exact = BigDecimal.ZERO;
        for (TierSchedule.Slice s : split.slices()) {
            BigDecimal amount = s.gb().multiply(s.perGb());
            exact = exact.add(amount);
            charges.add(new RegionCost.TierCharge(s.fromGb(), s.toGb(), s.gb(), s.perGb(), settings.round(amount)));
        }
        exactTotal = exactTotal.add(exact);
        if (split.unpricedGb().signum() > 0) {
            Tier last = tiers.get().tiers().get(tiers.get().tiers().size() - 1);
            pricer.unknown(PriceItem.DATA_PROCESSING_TIERS.key(), subjects, MoneyFormat.rate(split.unpricedGb())
                    + " GB beyond " + MoneyFormat.rate(last.upToGb()) + " GB a month: the catalog has no sourced "
                    + "tier for that volume in " + region);
            return new RegionCost.DataProcessing(gb, assumed, charges, null);
        }
        exactDataProcessing = exact;
        return new RegionCost.DataProcessing(gb, assumed, charges, settings.round(exact));
    }

    private RegionCost.GatewayLoadBalancerEndpointLine gatewayLoadBalancerEndpoint(GatewayLoadBalancerEndpointUse g) {
        String subject = subject(g.stack(), g.logicalId());
        Usage.Figure f = usage.forGatewayLoadBalancerEndpoint(g.stack(), g.logicalId());
        Optional<BigDecimal> hourly = pricer.rate(PriceItem.GATEWAY_LOAD_BALANCER_ENDPOINT_HOURLY, subject);
        Optional<BigDecimal> perGb = perGb(PriceItem.GATEWAY_LOAD_BALANCER_ENDPOINT_PER_GB, f, subject);
        BigDecimal hoursAmount = hourly.map(h -> h.multiply(settings.hoursPerMonth())).orElse(null);
        BigDecimal dataAmount = data(perGb, f);
        add(hoursAmount, dataAmount);
        return new RegionCost.GatewayLoadBalancerEndpointLine(g.stack(), g.logicalId(), hourly.orElse(null), f,
                perGb.orElse(null), both(hoursAmount, dataAmount));
    }

    private RegionCost.NatGatewayLine natGateway(NatGatewayUse n) {
        String subject = subject(n.stack(), n.logicalId());
        Usage.Figure f = usage.forNatGateway(n.stack(), n.logicalId());
        Optional<BigDecimal> hourly = pricer.rate(PriceItem.NAT_GATEWAY_HOURLY, subject);
        Optional<BigDecimal> perGb = perGb(PriceItem.NAT_GATEWAY_PER_GB, f, subject);
        BigDecimal hoursAmount = hourly.map(h -> h.multiply(settings.hoursPerMonth())).orElse(null);
        BigDecimal dataAmount = data(perGb, f);
        add(hoursAmount, dataAmount);
        return new RegionCost.NatGatewayLine(n.stack(), n.logicalId(), hourly.orElse(null),
                hoursAmount == null ? null : settings.round(hoursAmount), f, perGb.orElse(null),
                dataAmount == null ? null : settings.round(dataAmount), both(hoursAmount, dataAmount));
    }

    /** A per-GB rate: unknown only matters when GB were declared (0 GB cost 0 at any rate). */
    private Optional<BigDecimal> perGb(PriceItem item, Usage.Figure f, String subject) {
        return f.gbPerMonth().signum() == 0 ? pricer.peek(item) : pricer.rate(item, subject);
    }

    private static BigDecimal data(Optional<BigDecimal> perGb, Usage.Figure f) {
        return f.gbPerMonth().signum() == 0 ? BigDecimal.ZERO : perGb.map(p -> p.multiply(f.gbPerMonth())).orElse(null);
    }

    /** Known parts count toward the region's (then incomplete) total. */
    private void add(BigDecimal... amounts) {
        for (BigDecimal a : amounts) {
            if (a != null) {
                exactTotal = exactTotal.add(a);
            }
        }
    }

    private BigDecimal both(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : settings.round(a.add(b));
    }

    private RegionCost.PublicIpv4 publicIpv4(List<PublicIpv4Use> addresses) {
        if (addresses.isEmpty()) {
            return new RegionCost.PublicIpv4(addresses, pricer.peek(PriceItem.PUBLIC_IPV4_HOURLY).orElse(null),
                    BigDecimal.ZERO, settings.round(BigDecimal.ZERO));
        }
        String subjects = addresses.size() == 1 ? subject(addresses.get(0).stack(), addresses.get(0).logicalId())
                : addresses.size() + " public IPv4 addresses";
        Optional<BigDecimal> rate = pricer.rate(PriceItem.PUBLIC_IPV4_HOURLY, subjects);
        if (rate.isEmpty()) {
            return new RegionCost.PublicIpv4(addresses, null, null, null);
        }
        BigDecimal hourly = rate.get().multiply(BigDecimal.valueOf(addresses.size()));
        BigDecimal exact = hourly.multiply(settings.hoursPerMonth());
        exactTotal = exactTotal.add(exact);
        return new RegionCost.PublicIpv4(addresses, rate.get(), hourly, settings.round(exact));
    }
}
