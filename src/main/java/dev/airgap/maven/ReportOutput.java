package dev.airgap.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/** The {@code airgap.FORMAT} files of the formats chosen in {@code <formats>}; a file that cannot be written fails. */
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

    /** Writes {@code airgap.FORMAT} when the format is chosen; the file, or null when it is not. */
    Path write(String format, Writer writer) throws MojoExecutionException {
        if (!chosen.contains(format)) {
            return null;
        }
        Path file = directory.toPath().resolve("airgap." + format);
        try {
            writer.write(file);
        } catch (IOException e) {
            throw new MojoExecutionException(WriteErrors.message(file, basedir, e, OUTPUT_SETTING, log));
        }
        log.info("airgap: wrote " + file);
        return file;
    }
}
