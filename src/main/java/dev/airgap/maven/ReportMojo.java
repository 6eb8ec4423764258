package dev.airgap.maven;

import dev.airgap.Version;
import dev.airgap.report.ReportFiles;
import dev.airgap.report.ReportInput;
import dev.airgap.report.ReportTexts;
import dev.airgap.report.RequirementReport;
import dev.airgap.report.document.ReportDocument;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The Maven site page {@code airgap.html}: summary, a path diagram per VPC, the per-subnet comparison table,
 * requirements, violations with their hop-by-hop paths, and costs per region, in the site's language (English or
 * Japanese). Configure it in {@code <reporting>}; it needs maven-site-plugin 3.20.0 or later (Doxia 2). The goal runs
 * the analysis itself (it does not fork a build), with the same parameters as {@code check}.
 * <pre>
 * &lt;reporting&gt;
 *   &lt;plugins&gt;
 *     &lt;plugin&gt;
 *       &lt;groupId&gt;dev.airgap&lt;/groupId&gt;
 *       &lt;artifactId&gt;airgap-maven-plugin&lt;/artifactId&gt;
 *       &lt;reportSets&gt;&lt;reportSet&gt;&lt;reports&gt;&lt;report&gt;report&lt;/report&gt;&lt;/reports&gt;&lt;/reportSet&gt;&lt;/reportSets&gt;
 *     &lt;/plugin&gt;
 *   &lt;/plugins&gt;
 * &lt;/reporting&gt;
 * </pre>
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    /** The page's name: {@code airgap.html}. */
    static final String OUTPUT_NAME = "airgap";

    /** Templates to analyse; as {@code check}'s {@code templates} (default: {@code cdk.out}, {@code src/main/cloudformation}). */
    @Parameter(property = "airgap.templates")
    List<String> templates;

    /** Local templates of nested stacks named by S3 URL; as {@code check}'s {@code nestedTemplates}. */
    @Parameter(property = "airgap.nestedTemplates")
    List<String> nestedTemplates;

    /** Target regions for environment-agnostic stacks; as {@code check}'s {@code regions}. */
    @Parameter(property = "airgap.regions")
    List<String> regions;

    /** Template parameter values as {@code Name=Value}; as {@code check}'s {@code parameters}. */
    @Parameter(property = "airgap.parameters")
    List<String> parameters;

    /** AZ names per region for {@code Fn::GetAZs}, as {@code region=az1 az2}; as {@code check}'s. */
    @Parameter(property = "airgap.availabilityZones")
    List<String> availabilityZones;

    /** Services to analyse ({@code s3}, {@code dynamodb}, …); default {@code s3} plus every service with an endpoint. */
    @Parameter(property = "airgap.services")
    List<String> services;

    /** On-premises CIDR blocks, added to those the templates give. */
    @Parameter(property = "airgap.onPremisesCidrs")
    List<String> onPremisesCidrs;

    /** Questions for every subnet's S3 path, as {@code ACTION BUCKET}; as {@code check}'s {@code accessChecks}. */
    @Parameter(property = "airgap.accessChecks")
    List<String> accessChecks;

    /** Resources trusted not to change routing or filtering, as {@code GLOB=REASON}; as {@code check}'s. */
    @Parameter(property = "airgap.trustedResources")
    List<String> trustedResources;

    /** Deployed stacks to analyse with the local templates (opt-in, calls AWS); as {@code check}'s {@code stacks}. */
    @Parameter(property = "airgap.stacks")
    List<String> stacks;

    /** The region of the deployed {@code stacks} named without ARN; as {@code check}'s. */
    @Parameter(property = "airgap.awsRegion")
    String awsRegion;

    /** The named AWS profile that reads the deployed {@code stacks}; as {@code check}'s. */
    @Parameter(property = "airgap.awsProfile")
    String awsProfile;

    /** A CloudFormation endpoint to call instead of AWS's; as {@code check}'s. */
    @Parameter(property = "airgap.endpointUrl")
    String endpointUrl;

    /** Compare each deployed stack with the local template of the same name; as {@code check}'s. */
    @Parameter(property = "airgap.compare", defaultValue = "false")
    boolean compare;

    /** Currency of the cost figures (ISO code); as {@code check}'s. */
    @Parameter(property = "airgap.currency", defaultValue = "USD")
    String currency;

    /** Units of {@code currency} per USD; required when the currency is not USD. */
    @Parameter(property = "airgap.exchangeRate")
    String exchangeRate;

    /** Hours in a month for monthly figures (730 by default; 720 for 30-day months). */
    @Parameter(property = "airgap.hoursPerMonth", defaultValue = "730")
    String hoursPerMonth;

    /** Traffic to price in GB per month, as {@code KIND:KEY=GB}; as {@code check}'s {@code usage}. */
    @Parameter(property = "airgap.usage")
    List<String> usage;

    /** Prices that replace or add to the bundled catalog, as {@code REGION:ITEM=VALUE [CURRENCY]}. */
    @Parameter(property = "airgap.prices")
    List<String> prices;

    /** A JSON price file in the bundled catalog's format. */
    @Parameter(property = "airgap.pricesFile")
    File pricesFile;

    /** An endpoint-service catalog written by {@code airgap:refresh-endpoint-services}. */
    @Parameter(property = "airgap.availabilityFile")
    File availabilityFile;

    /**
     * The requirements the page shows as passed or failed, with their violations; the same element as
     * {@code check}'s {@code requirements} (see there for every kind). The report never fails the build.
     */
    @Parameter
    List<RequirementBean> requirements;

    /** Skips the report. */
    @Parameter(property = "airgap.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    File basedir;

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getOutputPath() {
        return OUTPUT_NAME;
    }

    @Override
    public String getName(Locale locale) {
        return ReportTexts.of(locale).get("report.name");
    }

    @Override
    public String getDescription(Locale locale) {
        return ReportTexts.of(locale).get("report.description");
    }

    @Override
    public boolean canGenerateReport() {
        return !skip;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        ReportInput input;
        try {
            input = RequirementReport.input(parameters().check(), Version.get());
        } catch (MojoExecutionException e) {
            // the message is the one-line input or configuration error check prints; no stack trace for bad input
            throw new MavenReportException(e.getMessage());
        }
        ReportDocument doc = SiteReport.render(input, locale, getSink());
        Path dir = getReportOutputDirectory().toPath();
        for (ReportDocument.Block b : doc.blocks()) {
            if (b instanceof ReportDocument.Diagram d) {
                Path file = dir.resolve(d.file());
                try {
                    ReportFiles.write(file, ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + d.svg() + "\n")
                            .getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new MavenReportException(WriteErrors.message(file, basedir, e,
                            "the site's <outputDirectory>", getLog()));
                }
            }
        }
    }

    /** This goal's parameters, the same as {@code check}'s. */
    AnalysisParameters parameters() {
        return AnalysisParameters.of(this, getLog());
    }
}
