package dev.airgap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports are moved into place: a link at the report's name is replaced, never followed; failures say why. */
class ReportFilesTest {

    private static final byte[] REPORT = "# report\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void aLinkAtTheReportsNameIsReplacedAndTheFileItPointsToIsLeftAlone() throws IOException {
        Path canary = Files.writeString(dir.resolve("canary.txt"), "keep me");
        Path out = Files.createDirectories(dir.resolve("target/airgap"));
        Path report = Files.createSymbolicLink(out.resolve("airgap.md"), canary);

        ReportFiles.write(report, REPORT);

        assertThat(Files.readString(canary)).isEqualTo("keep me");
        assertThat(Files.isSymbolicLink(report)).isFalse();
        assertThat(Files.isRegularFile(report, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(Files.readAllBytes(report)).isEqualTo(REPORT);
        assertThat(out).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void aDanglingLinkIsReplacedWithoutCreatingItsTarget() throws IOException {
        Path elsewhere = dir.resolve("elsewhere/created-by-the-link.json");
        Files.createDirectories(elsewhere.getParent());
        Path report = Files.createSymbolicLink(dir.resolve("airgap.json"), elsewhere);

        ReportFiles.write(report, REPORT);

        assertThat(elsewhere).doesNotExist();
        assertThat(Files.isRegularFile(report, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }

    @Test
    void anOutputFolderThatIsALinkIsTheUsersChoiceAndIsWrittenThrough() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path linked = Files.createSymbolicLink(dir.resolve("linked"), real);

        ReportFiles.write(linked.resolve("airgap.json"), REPORT);

        assertThat(Files.readAllBytes(real.resolve("airgap.json"))).isEqualTo(REPORT);
    }

    @Test
    void missingFoldersAreCreatedAndAnExistingReportIsReplaced() throws IOException {
        Path report = dir.resolve("target/airgap/airgap.sarif");
        ReportFiles.write(report, "old".getBytes(StandardCharsets.UTF_8));
        ReportFiles.write(report, REPORT);
        assertThat(Files.readAllBytes(report)).isEqualTo(REPORT);
    }

    @Test
    void aFailedWriteLeavesThePreviousReportWholeAndNoTemporaryFile() throws IOException {
        Path report = Files.write(dir.resolve("airgap.json"), REPORT);

        assertThatThrownBy(() -> ReportFiles.write(report, out -> {
            out.write("{ half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk gone");
        })).hasMessage("disk gone");

        assertThat(Files.readAllBytes(report)).isEqualTo(REPORT);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(report);
        }
    }

    @Test
    void aNewReportGetsTheModeAPlainWriteWouldGive() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.write(dir.resolve("plain.txt"), REPORT);
        Path report = dir.resolve("airgap.json");

        ReportFiles.write(report, REPORT);

        // createTempFile alone would give rw------- and hide the report from the group and others
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)));
    }

    @Test
    void aFileWhereTheFolderShouldBeIsNamedInTheError() throws IOException {
        Files.writeString(dir.resolve("target"), "a file, not a folder");
        Path report = dir.resolve("target/airgap/airgap.json");

        IOException e = catchIo(() -> ReportFiles.write(report, REPORT));

        assertThat(ReportFiles.cannotWrite(Path.of("target/airgap/airgap.json"), e, "airgap.outputDirectory"))
                .isEqualTo("cannot write target/airgap/airgap.json: not a directory: a file is where a folder is "
                        + "needed on the way to it. remove or rename that file or set airgap.outputDirectory");
    }

    @Test
    void anOutputFolderThatIsAFileIsNamedInTheError() throws IOException {
        Path folder = Files.writeString(dir.resolve("airgap"), "a file, not a folder");

        IOException e = catchIo(() -> ReportFiles.write(folder.resolve("airgap.json"), REPORT));

        assertThat(ReportFiles.cannotWrite(Path.of("airgap/airgap.json"), e, "airgap.outputDirectory"))
                .startsWith("cannot write airgap/airgap.json: " + folder.toAbsolutePath() + " is a file, not a folder."
                        + " remove or rename that file or set airgap.outputDirectory");
    }

    @Test
    void aFolderWithTheReportsNameIsNamedInTheError() throws IOException {
        Path report = Files.createDirectories(dir.resolve("airgap.md"));
        Files.writeString(report.resolve("notes.txt"), "mine");

        IOException e = catchIo(() -> ReportFiles.write(report, REPORT));

        assertThat(ReportFiles.cannotWrite(Path.of("airgap.md"), e, "airgap.outputDirectory"))
                .isEqualTo("cannot write airgap.md: is a directory: a folder has the report's name. remove that "
                        + "folder or set airgap.outputDirectory");
        assertThat(report.resolve("notes.txt")).hasContent("mine");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(report);
        }
    }

    @Test
    void aReadOnlyFolderIsPermissionDenied() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root writes through permissions; the mapping itself is checked below whoever runs the tests
            assumeTrue(!Files.isWritable(out), "running as root: folder permissions do not stop writes");
            IOException e = catchIo(() -> ReportFiles.write(out.resolve("airgap.json"), REPORT));
            assertThat(ReportFiles.cannotWrite(Path.of("out/airgap.json"), e, "airgap.outputDirectory"))
                    .isEqualTo("cannot write out/airgap.json: permission denied. check the folder's permissions or "
                            + "set airgap.outputDirectory");
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void theOperatingSystemsReasonBecomesWords() {
        Path shown = Path.of("target/airgap/airgap.json");
        // the JDK's own messages for these are only the path
        assertThat(ReportFiles.cannotWrite(shown, new AccessDeniedException("/abs/target/airgap/.airgap.json.tmp"),
                "airgap.outputDirectory")).isEqualTo("cannot write target/airgap/airgap.json: permission denied. "
                + "check the folder's permissions or set airgap.outputDirectory");
        assertThat(ReportFiles.cannotWrite(shown, new FileSystemException("/abs/target/airgap", null,
                "Read-only file system"), "airgap.outputDirectory")).isEqualTo("cannot write "
                + "target/airgap/airgap.json: read-only file system. write to a writable file system or set "
                + "airgap.outputDirectory");
        assertThat(ReportFiles.cannotWrite(shown, new FileSystemException("/abs", null, "No space left on device"),
                "airgap.outputDirectory")).contains(": no space left on the device. free some space or set");
        assertThat(ReportFiles.cannotWrite(shown, new IOException("Stale file handle\u001b[31m"),
                "airgap.outputDirectory")).contains(": Stale file handle\\u001B[31m. check the folder")
                .doesNotContain("\u001b");
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static IOException catchIo(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            return e;
        }
        throw new AssertionError("the write should have failed");
    }
}
