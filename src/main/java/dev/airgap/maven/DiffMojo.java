package dev.airgap.maven;

import dev.airgap.change.Changes;
import dev.airgap.report.document.ChangeSection;
import dev.airgap.report.markdown.MarkdownReport;
import dev.airgap.report.ReportFiles;
import dev.airgap.template.Excerpt;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares two {@code airgap.json} files, without a project and without analysing anything: prints what the change
 * does to the network (regressions first, then improvements, then the other changes) and writes it as
 * {@code airgap-diff.md}, the text a pull-request comment shows. Never fails on what it finds; a file it cannot read
 * is a build error.
 * <pre>
 * mvn dev.airgap:airgap-maven-plugin:VERSION:diff -Dairgap.baseline=old/airgap.json -Dairgap.current=new/airgap.json
 * </pre>
 */
@Mojo(name = "diff", threadSafe = true, requiresProject = false)
public class DiffMojo extends AbstractMojo {

    /** The earlier build's {@code airgap.json}. */
    @Parameter(property = "airgap.baseline", required = true)
    File baseline;

    /** The later build's {@code airgap.json}. */
    @Parameter(property = "airgap.current", required = true)
    File current;

    /** Where {@code airgap-diff.md} is written. */
    @Parameter(property = "airgap.outputDirectory", defaultValue = "${project.build.directory}/airgap")
    File outputDirectory;

    /** Skips the goal. */
    @Parameter(property = "airgap.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    File basedir;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("airgap: skipped");
            return;
        }
        Changes changes = Changes.between(Baseline.read(baseline, basedir), Baseline.read(current, basedir));
        changes.lines().forEach(line -> getLog().info(Excerpt.escapeControls(line)));
        Path file = outputDirectory.toPath().resolve("airgap-diff.md");
        try {
            ReportFiles.write(file, MarkdownReport.render(ChangeSection.document(changes, Locale.ENGLISH))
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MojoExecutionException(WriteErrors.message(file, basedir, e, "airgap.outputDirectory",
                    getLog()));
        }
        getLog().info("airgap: wrote " + file);
    }
}
