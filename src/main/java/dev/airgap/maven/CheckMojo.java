package dev.airgap.maven;

import dev.airgap.AnalysisRequest;
import dev.airgap.AnalysisResult;
import dev.airgap.Analyzer;
import dev.airgap.resolve.ResolveOptions;
import dev.airgap.template.InputException;
import java.io.File;
import java.util.List;
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
public class CheckMojo extends AbstractAirgapMojo {

    private static final Set<String> FORMATS = Set.of("json");

    /** Where the reports are written. */
    @Parameter(property = "airgap.outputDirectory", defaultValue = "${project.build.directory}/airgap")
    File outputDirectory;

    /** Report formats to write, comma-separated. Available: {@code json} ({@code airgap.json}). */
    @Parameter(property = "airgap.formats", defaultValue = "json")
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
        for (String format : clean(formats)) {
            if (!FORMATS.contains(format)) {
                throw new MojoExecutionException("airgap: unknown report format '" + format + "' in <formats>; "
                        + "available: " + String.join(", ", FORMATS.stream().sorted().toList()));
            }
        }
        AnalysisResult result;
        try {
            result = new Analyzer().analyze(request());
        } catch (InputException e) {
            throw inputError(e);
        }
        getLog().info("airgap: " + result.stacks().size() + " stack(s) read");
    }

    AnalysisRequest request() throws MojoExecutionException {
        ResolveOptions options = new ResolveOptions(parameterValues(), clean(regions), zoneOverrides());
        return new AnalysisRequest(basedir.toPath(), templatePaths(), options, clean(services), getLog()::debug,
                w -> getLog().warn("airgap: " + w));
    }
}
