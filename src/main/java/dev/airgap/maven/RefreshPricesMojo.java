package dev.airgap.maven;

import dev.airgap.cost.refresh.PriceListRefresher;
import dev.airgap.report.ReportFiles;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Downloads current prices from AWS's public Price List (AmazonVPC and AmazonEC2 offer files, over HTTPS, no
 * credentials) for the given regions and writes them as a price file to commit and name in {@code pricesFile}.
 * Opt-in: never part of a normal build. {@code mvn airgap:refresh-prices -Dairgap.regions=ap-northeast-1,ap-northeast-3}
 */
@Mojo(name = "refresh-prices", threadSafe = true, requiresProject = false)
public class RefreshPricesMojo extends AbstractMojo {

    /** Regions to fetch prices for (required: the EC2 offer files are large, so only these are read). */
    @Parameter(property = "airgap.regions", required = true)
    List<String> regions;

    /** Where to write the price file. */
    @Parameter(property = "airgap.pricesFile", defaultValue = "${basedir}/src/main/airgap/prices.json")
    File pricesFile;

    /** The Price List's base URL, to use a mirror. */
    @Parameter(property = "airgap.priceListUrl", defaultValue = PriceListRefresher.DEFAULT_BASE_URL)
    String priceListUrl;

    /** How long one offer file may take to download, in seconds. */
    @Parameter(property = "airgap.priceListTimeout", defaultValue = "1800")
    int timeoutSeconds;

    @Override
    public void execute() throws MojoExecutionException {
        List<String> wanted = AnalysisParameters.clean(regions);
        if (wanted.isEmpty()) {
            throw new MojoExecutionException("airgap: name the regions to fetch prices for: -Dairgap.regions=…");
        }
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30)).build();
        PriceListRefresher refresher = new PriceListRefresher(http, URI.create(priceListUrl), Clock.systemUTC(),
                Duration.ofSeconds(timeoutSeconds));
        PriceListRefresher.Result result;
        try {
            result = refresher.refresh(wanted, PriceListRefresher.DEFAULT_OFFERS);
        } catch (IOException e) {
            throw new MojoExecutionException("airgap: cannot refresh prices from " + priceListUrl + ": "
                    + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("airgap: price refresh interrupted");
        }
        result.notes().forEach(n -> getLog().info("airgap: " + n));
        try {
            ReportFiles.write(pricesFile.toPath(), result.catalog()::write);
        } catch (IOException e) {
            throw new MojoExecutionException(WriteErrors.message(pricesFile.toPath(), null, e, "airgap.pricesFile",
                    getLog()));
        }
        getLog().info("airgap: wrote " + pricesFile + "; name it in <pricesFile> to use these prices");
    }
}
