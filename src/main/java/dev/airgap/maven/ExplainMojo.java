package dev.airgap.maven;

import dev.airgap.AnalysisResult;
import dev.airgap.report.SubnetSelector;
import dev.airgap.report.text.ExplainRenderer;
import dev.airgap.require.RequirementException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints, for the chosen subnets and service, the path an instance there takes hop by hop (route table, route,
 * security group, network ACL, endpoint), or the blocked path with every blocker and its fix:
 * {@code mvn airgap:explain -Dairgap.subnet='*Isolated*' -Dairgap.service=s3}.
 */
@Mojo(name = "explain", threadSafe = true, requiresProject = false)
public class ExplainMojo extends AbstractAirgapMojo {

    /**
     * Which subnets to explain, as {@code <subnets>} selects them: a logical-ID glob ({@code VpcIsolatedSubnet1*}),
     * a CDK construct-path glob ({@code NetworkStack/Vpc/Isolated*}), {@code stack/logicalId} or
     * {@code tag:KEY=VALUE}, separated by commas; {@code *} and {@code ?} are wildcards. Empty: every subnet.
     * {@code KEY=VALUE} without {@code tag:} still selects by tag, with a deprecation warning.
     */
    @Parameter(property = "airgap.subnet", defaultValue = "*")
    String subnet;

    /** The service whose path to explain ({@code s3}, {@code dynamodb}, {@code ssm}, …). Empty: every service. */
    @Parameter(property = "airgap.service", defaultValue = "s3")
    String service;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("airgap: skipped");
            return;
        }
        SubnetSelector selector;
        try {
            selector = SubnetSelector.parse(subnet);
        } catch (RequirementException e) {
            throw new MojoExecutionException("airgap: -Dairgap.subnet: " + e.getMessage());
        }
        selector.warnings().forEach(getLog()::warn);
        AnalysisResult result = parameters().analyze();
        String text = ExplainRenderer.render(result.paths(), selector, service);
        text.lines().forEach(getLog()::info);
        if (selector.select(result.paths()).isEmpty()) {
            throw new MojoFailureException("airgap: no subnet matches -Dairgap.subnet=" + subnet
                    + " (the subnets analysed are listed above)");
        }
    }
}
