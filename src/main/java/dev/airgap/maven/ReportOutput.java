package dev.airgap.maven;

import dev.airgap.change.Changes;
import dev.airgap.report.ReportFiles;
import dev.airgap.report.ReportInput;
import dev.airgap.report.json.JsonReport;
import dev.airgap.report.markdown.MarkdownReport;
import dev.airgap.report.sarif.SarifReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * The report files the goals write: {@code airgap.FORMAT} for the formats chosen in {@code <formats>}, and any other
 * report file ({@code airgap-diff.md}); a file that cannot be written fails the goal with one line.
 */
final class ReportOutput {

    static final Set<String> FORMATS = Set.of("json", "sarif", "md");

    /** What a user sets to write the reports elsewhere, as write errors suggest. */
    private static final String OUTPUT_SETTING = "airgap.outputDirectory";

    /** A report writer that may fail on the file system. */
    interface Writer {
        void write(Path file) throws IOException;
    }

    private final List<String> chosen;
    private final File directory;
    private final File basedir;
    private final Log log;

    private ReportOutput(List<String> chosen, File directory, File basedir, Log log) {
        this.chosen = chosen;
        this.directory = directory;
        this.basedir = basedir;
        this.log = log;
    }

    /** @throws MojoExecutionException for a format that does not exist, before anything is analysed */
    static ReportOutput of(List<String> formats, File directory, File basedir, Log log)
            throws MojoExecutionException {
        List<String> chosen = AnalysisParameters.clean(formats);
        for (String format : chosen) {
            if (!FORMATS.contains(format)) {
                throw new MojoExecutionException("airgap: unknown report format '" + format + "' in <formats>; "
                        + "available: " + String.join(", ", FORMATS.stream().sorted().toList()));
            }
        }
        return new ReportOutput(chosen, directory, basedir, log);
    }

    /**
     * Writes the chosen formats of {@code input}: {@code airgap.json}, {@code airgap.sarif} (with a baseline, only the
     * violations new against it) and {@code airgap.md}. Returns the {@code airgap.json} written, or null.
     */
    Path writeAll(ReportInput input) throws MojoExecutionException {
        Path json = write("json", file -> ReportFiles.write(file, out -> JsonReport.write(out, input)));
        // Code scanning shows a pull request the alerts it adds: with a baseline, only the new violations.
        Changes changes = input.changes();
        ReportInput sarif = changes == null ? input : new ReportInput(input.analysis(), input.requirements(),
                changes.newOf(input.violations()), input.toolVersion(), changes);
        write("sarif", file -> SarifReport.write(file, sarif));
        write("md", file -> MarkdownReport.write(file, input, Locale.ENGLISH));
        return json;
    }

    /** Writes {@code airgap.FORMAT} when the format is chosen; the file, or null when it is not. */
    Path write(String format, Writer writer) throws MojoExecutionException {
        if (!chosen.contains(format)) {
            return null;
        }
        Path file = directory.toPath().resolve("airgap." + format);
        write(file, writer, basedir, log);
        return file;
    }

    /** Writes one report file and logs it; the goal's one-line error when the file system refuses. */
    static void write(Path file, Writer writer, File basedir, Log log) throws MojoExecutionException {
        try {
            writer.write(file);
        } catch (IOException e) {
            throw new MojoExecutionException(WriteErrors.message(file, basedir, e, OUTPUT_SETTING, log));
        }
        log.info("airgap: wrote " + file);
    }
}
