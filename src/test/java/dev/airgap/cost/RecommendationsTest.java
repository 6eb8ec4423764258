package dev.airgap.cost;

import static dev.airgap.cost.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bundled Tokyo prices: endpoint 0.014/h per AZ, 0.01/GB; NAT 0.062/h and 0.062/GB. 720 h, USD. */
class RecommendationsTest {

    private final CostEstimator estimator = new CostEstimator(PriceCatalog.bundled(),
            CostSettings.of(d("720"), "USD", d("1")));

    private static final String TOKYO = "ap-northeast-1";

    private static InterfaceEndpointUse s3(String id, boolean onPrem) {
        return new InterfaceEndpointUse("Net", id, "s3", TOKYO, List.of("a", "c", "d"), onPrem);
    }

    private static List<Recommendation> of(CostReport r, Recommendation.Kind kind) {
        return r.recommendations().stream().filter(x -> x.kind() == kind).toList();
    }

    @Test
    void s3InterfaceEndpointNotNeededOnPremCouldBeAFreeGatewayEndpoint() {
        CostReport r = estimator.estimate(CostInput.builder()
                .interfaceEndpoint(s3("S3Interface", false))
                .interfaceEndpoint(s3("S3ForOnPrem", true))
                .usage(Usage.parse(List.of("endpoint:S3Interface=100")))
                .build());
        List<Recommendation> recs = of(r, Recommendation.Kind.GATEWAY_ENDPOINT_INSTEAD_OF_INTERFACE);
        assertThat(recs).singleElement().satisfies(rec -> {
            assertThat(rec.logicalId()).isEqualTo("S3Interface");
            assertThat(rec.monthlySaving()).isEqualTo(d("31.24")); // 30.24 hours + 1.00 data
            assertThat(rec.message()).contains("would save 31.24 USD a month (endpoint hours 30.24 USD, "
                    + "data processing 1.00 USD at 100 GB)");
        });
    }

    @Test
    void natTrafficToS3IsPricedAtTheDeclaredVolumeUnlessAGatewayEndpointExists() {
        CostInput.Builder b = CostInput.builder()
                .natGateway(new NatGatewayUse("Net", "Nat", TOKYO))
                .usage(Usage.parse(List.of("natToService:s3=1000", "natToService:dynamodb=10")));
        CostReport r = estimator.estimate(b.build());
        List<Recommendation> recs = of(r, Recommendation.Kind.GATEWAY_ENDPOINT_FOR_NAT_TRAFFIC);
        assertThat(recs).extracting(Recommendation::service).containsExactly("s3", "dynamodb");
        assertThat(recs.get(0).monthlySaving()).isEqualTo(d("62.00"));
        assertThat(recs.get(0).perGbSaving()).isEqualByComparingTo("0.062");
        assertThat(recs.get(1).monthlySaving()).isEqualTo(d("0.62"));

        CostReport withGateway = estimator.estimate(b.gatewayEndpoint(
                new GatewayEndpointUse("Net", "S3Gateway", "s3", TOKYO)).build());
        assertThat(of(withGateway, Recommendation.Kind.GATEWAY_ENDPOINT_FOR_NAT_TRAFFIC))
                .extracting(Recommendation::service).containsExactly("dynamodb");
    }

    @Test
    void undeclaredNatTrafficToS3SaysZeroWasAssumed() {
        CostReport r = estimator.estimate(CostInput.builder().natGateway(new NatGatewayUse("Net", "Nat", TOKYO))
                .build());
        assertThat(of(r, Recommendation.Kind.GATEWAY_ENDPOINT_FOR_NAT_TRAFFIC)).singleElement().satisfies(rec -> {
            assertThat(rec.monthlySaving()).isEqualTo(d("0.00"));
            assertThat(rec.message()).contains("0.062 USD per GB").contains("not declared: set natToService:s3=GB");
        });
    }

    @Test
    void breakEvenBetweenNatAndAnInterfaceEndpoint() {
        CostReport r = estimator.estimate(CostInput.builder()
                .interfaceEndpoint(s3("S3Interface", true))
                .interfaceEndpoint(new InterfaceEndpointUse("Net", "Ssm", "ssm", TOKYO, List.of("a"), false))
                .natGateway(new NatGatewayUse("Net", "Nat", TOKYO))
                .build());
        List<Recommendation> recs = of(r, Recommendation.Kind.NAT_INTERFACE_BREAK_EVEN);
        assertThat(recs).extracting(Recommendation::logicalId).containsExactly("S3Interface", "Ssm");
        // 30.24 / (0.062 - 0.01) = 581.538…; 10.08 / 0.052 = 193.846…
        assertThat(recs.get(0).breakEvenGbPerMonth()).isEqualTo(d("581.54"));
        assertThat(recs.get(1).breakEvenGbPerMonth()).isEqualTo(d("193.85"));
        assertThat(recs.get(1).message()).contains("above 193.85 GB a month it is cheaper")
                .contains("through the NAT gateway the templates already pay for");
    }

    @Test
    void breakEvenWithoutANatGatewaySaysItsHourlyChargeWouldComeOnTop() {
        CostReport r = estimator.estimate(CostInput.builder()
                .interfaceEndpoint(new InterfaceEndpointUse("Net", "Ssm", "ssm", TOKYO, List.of("a"), false))
                .build());
        assertThat(of(r, Recommendation.Kind.NAT_INTERFACE_BREAK_EVEN)).singleElement()
                .satisfies(rec -> assertThat(rec.message())
                        .contains("through a NAT gateway (the templates create none in " + TOKYO)
                        .contains("its hourly charge would come on top")
                        .doesNotContain("exists anyway"));
    }

    @Test
    void breakEvenIsLeftOutWhenAPriceIsUnknown() {
        // ap-south-1 has no sourced NAT per-GB price (its interface endpoint and NAT hourly rates are sourced)
        CostReport r = estimator.estimate(CostInput.builder()
                .interfaceEndpoint(new InterfaceEndpointUse("Net", "Ssm", "ssm", "ap-south-1", List.of("a"), false))
                .build());
        assertThat(of(r, Recommendation.Kind.NAT_INTERFACE_BREAK_EVEN)).isEmpty();
    }
}
