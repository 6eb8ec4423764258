package dev.airgap.cost.refresh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.airgap.cost.PriceCatalog;
import dev.airgap.cost.PriceItem;
import dev.airgap.cost.PricedValue;
import dev.airgap.cost.Provenance;
import dev.airgap.cost.RegionPrices;
import dev.airgap.cost.Tier;
import dev.airgap.report.ReportFiles;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceListRefresherTest {

    private static final String VPC = "/offers/v1.0/aws/AmazonVPC/";
    private static final String EC2 = "/offers/v1.0/aws/AmazonEC2/";

    private LoopbackServer server;
    private PriceListRefresher refresher;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer()
                .serve(VPC + "current/region_index.json", "/cost/pricelist/vpc-region_index.json")
                .serve(VPC + "20260917190528/ap-northeast-1/index.json", "/cost/pricelist/vpc-ap-northeast-1.json")
                .serve(EC2 + "current/region_index.json", "/cost/pricelist/ec2-region_index.json")
                .serve(EC2 + "20260923100000/ap-northeast-1/index.json", "/cost/pricelist/ec2-ap-northeast-1.json");
        refresher = new PriceListRefresher(HttpClient.newHttpClient(), server.base(),
                Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC), Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void readsEndpointNatAndIpv4PricesFromBothOffers() throws Exception {
        PriceListRefresher.Result r = refresher.refresh(List.of("ap-northeast-1"), PriceListRefresher.DEFAULT_OFFERS);
        RegionPrices tokyo = r.catalog().region("ap-northeast-1").orElseThrow();
        assertThat(value(tokyo, PriceItem.INTERFACE_ENDPOINT_HOURLY)).isEqualTo("0.014");
        assertThat(value(tokyo, PriceItem.GATEWAY_LOAD_BALANCER_ENDPOINT_HOURLY)).isEqualTo("0.014");
        assertThat(value(tokyo, PriceItem.NAT_GATEWAY_HOURLY)).isEqualTo("0.062");
        assertThat(value(tokyo, PriceItem.NAT_GATEWAY_PER_GB)).isEqualTo("0.062");
        assertThat(value(tokyo, PriceItem.PUBLIC_IPV4_HOURLY)).isEqualTo("0.005");
        // no GWLB bytes product in the fixture: stays unknown
        assertThat(tokyo.get(PriceItem.GATEWAY_LOAD_BALANCER_ENDPOINT_PER_GB)).isEmpty();
        // tiers sorted by range although the file lists them out of order
        assertThat(tokyo.tiers().orElseThrow().tiers()).extracting(Tier::upToGb)
                .containsExactly(new java.math.BigDecimal("1048576"), new java.math.BigDecimal("5242880"), null);
        assertThat(tokyo.tiers().orElseThrow().tiers()).extracting(t -> t.perGb().stripTrailingZeros().toPlainString())
                .containsExactly("0.01", "0.006", "0.004");

        Provenance.SourceRef vpc = tokyo.get(PriceItem.INTERFACE_ENDPOINT_HOURLY).orElseThrow().provenance()
                .sources().get(0);
        assertThat(vpc.id()).isEqualTo("AmazonVPC:ap-northeast-1");
        assertThat(vpc.date()).isEqualTo("2026-09-17");
        assertThat(vpc.text()).contains("version 20260917190528").contains("APN1-VpcEndpoint-Hours (SKU AAAAVPCEHOURS001)")
                .doesNotContain("Resource-Hours");
        Provenance.SourceRef ec2 = tokyo.get(PriceItem.NAT_GATEWAY_HOURLY).orElseThrow().provenance().sources().get(0);
        assertThat(ec2.id()).isEqualTo("AmazonEC2:ap-northeast-1");
        assertThat(ec2.date()).isEqualTo("2026-09-23");
        assertThat(r.catalog().version()).isEqualTo("pricelist-2026-11-28");
        assertThat(server.requests).containsExactly(
                "GET " + VPC + "current/region_index.json",
                "GET " + VPC + "20260917190528/ap-northeast-1/index.json",
                "GET " + EC2 + "current/region_index.json",
                "GET " + EC2 + "20260923100000/ap-northeast-1/index.json");
    }

    @Test
    void writesACatalogFileThatLoadsAsAPricesFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("prices/airgap-prices.json");
        ReportFiles.write(out, refresher.refresh(List.of("ap-northeast-1"), PriceListRefresher.DEFAULT_OFFERS)
                .catalog()::write);
        PriceCatalog back = PriceCatalog.read(out);
        PricedValue rate = back.region("ap-northeast-1").orElseThrow().get(PriceItem.INTERFACE_ENDPOINT_HOURLY)
                .orElseThrow();
        assertThat(rate.value()).isEqualByComparingTo("0.014");
        assertThat(rate.provenance().origin()).isEqualTo(Provenance.Origin.FILE);
        assertThat(rate.provenance().location()).contains("airgap-prices.json").contains("pricelist-2026-11-28");
        assertThat(rate.provenance().sources().get(0).text()).contains("AWS Price List offer AmazonVPC");
        assertThat(dir.resolve("prices")).isDirectoryContaining(p -> p.getFileName().toString()
                .equals("airgap-prices.json")).isDirectoryNotContaining(p -> p.toString().endsWith(".tmp"));
    }

    @Test
    void aRegionTheOffersLackIsNotedAndLeftEmpty() throws Exception {
        PriceListRefresher.Result r = refresher.refresh(List.of("us-east-1"), List.of("AmazonEC2"));
        assertThat(r.catalog().region("us-east-1").orElseThrow().isEmpty()).isTrue();
        assertThat(r.notes()).contains("AmazonEC2 has no price list for us-east-1");
    }

    @Test
    void httpErrorsNameTheUrl() {
        // the VPC region index names a us-east-1 file the server does not have
        assertThatThrownBy(() -> refresher.refresh(List.of("us-east-1"), List.of("AmazonVPC")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(VPC + "20260917190528/us-east-1/index.json").hasMessageContaining("HTTP 404");
        assertThatThrownBy(() -> refresher.refresh(List.of(), List.of("AmazonVPC")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String value(RegionPrices r, PriceItem item) {
        return r.get(item).orElseThrow().value().stripTrailingZeros().toPlainString();
    }
}
