package dev.airgap.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that never end, block on open or are far too large are refused by what the file system says of them, before
 * a byte is read. The timeouts only guard against a hang; the assertions are on the located error.
 */
class BoundedReadTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    private Project project;

    @BeforeEach
    void setUp() throws IOException {
        project = new Project(temp);
    }

    private InputException refused(String... inputs) {
        return assertTimeoutPreemptively(HANG_GUARD,
                () -> catchThrowableOfType(InputException.class, () -> project.load(inputs)));
    }

    @Test
    void aFifoAsTemplateFileIsRefusedWithoutOpeningIt() throws IOException {
        Files.createDirectories(project.base.resolve("cdk.out"));
        assumeTrue(Project.mkfifo(project.base.resolve("cdk.out/S.template.json")), "mkfifo is not available");
        project.stackManifest("cdk.out", "\"S.template.json\"");

        InputException e = refused("cdk.out");

        assertThat(e.getMessage()).startsWith("cdk.out/S.template.json: is a device, FIFO or socket, not a regular "
                + "file");
        assertThat(project.opened).noneMatch(p -> p.endsWith("S.template.json"));
    }

    @Test
    void aFifoWithATemplateNameInASearchedFolderIsRefused() throws IOException {
        Files.createDirectories(project.base.resolve("cfn"));
        assumeTrue(Project.mkfifo(project.base.resolve("cfn/pipe.yaml")), "mkfifo is not available");
        project.write("cfn/vpc.yaml", Project.VPC);

        assertThat(refused("cfn").getMessage()).startsWith("cfn/pipe.yaml: is a device, FIFO or socket, not a "
                + "regular file: it is not read");
    }

    @Test
    void aFifoAsManifestIsRefused() throws IOException {
        Files.createDirectories(project.base.resolve("cdk.out"));
        assumeTrue(Project.mkfifo(project.base.resolve("cdk.out/manifest.json")), "mkfifo is not available");

        assertThat(refused("cdk.out").getMessage()).startsWith("cdk.out/manifest.json: is a device, FIFO or socket");
    }

    @Test
    void devZeroNamedExplicitlyIsRefused() {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero");
        assertThat(refused("/dev/zero").getMessage()).startsWith("/dev/zero: is a device, FIFO or socket, not a "
                + "regular file");
    }

    @Test
    void aSparseFileFarLargerThanTheLimitIsRefusedBeforeReading() throws IOException {
        Path big = project.base.resolve("cdk.out/S.template.json");
        Files.createDirectories(big.getParent());
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(3L << 30);
        }
        project.stackManifest("cdk.out", "\"S.template.json\"");

        InputException e = refused("cdk.out");

        assertThat(e.getMessage()).startsWith("cdk.out/S.template.json: the file has 3221225472 bytes, more than the "
                + "limit of 8388608 bytes");
        assertThat(project.opened).noneMatch(p -> p.endsWith("S.template.json"));
    }

    @Test
    void aManifestLargerThanItsLimitIsRefused() throws IOException {
        project.stackManifest("cdk.out", "\"S.template.json\"");
        project.write("cdk.out/S.template.json", Project.VPC);
        LoadLimits small = new LoadLimits(50, 1 << 20, 16, 32, 100, 1 << 20);

        InputException e = catchThrowableOfType(InputException.class,
                () -> project.loader(small).load(List.of(Path.of("cdk.out"))));

        assertThat(e.getMessage()).startsWith("cdk.out/manifest.json: the file has ").contains("more than the limit "
                + "of 50 bytes");
    }

    @Test
    void aTreeJsonLargerThanItsLimitIsRefused() throws IOException {
        project.stackManifest("cdk.out", "\"S.template.json\"");
        project.write("cdk.out/S.template.json", Project.VPC);
        project.write("cdk.out/tree.json", "{\"tree\": {\"id\": \"App\", \"path\": \"\"}}");
        LoadLimits small = new LoadLimits(1 << 20, 10, 16, 32, 100, 1 << 20);

        assertThat(catchThrowableOfType(InputException.class,
                () -> project.loader(small).load(List.of(Path.of("cdk.out")))).getMessage())
                .startsWith("cdk.out/tree.json: the file has ").contains("more than the limit of 10 bytes");
    }

    @Test
    void aFileThatGrowsPastTheLimitWhileReadIsRefused() throws IOException {
        Path file = project.write("t.json", Project.VPC);
        InputFiles files = new InputFiles(p -> {
            try {
                Files.writeString(p, " ".repeat(200), java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        InputException e = catchThrowableOfType(InputException.class, () -> files.read(file, "t.json", 100));

        assertThat(e.getMessage()).startsWith("t.json: the file grew while being read to more than the limit of 100 bytes");
    }

    @Test
    void oneLargeTemplateSharedByManyArtifactsExhaustsTheRunsBudget() throws IOException {
        StringBuilder manifest = new StringBuilder("{\"artifacts\": {");
        for (int i = 0; i < 20; i++) {
            manifest.append(i == 0 ? "" : ",").append("\"S").append(i).append("\": {\"type\": ")
                    .append("\"aws:cloudformation:stack\", \"environment\": \"aws://1/r").append(i)
                    .append("\", \"properties\": {\"templateFile\": \"S.template.json\"}}");
        }
        project.write("cdk.out/manifest.json", manifest.append("}}").toString());
        project.write("cdk.out/S.template.json", Project.VPC);
        LoadLimits budget = new LoadLimits(1 << 20, 1 << 20, 16, 32, 10_000, Project.VPC.length() * 10L);

        assertThat(catchThrowableOfType(InputException.class,
                () -> project.loader(budget).load(List.of(Path.of("cdk.out")))).getMessage())
                .startsWith("cdk.out/S.template.json: the templates of the run add up to more than ");
        LoadLimits fewStacks = new LoadLimits(1 << 20, 1 << 20, 16, 32, 5, 1 << 30);
        assertThat(catchThrowableOfType(InputException.class,
                () -> project.loader(fewStacks).load(List.of(Path.of("cdk.out")))).getMessage())
                .contains("the run would analyse more than 5 stacks");
    }
}
