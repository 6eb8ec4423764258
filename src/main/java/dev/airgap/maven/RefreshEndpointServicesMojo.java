package dev.airgap.maven;

import dev.airgap.cost.availability.VpcEndpointServicesRefresher;
import dev.airgap.report.ReportFiles;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Asks EC2 ({@code DescribeVpcEndpointServices}, AWS SDK default credential chain) which endpoint services each
 * region offers, and writes a catalog file to commit and name in {@code availabilityFile}. Opt-in: never part of a
 * normal build. Needs {@code ec2:DescribeVpcEndpointServices}.
 * {@code mvn airgap:refresh-endpoint-services -Dairgap.regions=ap-northeast-1,ap-northeast-3}
 */
@Mojo(name = "refresh-endpoint-services", threadSafe = true, requiresProject = false)
public class RefreshEndpointServicesMojo extends AbstractMojo {

    /** Regions to ask. */
    @Parameter(property = "airgap.regions", required = true)
    List<String> regions;

    /** Where to write the catalog. */
    @Parameter(property = "airgap.availabilityFile",
            defaultValue = "${basedir}/src/main/airgap/endpoint-services.json")
    File availabilityFile;

    /** Another EC2 endpoint (a proxy or a test server) instead of the regional one. */
    @Parameter(property = "airgap.ec2EndpointUrl")
    String ec2EndpointUrl;

    @Override
    public void execute() throws MojoExecutionException {
        List<String> wanted = AnalysisParameters.clean(regions);
        if (wanted.isEmpty()) {
            throw new MojoExecutionException("airgap: name the regions to ask: -Dairgap.regions=…");
        }
        URI endpoint = ec2EndpointUrl == null || ec2EndpointUrl.isBlank() ? null : URI.create(ec2EndpointUrl.trim());
        VpcEndpointServicesRefresher.Result result;
        try {
            result = VpcEndpointServicesRefresher.withDefaultCredentials(endpoint).refresh(wanted);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("airgap: cannot list endpoint services: " + e.getMessage());
        }
        result.notes().forEach(n -> getLog().info("airgap: " + n));
        try {
            ReportFiles.write(availabilityFile.toPath(), result.catalog()::write);
        } catch (IOException e) {
            throw new MojoExecutionException(WriteErrors.message(availabilityFile.toPath(), null, e,
                    "airgap.availabilityFile", getLog()));
        }
        getLog().info("airgap: wrote " + availabilityFile + "; name it in <availabilityFile> to use it");
    }
}
