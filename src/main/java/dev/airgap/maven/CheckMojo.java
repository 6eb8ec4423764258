package dev.airgap.maven;

import dev.airgap.AnalysisResult;
import dev.airgap.Version;
import dev.airgap.cost.CostTable;
import dev.airgap.report.ConsoleSummary;
import dev.airgap.report.JsonReport;
import dev.airgap.report.MarkdownReport;
import dev.airgap.report.ReportInput;
import dev.airgap.report.RequirementReport;
import dev.airgap.report.SarifReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import dev.airgap.AnalysisRequest;
import dev.airgap.Analyzer;
import dev.airgap.require.Evaluation;
import dev.airgap.require.Evidence;
import dev.airgap.require.Needs;
import dev.airgap.require.Requirement;
import dev.airgap.require.RequirementEvaluator;
import dev.airgap.require.RequirementException;
import dev.airgap.require.Violation;
import dev.airgap.require.Waived;
import dev.airgap.template.Excerpt;
import dev.airgap.template.InputException;
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

    private static final Set<String> FORMATS = Set.of("json", "sarif", "md");

    /** What a user sets to write the reports elsewhere, as write errors suggest. */
    private static final String OUTPUT_SETTING = "airgap.outputDirectory";

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

    // ---- requirements (issue 6): the parameter, the evaluation and the failure --------------------------------------

    /**
     * The network requirements the templates must meet, each chosen by its element name; all violations are reported
     * together and fail the build (see {@code failOnViolation}). Kinds: {@code noInternet}, {@code privateAccess},
     * {@code onPremisesAccess}, {@code allowedBuckets}, {@code maxMonthlyCost}, {@code availableInRegions}. Every
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
     * &lt;/requirements&gt;
     * </pre>
     */
    @Parameter
    List<RequirementBean> requirements;

    /** The configured requirements; a malformed one is a configuration error, whatever failOnViolation says. */
    List<Requirement> requirementList() throws MojoExecutionException {
        List<Requirement> out = new ArrayList<>();
        if (requirements != null) {
            for (RequirementBean bean : requirements) {
                if (bean == null) {
                    continue;
                }
                try {
                    out.add(bean.toRequirement());
                } catch (RequirementException e) {
                    throw new MojoExecutionException("airgap: <requirements>: " + e.getMessage());
                }
            }
        }
        return out;
    }

    /**
     * Runs the analysis with what the requirements need: their on-premises CIDRs, and the services they name (when
     * the default set left one out, the analysis runs again with it added).
     */
    AnalysisResult analyze(List<Requirement> reqs) throws MojoExecutionException {
        Needs needs = Needs.of(reqs);
        AnalysisRequest base = request();
        List<String> onPrem = new ArrayList<>(new LinkedHashSet<>(base.onPremisesCidrs()));
        needs.onPremisesCidrs().stream().filter(c -> !onPrem.contains(c)).forEach(onPrem::add);
        AnalysisRequest request = base.withOnPremisesCidrs(onPrem);
        AnalysisResult result = analyze(request);
        List<String> services = new ArrayList<>(result.paths().services());
        needs.services().stream().filter(s -> !services.contains(s)).forEach(services::add);
        if (services.size() == result.paths().services().size()) {
            return result;
        }
        // A requirement names a service the default set (s3 + every service with an endpoint) left out.
        return analyze(request.withServices(services));
    }

    Evaluation evaluate(List<Requirement> reqs, AnalysisResult result) throws MojoExecutionException {
        try {
            return new RequirementEvaluator(Evidence.of(result)).evaluate(reqs);
        } catch (RequirementException e) {
            throw new MojoExecutionException("airgap: " + e.getMessage());
        }
    }

    /** Logs every violation as a block (errors, or warnings when the build is not to fail) and the total. */
    private void log(Evaluation evaluation, int count) {
        boolean fail = failOnViolation;
        for (Violation v : evaluation.violations()) {
            for (String line : ViolationLog.block(v)) {
                if (fail) {
                    getLog().error(line);
                } else {
                    getLog().warn(line);
                }
            }
        }
        for (Waived w : evaluation.waived()) {
            getLog().info(ViolationLog.waived(w));
        }
        evaluation.unusedExceptions().forEach(u -> getLog().warn(Excerpt.escapeControls("airgap: " + u)));
        String total = ViolationLog.total(evaluation, count);
        if (evaluation.passed()) {
            getLog().info(total);
        } else if (fail) {
            getLog().error(total);
        } else {
            getLog().warn(total);
        }
    }

    // ---- end of requirements ---------------------------------------------------------------------------------------

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("airgap: skipped");
            return;
        }
        List<String> chosen = clean(formats);
        for (String format : chosen) {
            if (!FORMATS.contains(format)) {
                throw new MojoExecutionException("airgap: unknown report format '" + format + "' in <formats>; "
                        + "available: " + String.join(", ", FORMATS.stream().sorted().toList()));
            }
        }
        List<Requirement> reqs = requirementList();
        AnalysisResult result = analyze(reqs);
        ConsoleSummary.lines(result.run(), result.paths()).forEach(getLog()::info);
        CostTable.render(result.costs()).lines().forEach(getLog()::info);
        Evaluation evaluation = evaluate(reqs, result);
        if (!reqs.isEmpty()) {
            log(evaluation, reqs.size());
        }
        Path json = null;
        if (chosen.contains("json")) {
            json = outputDirectory.toPath().resolve("airgap.json");
            try {
                JsonReport.write(json, result, Version.get(), evaluation.violations());
            } catch (IOException e) {
                throw new MojoExecutionException(WriteErrors.message(json, basedir, e, OUTPUT_SETTING, getLog()));
            }
            getLog().info("airgap: wrote " + json);
        }
        writeOtherFormats(chosen, RequirementReport.input(result, reqs, evaluation, Version.get()));
        if (!evaluation.passed()) {
            String message = ViolationLog.failure(evaluation, json);
            if (failOnViolation) {
                throw new MojoFailureException(message);
            }
            getLog().warn(message + " (failOnViolation is false: the build goes on)");
        }
    }

    /** {@code airgap.sarif} and {@code airgap.md}, when chosen. */
    private void writeOtherFormats(List<String> chosen, ReportInput input) throws MojoExecutionException {
        for (String format : List.of("sarif", "md")) {
            if (!chosen.contains(format)) {
                continue;
            }
            Path file = outputDirectory.toPath().resolve("airgap." + format);
            try {
                if (format.equals("sarif")) {
                    SarifReport.write(file, input);
                } else {
                    MarkdownReport.write(file, input, Locale.ENGLISH);
                }
            } catch (IOException e) {
                throw new MojoExecutionException(WriteErrors.message(file, basedir, e, OUTPUT_SETTING, getLog()));
            }
            getLog().info("airgap: wrote " + file);
        }
    }
}
