package dev.airgap.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every unreadable input at once; warnings per template (issue 14, item 5). */
class InputProblemsTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private TemplateLoader loader() {
        return new TemplateLoader(new TemplateReader(), dir, line -> { }, warnings::add);
    }

    private void write(String relative, String content) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    @Test
    void everyUnreadableFileIsListedWithItsPosition() throws IOException {
        write("cfn/a.yaml", "Resources:\n\tVpc: {}\n");
        write("cfn/b.yaml", "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n");
        write("cfn/c.json", "{\"Resources\": {");
        write("named.yaml", "Resources: [\n");

        InputProblems e = catchThrowableOfType(InputProblems.class,
                () -> loader().load(List.of(Path.of("cfn"), Path.of("missing"), Path.of("named.yaml"))));

        assertThat(e.problems()).extracting(p -> p.position().file())
                .containsExactly("cfn/a.yaml", "cfn/c.json", "missing", "named.yaml");
        assertThat(e.problems().get(0).getMessage()).startsWith("cfn/a.yaml:2:1: YAML syntax error");
        assertThat(e.getMessage()).startsWith("4 inputs cannot be read:\n  cfn/a.yaml:2:1: ")
                .contains("\n  missing: no such file or folder").hasLineCount(5);
    }

    @Test
    void oneUnreadableFileIsReportedAsItIs() throws IOException {
        write("cfn/a.yaml", "Resources:\n\tVpc: {}\n");
        write("cfn/b.yaml", "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n");

        InputException e = catchThrowableOfType(InputException.class, () -> loader().load(List.of(Path.of("cfn"))));

        assertThat(e).isNotInstanceOf(InputProblems.class);
        assertThat(e.getMessage()).startsWith("cfn/a.yaml:2:1: YAML syntax error");
    }

    @Test
    void warningsAreGroupedPerTemplateAndReturnedWithTheStacks() throws IOException {
        write("cfn/a.yaml", "Resources:\n  V:\n    Type: AWS::EC2::VPC\n    Type: AWS::EC2::VPC\n"
                + "  S:\n    Type: X\n    Type: AWS::EC2::Subnet\n");
        write("cfn/b.yaml", "Resources:\n  V:\n    Type: AWS::EC2::VPC\n    Type: AWS::EC2::VPC\n");

        TemplateLoader.Loaded loaded = loader().loadRun(List.of(Path.of("cfn")));

        assertThat(loaded.warnings()).extracting(w -> w.position().toString())
                .containsExactly("cfn/a.yaml:4:5", "cfn/a.yaml:7:5", "cfn/b.yaml:4:5");
        assertThat(warnings).containsExactly(
                "airgap: cfn/a.yaml: 2 warnings",
                "airgap:   " + loaded.warnings().get(0),
                "airgap:   " + loaded.warnings().get(1),
                "airgap: cfn/b.yaml: 1 warning",
                "airgap:   " + loaded.warnings().get(2));
        assertThat(loaded.stacks().get(0).resources().map("S").orElseThrow().text("Type"))
                .hasValue("AWS::EC2::Subnet");
    }
}
