package dev.airgap.maven;

import dev.airgap.Check;
import dev.airgap.Version;
import dev.airgap.change.Changes;
import dev.airgap.report.ReportInput;
import dev.airgap.report.RequirementReport;
import dev.airgap.report.text.ConsoleSummary;
import dev.airgap.report.text.CostTable;
import dev.airgap.report.text.ViolationLog;
import dev.airgap.require.Evaluation;
import dev.airgap.require.Requirement;
import dev.airgap.require.Violation;
import dev.airgap.template.Excerpt;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * A previous build's {@code airgap.json} (typically the main branch's last one, fetched by CI) to compare with:
     * {@code airgap.md} then opens with what this change does to the network (regressions first), {@code airgap.json}
     * carries {@code changes}, and {@code airgap.sarif} lists only the violations that are new against it. A file of
     * another schema version, or unreadable, is a build error.
     */
    @Parameter(property = "airgap.baseline")
    File baseline;

    /**
     * Which violations fail the build: {@code all} (every one, the default) or {@code new} (only those not in the
     * {@code <baseline>}; the baseline's own are logged as warnings) — the way to adopt airgap on infrastructure that
     * already exists without waiving everything. {@code new} needs a {@code <baseline>}.
     */
    @Parameter(property = "airgap.failOn", defaultValue = "all")
    String failOn;

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
        FailOn mode = FailOn.parse(failOn, baseline != null);
        AnalysisParameters parameters = parameters();
        Check check = parameters.check();
        Changes changes = parameters.changes(check);
        ConsoleSummary.lines(check.analysis().run(), check.analysis().paths()).forEach(getLog()::info);
        CostTable.render(check.analysis().costs()).lines().forEach(getLog()::info);
        if (changes != null) {
            changes.lines().forEach(line -> getLog().info(Excerpt.escapeControls(line)));
        }
        Evaluation evaluation = check.evaluation();
        // What fails the build: every violation, or with failOn=new those the baseline did not have.
        Evaluation gate = mode == FailOn.NEW ? newOnly(evaluation, changes) : evaluation;
        if (!check.requirements().isEmpty()) {
            List<ViolationLog.Line> lines = new ArrayList<>(ViolationLog.lines(gate, check.requirements().size(),
                    failOnViolation));
            if (gate.passed() && !evaluation.passed()) {
                // Not "requirements met": they are not, only nothing is new.
                lines.set(lines.size() - 1, new ViolationLog.Line(ViolationLog.Level.INFO, Excerpt.escapeControls(
                        "airgap: no violation is new against the baseline " + changes.baseline())));
            }
            lines.forEach(this::log);
        }
        ReportInput input = RequirementReport.input(check, Version.get()).withChanges(changes);
        Path json = output.writeAll(input);
        if (!gate.passed()) {
            String message = ViolationLog.failure(gate, json);
            if (mode == FailOn.NEW) {
                message = message.replaceFirst("^airgap: ", "airgap: new against the baseline "
                        + Excerpt.escapeControls(changes.baseline()) + ": ");
            }
            if (failOnViolation) {
                throw new MojoFailureException(message);
            }
            getLog().warn(message + " (failOnViolation is false: the build goes on)");
        }
    }

    /**
     * The violations that are new against the baseline; the baseline's own are logged as warnings, one block each,
     * so that they stay visible while they do not fail the build.
     */
    private Evaluation newOnly(Evaluation evaluation, Changes changes) {
        Evaluation fresh = changes.newOnly(evaluation);
        List<Violation> old = evaluation.violations().stream().filter(v -> !fresh.violations().contains(v)).toList();
        if (!old.isEmpty()) {
            getLog().warn(Excerpt.escapeControls("airgap: " + old.size() + " violation" + (old.size() == 1 ? " is"
                    : "s are") + " already in the baseline " + changes.baseline()
                    + " (failOn=new: logged, not failing the build)"));
            old.forEach(v -> ViolationLog.block(v).forEach(getLog()::warn));
        }
        return fresh;
    }

    private void log(ViolationLog.Line line) {
        switch (line.level()) {
            case ERROR -> getLog().error(line.text());
            case WARN -> getLog().warn(line.text());
            default -> getLog().info(line.text());
        }
    }
}
