package dev.airgap.maven;

import dev.airgap.change.Changes;
import dev.airgap.change.Snapshot;
import dev.airgap.change.SnapshotReader;
import dev.airgap.report.document.ChangeSection;
import dev.airgap.report.markdown.MarkdownReport;
import dev.airgap.report.ReportFiles;
import dev.airgap.template.Excerpt;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares two builds without a project: prints what the change does to the network (regressions first, then
 * improvements, then the other changes) and writes it as {@code airgap-diff.md}, the text a pull-request comment
 * shows. Each side is an {@code airgap.json} a build wrote, or templates (a template file, a folder, a
 * {@code cdk.out}) that are analysed here with this goal's parameters ({@code regions}, {@code parameters},
 * {@code requirements}, …) exactly as {@code check} would. Never fails on what it finds; a side it cannot read is a
 * build error.
 * <pre>
 * mvn dev.airgap:airgap-maven-plugin:VERSION:diff -Dairgap.baseline=old/airgap.json -Dairgap.current=new/airgap.json
 * mvn dev.airgap:airgap-maven-plugin:VERSION:diff -Dairgap.baseline=main/cdk.out -Dairgap.current=cdk.out
 * </pre>
 */
@Mojo(name = "diff", threadSafe = true, requiresProject = false)
public class DiffMojo extends AbstractPricingMojo {

    /** The earlier build: its {@code airgap.json}, or its templates (file or folder). */
    @Parameter(property = "airgap.baseline", required = true)
    File baseline;

    /** The later build: its {@code airgap.json}, or its templates (file or folder). */
    @Parameter(property = "airgap.current", required = true)
    File current;

    /** Where {@code airgap-diff.md} is written. */
    @Parameter(property = "airgap.outputDirectory", defaultValue = "${project.build.directory}/airgap")
    File outputDirectory;

    /**
     * The requirements a side given as templates is judged by, as in {@code check}, so that violations new or
     * resolved show among the changes; a side given as {@code airgap.json} keeps the violations it holds.
     */
    @Parameter
    List<RequirementBean> requirements;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("airgap: skipped");
            return;
        }
        Changes changes = Changes.between(side(baseline), side(current));
        changes.lines().forEach(line -> getLog().info(Excerpt.escapeControls(line)));
        byte[] md = MarkdownReport.render(ChangeSection.document(changes, Locale.ENGLISH))
                .getBytes(StandardCharsets.UTF_8);
        ReportOutput.write(outputDirectory.toPath().resolve("airgap-diff.md"), file -> ReportFiles.write(file, md),
                basedir, getLog());
    }

    /** One side of the comparison: read as a report, or analysed as templates. */
    private Snapshot side(File path) throws MojoExecutionException {
        File resolved = path.isAbsolute() || basedir == null ? path : new File(basedir, path.getPath());
        if (SnapshotReader.isReport(resolved.toPath())) {
            return Baseline.read(resolved, basedir);
        }
        AnalysisParameters parameters = parameters();
        parameters.templates = List.of(path.getPath());
        parameters.baseline = null;
        return Baseline.snapshot(parameters.check(), Baseline.name(resolved, basedir));
    }
}
