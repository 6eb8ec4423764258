package dev.airgap.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code check} does with the output folder: links at report names are replaced, write errors are one line. */
class CheckMojoOutputTest {

    private static final Path TEMPLATE = Path.of("src/test/resources/report/patterns/pattern2-gateway-endpoint.yaml");

    @TempDir
    Path basedir;

    private CheckMojo mojo;

    @BeforeEach
    void project() throws IOException {
        Path templates = Files.createDirectories(basedir.resolve("src/main/cloudformation"));
        Files.copy(TEMPLATE, templates.resolve("network.yaml"));
        mojo = new CheckMojo();
        mojo.basedir = basedir.toFile();
        mojo.templates = List.of("src/main/cloudformation");
        mojo.regions = List.of("us-west-1");
        mojo.formats = List.of("json", "sarif", "md");
        mojo.outputDirectory = basedir.resolve("target/airgap").toFile();
        mojo.failOnViolation = true;
        mojo.currency = "USD";
        mojo.hoursPerMonth = "730";
    }

    @Test
    void reportsPlantedAsLinksAreReplacedAndWhatTheyPointToIsUntouched() throws Exception {
        Path canary = Files.writeString(basedir.resolve("canary.txt"), "canary");
        Path out = Files.createDirectories(basedir.resolve("target/airgap"));
        for (String name : List.of("airgap.json", "airgap.sarif", "airgap.md")) {
            Files.createSymbolicLink(out.resolve(name), canary);
        }

        mojo.execute();

        assertThat(canary).hasContent("canary");
        for (String name : List.of("airgap.json", "airgap.sarif", "airgap.md")) {
            assertThat(Files.isRegularFile(out.resolve(name), LinkOption.NOFOLLOW_LINKS)).as(name).isTrue();
        }
        assertThat(Files.readString(out.resolve("airgap.md"))).startsWith("# airgap: private access to AWS services");
        assertThat(Files.readString(out.resolve("airgap.json"))).contains("\"schemaVersion\" : 2");
    }

    @Test
    void aFileWhereTheOutputFolderShouldBeIsOneClearLine() throws Exception {
        Files.writeString(basedir.resolve("target"), "not a folder");

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("airgap: cannot write target/airgap/airgap.json: not a directory: a file is where a "
                        + "folder is needed on the way to it. remove or rename that file or set airgap.outputDirectory")
                // a chained cause would add its bare-path message to Maven's failure line
                .hasNoCause();
    }
}
