package dev.airgap.maven;

import dev.airgap.Check;
import dev.airgap.Version;
import dev.airgap.report.ReportFiles;
import dev.airgap.report.ReportInput;
import dev.airgap.report.RequirementReport;
import dev.airgap.report.json.JsonReport;
import dev.airgap.report.markdown.MarkdownReport;
import dev.airgap.report.sarif.SarifReport;
import dev.airgap.report.text.ConsoleSummary;
import dev.airgap.report.text.CostTable;
import dev.airgap.report.text.ViolationLog;
import dev.airgap.require.Evaluation;
import dev.airgap.require.Requirement;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Analyses the templates, judges the {@code <requirements>}, writes the reports ({@code airgap.json}) to the output
 * directory, prints a summary and one block per violation, and then fails the build if a requirement is violated.
 * Runs without a project too: {@code mvn dev.airgap:airgap-maven-plugin:VERSION:check -Dairgap.templates=cdk.out}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractPricingMojo {

    /** Where the reports are written. */
    @Parameter(property = "airgap.outputDirectory", defaultValue = "${project.build.directory}/airgap")
    File outputDirectory;

    /**
     * Report formats to write, comma-separated: {@code json} ({@code airgap.json}, the full contract), {@code sarif}
     * ({@code airgap.sarif}, SARIF 2.1.0 for code scanning), {@code md} ({@code airgap.md}, a Markdown summary for CI
     * job summaries).
     */
    @Parameter(property = "airgap.formats", defaultValue = "json,sarif,md")
    List<String> formats;

    /** Fail the build when a requirement is violated; {@code false} only logs the violations as warnings. */
    @Parameter(property = "airgap.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    /**
     * The network requirements the templates must meet, each chosen by its element name; all violations are reported
     * together and fail the build (see {@code failOnViolation}). Kinds: {@code noInternet}, {@code privateAccess},
     * {@code onPremisesAccess}, {@code allowedBuckets}, {@code maxMonthlyCost}, {@code availableInRegions},
     * {@code workloadNeeds}. Every
     * requirement takes {@code <id>} (names it in messages), {@code <allowUnknown>} (default false: a verdict the
     * analysis cannot decide fails it) and any number of {@code <except>} elements with a mandatory {@code <reason>}.
     * Selectors ({@code <subnets>}, {@code <vpcs>}) are comma-separated: {@code *}, logical-ID globs, CDK path globs
     * ({@code NetworkStack/Vpc/Isolated*}), {@code stack/logicalId}, {@code tag:KEY=VALUE}; a selector that matches
     * nothing is a violation. Resources can also be exempted in the template with metadata
     * {@code airgap:suppress: [{requirement: ID, reason: WHY}]}.
     * <pre>
     * &lt;requirements&gt;
     *   &lt;noInternet&gt;
     *     &lt;subnets&gt;tag:aws-cdk:subnet-type=Isolated&lt;/subnets&gt;
     *   &lt;/noInternet&gt;
     *   &lt;privateAccess&gt;
     *     &lt;subnets&gt;*&lt;/subnets&gt;
     *     &lt;services&gt;s3,dynamodb&lt;/services&gt;
     *   &lt;/privateAccess&gt;
     *   &lt;onPremisesAccess&gt;
     *     &lt;services&gt;s3&lt;/services&gt;
     *     &lt;cidrs&gt;192.168.0.0/16&lt;/cidrs&gt;
     *   &lt;/onPremisesAccess&gt;
     *   &lt;allowedBuckets&gt;
     *     &lt;subnets&gt;*&lt;/subnets&gt;
     *     &lt;buckets&gt;test-us-west-bt&lt;/buckets&gt;
     *     &lt;except&gt;&lt;subnet&gt;Tools*&lt;/subnet&gt;&lt;reason&gt;build tooling, reviewed in SEC-12&lt;/reason&gt;&lt;/except&gt;
     *   &lt;/allowedBuckets&gt;
     *   &lt;maxMonthlyCost&gt;
     *     &lt;amount&gt;5000&lt;/amount&gt;
     *     &lt;currency&gt;JPY&lt;/currency&gt;
     *     &lt;exchangeRate&gt;150&lt;/exchangeRate&gt;
     *   &lt;/maxMonthlyCost&gt;
     *   &lt;availableInRegions/&gt;
     *   &lt;workloadNeeds&gt;&lt;privateOnly&gt;true&lt;/privateOnly&gt;&lt;/workloadNeeds&gt;
     * &lt;/requirements&gt;
     * </pre>
     */
    @Parameter
    List<RequirementBean> requirements;

    /** The configured requirements; a malformed one is a configuration error, whatever failOnViolation says. */
    List<Requirement> requirementList() throws MojoExecutionException {
        return parameters().requirementList();
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("airgap: skipped");
            return;
        }
        ReportOutput output = ReportOutput.of(formats, outputDirectory, basedir, getLog());
        Check check = parameters().check();
        ConsoleSummary.lines(check.analysis().run(), check.analysis().paths()).forEach(getLog()::info);
        CostTable.render(check.analysis().costs()).lines().forEach(getLog()::info);
        Evaluation evaluation = check.evaluation();
        if (!check.requirements().isEmpty()) {
            ViolationLog.lines(evaluation, check.requirements().size(), failOnViolation).forEach(this::log);
        }
        ReportInput input = RequirementReport.input(check, Version.get());
        Path json = output.write("json", file -> ReportFiles.write(file, out -> JsonReport.write(out, input)));
        output.write("sarif", file -> SarifReport.write(file, input));
        output.write("md", file -> MarkdownReport.write(file, input, Locale.ENGLISH));
        if (!evaluation.passed()) {
            String message = ViolationLog.failure(evaluation, json);
            if (failOnViolation) {
                throw new MojoFailureException(message);
            }
            getLog().warn(message + " (failOnViolation is false: the build goes on)");
        }
    }

    private void log(ViolationLog.Line line) {
        switch (line.level()) {
            case ERROR -> getLog().error(line.text());
            case WARN -> getLog().warn(line.text());
            default -> getLog().info(line.text());
        }
    }
}
