package dev.airgap.maven;

import dev.airgap.template.Excerpt;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;

/** Which violations fail the build: all of them, or only those not in the {@code <baseline>}. */
enum FailOn {
    ALL, NEW;

    /**
     * {@code all} or {@code new}, any case; anything else is a configuration error naming both, and so is
     * {@code new} without a baseline (every violation would be new: the setting would silently mean {@code all}).
     */
    static FailOn parse(String text, boolean baseline) throws MojoExecutionException {
        FailOn mode = parse(text);
        if (mode == NEW && !baseline) {
            throw new MojoExecutionException("airgap: <failOn> new needs a <baseline> to tell new violations from "
                    + "old ones: set -Dairgap.baseline=path/to/previous/airgap.json, or -Dairgap.failOn=all");
        }
        return mode;
    }

    private static FailOn parse(String text) throws MojoExecutionException {
        String t = text == null || text.isBlank() ? "all" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "all" -> ALL;
            case "new" -> NEW;
            default -> throw new MojoExecutionException("airgap: <failOn> '" + Excerpt.of(text)
                    + "' is neither 'all' (every violation fails the build) nor 'new' (only violations not in the "
                    + "<baseline> fail)");
        };
    }
}
