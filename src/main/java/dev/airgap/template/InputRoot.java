package dev.airgap.template;

import java.nio.file.Path;

/**
 * The folder that what is read because of one input must stay inside: the real path checks containment, the path as
 * the user named it is how messages show the files below it (a {@code cdk.out} that is itself a link still shows as
 * {@code cdk.out/…}).
 *
 * @param real    the root after symbolic links ({@link Path#toRealPath})
 * @param shownAs the root as named, absolute and normalised
 */
record InputRoot(Path real, Path shownAs) {

    /** Where a real path below the root shows in messages. */
    Path shown(Path realBelow) {
        return realBelow.startsWith(real) ? shownAs.resolve(real.relativize(realBelow).toString()) : realBelow;
    }
}
