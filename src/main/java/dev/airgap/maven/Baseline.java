package dev.airgap.maven;

import dev.airgap.Check;
import dev.airgap.Version;
import dev.airgap.change.Changes;
import dev.airgap.change.Snapshot;
import dev.airgap.change.SnapshotReader;
import dev.airgap.report.RequirementReport;
import dev.airgap.report.json.JsonReport;
import dev.airgap.template.InputException;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The {@code <baseline>} of {@code check} and {@code report}: a previous build's {@code airgap.json}, and what the
 * current build changes against it. The current build is read back from the bytes its own {@code airgap.json} would
 * hold, so a baseline comparison and {@code airgap:diff} of the two files give the same changes.
 */
final class Baseline {

    /** How reports name the current build in messages. */
    static final String CURRENT = "this build";

    private Baseline() {
    }

    /** The changes of the check against the baseline file; a baseline it cannot read is a one-line build error. */
    static Changes changes(File baseline, File basedir, Check check) throws MojoExecutionException {
        return Changes.between(read(baseline, basedir), snapshot(check, CURRENT));
    }

    /** The check as its own {@code airgap.json} would hold it, named {@code name} in messages. */
    static Snapshot snapshot(Check check, String name) {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try {
            JsonReport.write(json, RequirementReport.input(check, Version.get()));
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        try {
            return SnapshotReader.read(json.toByteArray(), name);
        } catch (InputException e) {
            throw new IllegalStateException("this build's own airgap.json does not read back: " + e.getMessage(), e);
        }
    }

    /** Reads one {@code airgap.json}; an unreadable one is a one-line build error naming it as the user did. */
    static Snapshot read(File file, File basedir) throws MojoExecutionException {
        try {
            return SnapshotReader.read(file.toPath(), name(file, basedir));
        } catch (InputException e) {
            throw new MojoExecutionException("airgap: baseline " + e.getMessage());
        }
    }

    /** The file relative to the project when it is inside it, so that reports do not carry the CI machine's paths. */
    static String name(File file, File basedir) {
        Path f = file.toPath().toAbsolutePath().normalize();
        if (basedir != null) {
            Path b = basedir.toPath().toAbsolutePath().normalize();
            if (f.startsWith(b)) {
                return b.relativize(f).toString().replace(File.separatorChar, '/');
            }
        }
        return f.toString();
    }
}
