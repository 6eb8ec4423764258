package dev.airgap.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The one way the loader reads a file: only a regular file (opening a FIFO blocks for ever, a device never ends), its
 * size checked before reading and the read itself stopped one byte past the limit (the file may grow meanwhile).
 * {@link #inside} settles, before anything is read, that a path taken from an input stays inside it after
 * normalisation and symbolic links.
 */
public final class InputFiles {

    private final Consumer<Path> opened;

    /** @param opened told the real path of every file just before it is opened (tests check where reads go) */
    public InputFiles(Consumer<Path> opened) {
        this.opened = opened;
    }

    public static InputFiles standard() {
        return new InputFiles(p -> { });
    }

    /** Why a path was refused, worded to follow its subject ("the templateFile … " + reason). */
    static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;

        private final boolean missing;

        Refused(String reason, boolean missing) {
            super(reason, null, false, false);
            this.missing = missing;
        }

        String reason() {
            return getMessage();
        }

        /** Nothing is there (as opposed to something outside the root, or something that cannot be followed). */
        boolean missing() {
            return missing;
        }
    }

    /**
     * The real path {@code path} leads to, which must be inside {@code root}.
     *
     * @param root      a real path (see {@link Path#toRealPath})
     * @param path      absolute and normalised, resolved against a real folder inside the root
     * @param rootShown the root as messages name it
     * @throws Refused  when the path climbs out of the root by name or through a link, or leads nowhere
     */
    Path inside(Path root, Path path, String rootShown) throws Refused {
        // Lexically outside (../.., an absolute path elsewhere): refused without touching the file system.
        if (!path.startsWith(root)) {
            throw new Refused("leads outside " + rootShown, false);
        }
        Path real;
        try {
            real = path.toRealPath();
        } catch (NoSuchFileException e) {
            throw new Refused(Files.isSymbolicLink(path) ? "is a symbolic link to nothing" : "does not exist",
                    !Files.isSymbolicLink(path));
        } catch (IOException e) {
            // ELOOP and the like: a link loop, or a path component that is not a folder.
            throw new Refused((Files.isSymbolicLink(path) ? "is a symbolic link that " : "") + "cannot be followed ("
                    + e.getClass().getSimpleName() + ")", false);
        }
        if (!real.startsWith(root)) {
            throw new Refused((Files.isSymbolicLink(path) ? "is" : "passes through") + " a symbolic link that leads "
                    + "outside " + rootShown, false);
        }
        return real;
    }

    /**
     * The bytes of a regular file, at most {@code maxBytes} of them.
     *
     * @param real  a real path (already {@link #inside} its root, or named by the user)
     * @param shown the file as messages name it
     * @throws InputException naming the file when it is not a regular file, is too large or cannot be read
     */
    byte[] read(Path real, String shown, long maxBytes) {
        BasicFileAttributes attributes = regularFile(real, shown);
        if (attributes.size() > maxBytes) {
            throw tooLarge(shown, "the file has " + attributes.size() + " bytes, more than the limit of " + maxBytes
                    + " bytes");
        }
        opened.accept(real);
        // NOFOLLOW_LINKS: a link put in the file's place after the check above is not followed.
        try (SeekableByteChannel channel = Files.newByteChannel(real,
                Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
             InputStream in = Channels.newInputStream(channel)) {
            byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > maxBytes) {
                throw tooLarge(shown, "the file grew while being read to more than the limit of " + maxBytes
                        + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new InputException(SourcePosition.of(shown), "cannot be read (" + e.getClass().getSimpleName() + ")",
                    "check the file's permissions");
        }
    }

    /** The attributes of a regular file, refusing directories, devices, FIFOs and sockets without opening them. */
    static BasicFileAttributes regularFile(Path real, String shown) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new InputException(SourcePosition.of(shown), "cannot be read (" + e.getClass().getSimpleName() + ")",
                    "check that the file exists and its permissions");
        }
        if (!a.isRegularFile()) {
            throw new InputException(SourcePosition.of(shown), "is " + kind(a) + ", not a regular file",
                    "a template, manifest.json or tree.json is an ordinary file");
        }
        return a;
    }

    static String kind(BasicFileAttributes a) {
        if (a.isDirectory()) {
            return "a folder";
        }
        return a.isSymbolicLink() ? "a symbolic link" : "a device, FIFO or socket";
    }

    private static InputException tooLarge(String shown, String problem) {
        return new InputException(SourcePosition.of(shown), problem, "check that this is the file you meant: real templates and cloud assemblies are "
                + "far smaller");
    }
}
