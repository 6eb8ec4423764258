package dev.airgap.maven;

import dev.airgap.report.ReportFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.logging.Log;

/**
 * The build error for a file a goal could not write: one line with the operating system's reason and the parameter
 * that moves the file elsewhere. The exception is not chained (Maven would append its bare-path message to the line);
 * its stack trace goes to the debug log (-X).
 */
final class WriteErrors {

    private WriteErrors() {
    }

    /** {@code airgap: cannot write target/airgap/airgap.json: permission denied. check … or set SETTING}. */
    static String message(Path file, File basedir, IOException e, String setting, Log log) {
        log.debug(e);
        return "airgap: " + ReportFiles.cannotWrite(shown(file, basedir), e, setting);
    }

    /** The file relative to the project when it is inside it, as the user configured it. */
    private static Path shown(Path file, File basedir) {
        if (basedir == null) {
            return file;
        }
        Path base = basedir.toPath().toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(base) && !abs.equals(base) ? base.relativize(abs) : file;
    }
}
