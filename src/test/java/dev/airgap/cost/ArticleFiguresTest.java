package dev.airgap.cost;

import static dev.airgap.cost.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.report.json.CostJson;
import dev.airgap.report.text.CostTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The article's figures: 0.014 USD/h in ap-northeast-1, 720 h, 150 JPY/USD → 1,512 JPY per AZ, 4,536 for 3. */
class ArticleFiguresTest {

    private final CostEstimator estimator = new CostEstimator(PriceCatalog.bundled(), Fixtures.article());

    @Test
    void bundledTokyoRateIsTheArticles() {
        PricedValue rate = PriceCatalog.bundled().region("ap-northeast-1").orElseThrow()
                .get(PriceItem.INTERFACE_ENDPOINT_HOURLY).orElseThrow();
        assertThat(rate.value()).isEqualByComparingTo("0.014");
        assertThat(rate.currency()).isEqualTo("USD");
        assertThat(rate.provenance().origin()).isEqualTo(Provenance.Origin.BUNDLED);
        assertThat(rate.provenance().sources()).extracting(Provenance.SourceRef::id).containsExactly("S10", "S11",
                "S32");
        assertThat(rate.provenance().sources()).extracting(Provenance.SourceRef::date)
                .containsExactly("2026-09-23", "2026-09-25", "2026-09-17");
    }

    @Test
    void oneAzCosts1512YenAMonth() {
        CostReport r = estimator.estimate(CostInput.builder()
                .interfaceEndpoint(Fixtures.endpoint("S3Interface", "s3", "ap-northeast-1", "ap-northeast-1a"))
                .build());
        RegionCost.InterfaceEndpointLine line = r.regions().get(0).interfaceEndpoints().get(0);
        assertThat(line.ratePerAz()).isEqualByComparingTo("2.1");
        assertThat(line.monthly()).isEqualTo(d("1512"));
    }

    @Test
    void threeAzsCost4536YenAMonth() {
        CostReport r = estimator.estimate(CostInput.builder()
                .interfaceEndpoint(Fixtures.endpoint("S3Interface", "s3", "ap-northeast-1",
                        "ap-northeast-1a", "ap-northeast-1c", "ap-northeast-1d"))
                .build());
        RegionCost region = r.regions().get(0);
        assertThat(region.interfaceEndpoints().get(0).hourly()).isEqualByComparingTo("6.3");
        assertThat(region.interfaceEndpoints().get(0).monthly()).isEqualTo(d("4536"));
        assertThat(region.monthlyTotal()).isEqualTo(d("4536"));
        assertThat(region.complete()).isTrue();
        assertThat(region.dataProcessing().assumed()).isTrue();
        assertThat(r.monthlyTotal()).isEqualTo(d("4536"));
        assertThat(CostTable.render(r)).contains("4,536").contains("Monthly cost in JPY (720 h a month, 150 JPY per USD");
        assertThat(CostJson.toJson(r)).contains("\"monthly\" : 4536").contains("\"hourly\" : 6.3");
    }

    @Test
    void consoleTableLooksLikeThis() {
        CostReport r = estimator.estimate(CostInput.builder()
                .interfaceEndpoint(Fixtures.endpoint("S3Interface", "s3", "ap-northeast-1",
                        "ap-northeast-1a", "ap-northeast-1c", "ap-northeast-1d"))
                .build());
        List<String> lines = CostTable.lines(r);
        assertThat(lines).contains(
                "ap-northeast-1",
                "  resource                  kind                   AZs  per hour  per month",
                "  NetworkStack/S3Interface  interface endpoint s3    3       6.3      4,536",
                "  data processing           0 GB (assumed)                                0",
                "  total                                                               4,536");
    }
}
