package dev.airgap.report;

import dev.airgap.template.Excerpt;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;

/**
 * Writes every file the plugin produces (reports, diagrams, refreshed catalogs) the one safe way: into a temporary
 * file in the target's own folder, then moved onto the target's name. A move replaces whatever has that name, so a
 * symbolic link planted at {@code airgap.md} is replaced by the report rather than followed to overwrite the file it
 * points to, and a failed run leaves the previous file whole rather than half written. The target's folder is created
 * when missing and trusted as configured (it may itself be a link: that is the user's {@code outputDirectory}).
 */
public final class ReportFiles {

    /** What a report writes into the stream it is given (the stream is closed by {@link #write(Path, Content)}). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private ReportFiles() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Writes {@code content} to {@code target}, replacing (never following) what is there. */
    public static void write(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName() + "-", ".tmp", permissions(dir));
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                // some file systems cannot rename atomically; this move still removes a link rather than follow it
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * The mode a plain {@code Files.write} would give: createTempFile's default is owner-only, which would turn a
     * world-readable {@code airgap.json} into a private one. The process's umask still applies, as for any new file.
     */
    private static FileAttribute<?>[] permissions(Path dir) {
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-rw-rw-"))};
    }

    /**
     * The one-line error for a file that could not be written, in words: the JDK's message for a denied write is the
     * bare path, which does not say what went wrong. For example {@code cannot write target/airgap/airgap.json:
     * permission denied. check the folder's permissions or set airgap.outputDirectory}.
     *
     * @param shown   the target as the message names it (relative to the project where possible)
     * @param setting the parameter that chooses the target, offered as the other way out
     */
    public static String cannotWrite(Path shown, IOException e, String setting) {
        Failure f = Failure.of(e);
        return "cannot write " + Excerpt.escapeControls(shown.toString()) + ": " + f.reason() + ". " + f.remedy()
                + " or set " + setting;
    }

    /** What the operating system said, and what the user can do about it. */
    private record Failure(String reason, String remedy) {

        static Failure of(IOException e) {
            if (e instanceof AccessDeniedException) {
                return new Failure("permission denied", "check the folder's permissions");
            }
            if (e instanceof FileAlreadyExistsException x) {
                // Files.createDirectories met a file where the folder should be
                return new Failure(shownFile(x) + " is a file, not a folder", "remove or rename that file");
            }
            if (e instanceof NoSuchFileException x) {
                return new Failure(shownFile(x) + " does not exist (a broken link on the way?)",
                        "create the folder");
            }
            if (e instanceof FileSystemException x && x.getReason() != null) {
                String reason = x.getReason().toLowerCase(Locale.ROOT);
                if (reason.contains("not a directory")) {
                    return new Failure("not a directory: a file is where a folder is needed on the way to it",
                            "remove or rename that file");
                }
                if (reason.contains("is a directory")) {
                    return new Failure("is a directory: a folder has the report's name", "remove that folder");
                }
                if (reason.contains("read-only file system")) {
                    return new Failure("read-only file system", "write to a writable file system");
                }
                if (reason.contains("no space left")) {
                    return new Failure("no space left on the device", "free some space");
                }
                return new Failure(Excerpt.of(reason), "check the folder");
            }
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Failure(Excerpt.of(message), "check the folder");
        }

        private static String shownFile(FileSystemException e) {
            return e.getFile() == null ? "a path on the way" : Excerpt.escapeControls(e.getFile());
        }
    }
}
