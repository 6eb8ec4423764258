package dev.airgap.maven;

import dev.airgap.AnalysisResult;
import dev.airgap.Version;
import dev.airgap.cost.CostTable;
import dev.airgap.report.ConsoleSummary;
import dev.airgap.report.JsonReport;
import dev.airgap.report.MarkdownReport;
import dev.airgap.report.ReportInput;
import dev.airgap.report.SarifReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Analyses the templates, writes the reports ({@code airgap.json}) to the output directory and prints a summary.
 * Runs without a project too: {@code mvn dev.airgap:airgap-maven-plugin:VERSION:check -Dairgap.templates=cdk.out}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractPricingMojo {

    private static final Set<String> FORMATS = Set.of("json", "sarif", "md");

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

    @Override
    public void execute() throws MojoExecutionException {
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
        AnalysisResult result = analyze();
        ConsoleSummary.lines(result.run(), result.paths()).forEach(getLog()::info);
        CostTable.render(result.costs()).lines().forEach(getLog()::info);
        if (chosen.contains("json")) {
            Path json = outputDirectory.toPath().resolve("airgap.json");
            try {
                Files.createDirectories(outputDirectory.toPath());
                JsonReport.write(json, result, Version.get());
            } catch (IOException e) {
                throw new MojoExecutionException("airgap: cannot write " + json + ": " + e.getMessage(), e);
            }
            getLog().info("airgap: wrote " + json);
        }
        writeOtherFormats(chosen, ReportInput.of(result, Version.get()));
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
                throw new MojoExecutionException("airgap: cannot write " + file + ": " + e.getMessage(), e);
            }
            getLog().info("airgap: wrote " + file);
        }
    }
}
