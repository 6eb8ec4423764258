package dev.airgap.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.airgap.cost.PriceItem;
import dev.airgap.cost.PriceOverrides;
import dev.airgap.cost.refresh.LoopbackServer;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The refresh goal end to end against a loopback Price List: the file it writes is a usable prices file. */
class RefreshPricesMojoTest {

    private static final String VPC = "/offers/v1.0/aws/AmazonVPC/";
    private static final String EC2 = "/offers/v1.0/aws/AmazonEC2/";

    @TempDir
    Path dir;

    @Test
    void writesAPricesFileTheCheckGoalCanRead() throws Exception {
        try (LoopbackServer server = new LoopbackServer()
                .serve(VPC + "current/region_index.json", "/cost/pricelist/vpc-region_index.json")
                .serve(VPC + "20260917190528/ap-northeast-1/index.json", "/cost/pricelist/vpc-ap-northeast-1.json")
                .serve(EC2 + "current/region_index.json", "/cost/pricelist/ec2-region_index.json")
                .serve(EC2 + "20260923100000/ap-northeast-1/index.json", "/cost/pricelist/ec2-ap-northeast-1.json")) {
            RefreshPricesMojo mojo = new RefreshPricesMojo();
            mojo.regions = List.of("ap-northeast-1");
            mojo.pricesFile = dir.resolve("prices.json").toFile();
            mojo.priceListUrl = server.base().toString();
            mojo.timeoutSeconds = 10;

            mojo.execute();
        }
        PriceOverrides read = PriceOverrides.of(List.of(), dir.resolve("prices.json"));
        assertThat(read.file().region("ap-northeast-1").orElseThrow().get(PriceItem.INTERFACE_ENDPOINT_HOURLY)
                .orElseThrow().value()).isEqualByComparingTo("0.014");
    }

    @Test
    void anUnreachablePriceListIsOneClearError() {
        RefreshPricesMojo mojo = new RefreshPricesMojo();
        mojo.regions = List.of("ap-northeast-1");
        mojo.pricesFile = dir.resolve("prices.json").toFile();
        mojo.priceListUrl = "http://127.0.0.1:9";
        mojo.timeoutSeconds = 5;

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("airgap: cannot refresh prices from http://127.0.0.1:9");
        assertThat(dir.resolve("prices.json")).doesNotExist();
    }
}
