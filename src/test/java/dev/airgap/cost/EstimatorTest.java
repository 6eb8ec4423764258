package dev.airgap.cost;

import dev.airgap.network.ServiceNames;
import static dev.airgap.cost.Fixtures.d;
import static dev.airgap.cost.Fixtures.endpoint;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EstimatorTest {

    private final CostEstimator usd = new CostEstimator(Fixtures.testCatalog(), Fixtures.usd());

    @Test
    void distinctAzsAreCountedOnceAndOpaqueKeysCountAsDistinct() {
        CostReport r = usd.estimate(CostInput.builder()
                .interfaceEndpoint(endpoint("Twice", "ssm", "test-1", "test-1a", "test-1a", "test-1b"))
                .interfaceEndpoint(endpoint("Opaque", "ssm", "test-1",
                        "Fn::Select[0, Fn::GetAZs '']", "Fn::Select[1, Fn::GetAZs '']", "Fn::Select[2, Fn::GetAZs '']"))
                .build());
        List<RegionCost.InterfaceEndpointLine> lines = r.regions().get(0).interfaceEndpoints();
        assertThat(lines).extracting(RegionCost.InterfaceEndpointLine::logicalId).containsExactly("Opaque", "Twice");
        assertThat(lines.get(0).azs()).hasSize(3);
        assertThat(lines.get(0).monthly()).isEqualTo(d("21.90"));
        assertThat(lines.get(1).azs()).containsExactly("test-1a", "test-1b");
        assertThat(lines.get(1).monthly()).isEqualTo(d("14.60"));
    }

    @Test
    void unknownAzsMakeTheEndpointUnknownNotFree() {
        CostReport r = usd.estimate(CostInput.builder().interfaceEndpoint(endpoint("NoAz", "ssm", "test-1")).build());
        RegionCost region = r.regions().get(0);
        assertThat(region.interfaceEndpoints().get(0).monthly()).isNull();
        assertThat(region.complete()).isFalse();
        assertThat(region.unknownPrices()).extracting(RegionCost.UnknownPrice::price).containsExactly("azs");
    }

    @Test
    void regionsAreSortedAndPricedSeparately() {
        CostReport r = usd.estimate(CostInput.builder()
                .interfaceEndpoint(endpoint("Ep", "ssm", "test-2", "a"))
                .interfaceEndpoint(endpoint("Ep", "ssm", "test-1", "a"))
                .build());
        assertThat(r.regions()).extracting(RegionCost::region).containsExactly("test-1", "test-2");
        assertThat(r.regions().get(0).monthlyTotal()).isEqualTo(d("7.30"));
        assertThat(r.regions().get(1).monthlyTotal()).isEqualTo(d("8.54")); // 0.0117 × 730 = 8.541
        assertThat(r.monthlyTotal()).isEqualTo(d("15.84")); // from the exact 15.841
        assertThat(r.complete()).isTrue();
    }

    @Test
    void aRegionWithoutPricesIsUnknownAndNeverPricedAsAnother() {
        CostReport r = usd.estimate(CostInput.builder()
                .interfaceEndpoint(endpoint("Ep", "ssm", "xx-nowhere-1", "a"))
                .natGateway(new NatGatewayUse("NetworkStack", "Nat", "test-2"))
                .build());
        RegionCost nowhere = r.regions().get(1);
        assertThat(nowhere.region()).isEqualTo("xx-nowhere-1");
        assertThat(nowhere.interfaceEndpoints().get(0).ratePerAz()).isNull();
        assertThat(nowhere.interfaceEndpoints().get(0).monthly()).isNull();
        assertThat(nowhere.monthlyTotal()).isEqualTo(d("0.00"));
        assertThat(nowhere.complete()).isFalse();
        assertThat(nowhere.unknownPrices()).singleElement().satisfies(u -> {
            assertThat(u.subjects()).containsExactly("NetworkStack/Ep");
            assertThat(u.reason()).contains("no prices for xx-nowhere-1").contains("other regions are not used");
        });
        // test-2 is in the catalog but has no NAT price: unknown, not test-1's 0.045
        RegionCost test2 = r.regions().get(0);
        assertThat(test2.natGateways().get(0).hourly()).isNull();
        assertThat(test2.unknownPrices()).extracting(RegionCost.UnknownPrice::reason)
                .anySatisfy(reason -> assertThat(reason).startsWith("no sourced natGatewayHourly (per NAT gateway hour) for test-2"));
        assertThat(r.complete()).isFalse();
    }

    @Test
    void bundledCatalogLeavesUnsourcedRegionsUnknown() {
        CostEstimator bundled = new CostEstimator(PriceCatalog.bundled(), Fixtures.usd());
        CostReport r = bundled.estimate(CostInput.builder()
                .interfaceEndpoint(endpoint("Ep", "s3", "ap-northeast-3", "a"))
                .interfaceEndpoint(endpoint("Ep", "s3", "us-west-1", "a"))
                .build());
        assertThat(r.regions()).allSatisfy(region -> {
            assertThat(region.interfaceEndpoints().get(0).monthly()).isNull();
            assertThat(region.unknownPrices()).isNotEmpty();
        });
    }

    @Test
    void unresolvedRegionIsReportedAsSuch() {
        CostReport r = usd.estimate(CostInput.builder().interfaceEndpoint(endpoint("Ep", "ssm", null, "a")).build());
        assertThat(r.regions().get(0).region()).isEqualTo(CostEstimator.UNKNOWN_REGION);
        assertThat(r.regions().get(0).unknownPrices().get(0).reason()).contains("the region is unknown");
    }

    @Test
    void natGatewaysPublicIpv4AndGatewayEndpoints() {
        CostReport r = usd.estimate(CostInput.builder()
                .natGateway(new NatGatewayUse("Net", "NatA", "test-1"))
                .natGateway(new NatGatewayUse("Net", "NatB", "test-1"))
                .publicIpv4(new PublicIpv4Use("Net", "NatAEip", PublicIpv4Kind.EIP, "test-1"))
                .publicIpv4(new PublicIpv4Use("Net", "NatB", PublicIpv4Kind.NAT_GATEWAY, "test-1"))
                .publicIpv4(new PublicIpv4Use("App", "Web", PublicIpv4Kind.INSTANCE, "test-1"))
                .gatewayEndpoint(new GatewayEndpointUse("Net", "S3Gw", "s3", "test-1"))
                .usage(Usage.parse(List.of("nat:NatA=1000", "nat:Net/NatB=10")))
                .build());
        RegionCost region = r.regions().get(0);
        RegionCost.NatGatewayLine a = region.natGateways().get(0);
        assertThat(a.monthlyHours()).isEqualTo(d("32.85"));
        assertThat(a.monthlyData()).isEqualTo(d("45.00"));
        assertThat(a.monthly()).isEqualTo(d("77.85"));
        assertThat(a.usage().basis()).isEqualTo("nat NatA");
        assertThat(region.natGateways().get(1).usage().basis()).isEqualTo("nat Net/NatB");
        assertThat(region.publicIpv4().hourly()).isEqualByComparingTo("0.015");
        assertThat(region.publicIpv4().monthly()).isEqualTo(d("10.95"));
        assertThat(region.gatewayEndpoints().get(0).monthly()).isEqualTo(d("0.00"));
        // 77.85 + (32.85 + 0.45) + 10.95
        assertThat(region.monthlyTotal()).isEqualTo(d("122.10"));
    }

    @Test
    void gatewayLoadBalancerEndpoints() {
        CostReport r = usd.estimate(CostInput.builder()
                .gatewayLoadBalancerEndpoint(new GatewayLoadBalancerEndpointUse("Fw", "FwEndpointA", "test-1"))
                .usage(new Usage(Map.of("FwEndpointA", d("1000")), null, null, null))
                .build());
        RegionCost.GatewayLoadBalancerEndpointLine l = r.regions().get(0).gatewayLoadBalancerEndpoints().get(0);
        assertThat(l.monthly()).isEqualTo(d("10.80")); // 7.30 + 3.50
    }

    @Test
    void usageDefaultsToZeroAndSaysSo() {
        CostReport r = usd.estimate(CostInput.builder()
                .interfaceEndpoint(endpoint("A", "ssm", "test-1", "a"))
                .interfaceEndpoint(endpoint("B", "logs", "test-1", "a"))
                .usage(Usage.parse(List.of("service:logs=250")))
                .build());
        RegionCost region = r.regions().get(0);
        assertThat(region.interfaceEndpoints().get(0).usage().assumed()).isTrue();
        assertThat(region.interfaceEndpoints().get(0).usage().basis()).contains("0 assumed");
        assertThat(region.interfaceEndpoints().get(1).usage().basis()).isEqualTo("service logs");
        assertThat(region.dataProcessing().gbPerMonth()).isEqualByComparingTo("250");
        assertThat(region.dataProcessing().assumed()).isFalse();
        assertThat(region.dataProcessing().monthly()).isEqualTo(d("2.50"));
    }

    @Test
    void fullServiceNamesAreShortenedToTheirSuffix() {
        InterfaceEndpointUse e = new InterfaceEndpointUse("S", "E", "com.amazonaws.ap-northeast-1.ecr.dkr",
                "ap-northeast-1", List.of("a"), false);
        assertThat(e.service()).isEqualTo("ecr.dkr");
        assertThat(new GatewayEndpointUse("S", "G", "cn.com.amazonaws.cn-north-1.s3", "cn-north-1").service())
                .isEqualTo("s3");
        assertThat(new GatewayEndpointUse("S", "G", "com.amazonaws.vpce.us-east-1.vpce-svc-1", "us-east-1").service())
                .isEqualTo("com.amazonaws.vpce.us-east-1.vpce-svc-1");
    }

    @Test
    void unknownPerGbRateMattersOnlyWhenTrafficIsDeclared() {
        // bundled ap-south-1: NAT 0.056/h sourced, per-GB not (us-west-2 was, until FACTS-2 sourced its per-GB rate)
        CostEstimator bundled = new CostEstimator(PriceCatalog.bundled(), Fixtures.usd());
        CostInput.Builder b = CostInput.builder().natGateway(new NatGatewayUse("Net", "Nat", "ap-south-1"));
        RegionCost idle = bundled.estimate(b.build()).regions().get(0);
        assertThat(idle.natGateways().get(0).monthly()).isEqualTo(d("40.88"));
        assertThat(idle.complete()).isTrue();

        RegionCost busy = bundled.estimate(b.usage(Usage.parse(List.of("nat:Nat=100"))).build()).regions().get(0);
        RegionCost.NatGatewayLine nat = busy.natGateways().get(0);
        assertThat(nat.monthlyHours()).isEqualTo(d("40.88"));
        assertThat(nat.monthlyData()).isNull();
        assertThat(nat.monthly()).isNull();
        assertThat(busy.monthlyTotal()).isEqualTo(d("40.88"));
        assertThat(busy.complete()).isFalse();
        assertThat(busy.unknownPrices()).extracting(RegionCost.UnknownPrice::price).containsExactly("natGatewayPerGb");
    }
}
