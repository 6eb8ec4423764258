package dev.airgap.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nested stacks whose TemplateURL is in S3 and whose template is a local file (issue 14, item 2). */
class NestedByUrlTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();
    private final List<String> info = new ArrayList<>();
    private final List<String> debug = new ArrayList<>();

    private static final String CHILD = "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n"
            + "    Properties:\n      CidrBlock: 10.0.0.0/16\n";

    private TemplateLoader loader(String... nested) {
        return new TemplateLoader(new TemplateReader(), dir, debug::add, warnings::add, InputFiles.standard(),
                LoadLimits.DEFAULT, NestedTemplates.parse(List.of(nested)), info::add);
    }

    private void write(String relative, String content) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    private static String parent(String url) {
        return "Resources:\n  Net:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n"
                + "      TemplateURL: " + url + "\n      Parameters:\n        Cidr: 10.0.0.0/16\n";
    }

    @Test
    void theOneTemplateOfTheRunWithTheUrlsFileNameIsTheNestedStackAndIsAnalysedOnce() throws IOException {
        write("cfn/parent.yaml", parent("https://s3.amazonaws.com/my-bucket/templates/vpc.yaml"));
        write("cfn/children/vpc.yaml", CHILD);

        List<StackTemplate> stacks = loader().load(List.of(Path.of("cfn")));

        assertThat(stacks).extracting(StackTemplate::name).containsExactly("parent", "parent/Net");
        assertThat(stacks.get(1).file()).isEqualTo("cfn/children/vpc.yaml");
        assertThat(stacks.get(1).parentLogicalId()).isEqualTo("Net");
        assertThat(info).singleElement().asString().contains("cfn/parent.yaml:5:20").contains("cfn/children/vpc.yaml")
                .contains("<nestedTemplates>");
        assertThat(warnings).isEmpty();
    }

    @Test
    void virtualHostedUrlsAndSubOrJoinWithALiteralFileNameAreLinkedToo() throws IOException {
        write("a/parent.yaml", parent("https://my-bucket.s3.eu-west-1.amazonaws.com/vpc.yaml"));
        write("b/parent.yaml", parent("!Sub 'https://${Bucket}.s3.${AWS::Region}.amazonaws.com/x/vpc.yaml'"));
        write("c/parent.json", "{\"Resources\": {\"Net\": {\"Type\": \"AWS::CloudFormation::Stack\", \"Properties\": "
                + "{\"TemplateURL\": {\"Fn::Join\": [\"\", [\"https://\", {\"Ref\": \"Bucket\"}, "
                + "\".s3.amazonaws.com/vpc.yaml\"]]}}}}}");
        write("children/vpc.yaml", CHILD);

        List<StackTemplate> stacks = loader().load(List.of(Path.of("a"), Path.of("b"), Path.of("c"),
                Path.of("children")));

        assertThat(stacks).extracting(StackTemplate::name).containsExactly("a/parent.yaml", "a/parent.yaml/Net",
                "b/parent.yaml", "b/parent.yaml/Net", "c/parent.json", "c/parent.json/Net");
        assertThat(stacks).filteredOn(StackTemplate::nested).extracting(StackTemplate::file)
                .containsOnly("children/vpc.yaml");
    }

    @Test
    void twoTemplatesWithTheFileNameOrNoneFailClosedNamingNestedTemplates() throws IOException {
        write("cfn/parent.yaml", parent("https://s3.amazonaws.com/b/vpc.yaml"));
        write("cfn/one/vpc.yaml", CHILD);
        write("cfn/two/vpc.yaml", CHILD);
        write("other/parent.yaml", parent("https://s3.amazonaws.com/b/missing.yaml"));

        List<StackTemplate> stacks = loader().load(List.of(Path.of("cfn"), Path.of("other")));

        assertThat(stacks).noneMatch(StackTemplate::nested);
        assertThat(warnings).singleElement().asString().contains("cfn/parent.yaml:5:20")
                .contains("2 templates of the run are named vpc.yaml").contains("<nestedTemplates>");
        // A child that lives in S3 only is common: not a warning, and its verdicts say it is not in the run.
        assertThat(debug).filteredOn(line -> line.contains("no template of the run is named missing.yaml"))
                .singleElement().asString().contains("<nestedTemplates>");
    }

    @Test
    void aComputedFileNameFailsClosed() throws IOException {
        write("cfn/parent.yaml", parent("!Sub 'https://s3.amazonaws.com/b/${Name}.yaml'"));
        write("cfn/vpc.yaml", CHILD);

        assertThat(loader().load(List.of(Path.of("cfn")))).noneMatch(StackTemplate::nested);
        assertThat(debug).filteredOn(line -> line.contains("computed file name")).hasSize(1);
    }

    @Test
    void nestedTemplatesChoosesTheFileEvenWhenTheNameIsAmbiguousOrOutsideTheTemplates() throws IOException {
        write("cfn/parent.yaml", parent("https://s3.amazonaws.com/b/v1/vpc.yaml"));
        write("cfn/one/vpc.yaml", CHILD);
        write("cfn/two/vpc.yaml", CHILD);
        write("elsewhere/network.yaml", CHILD);

        List<StackTemplate> stacks = loader("https://s3.amazonaws.com/b/*/vpc.yaml=elsewhere/network.yaml")
                .load(List.of(Path.of("cfn")));

        assertThat(stacks).filteredOn(StackTemplate::nested).singleElement()
                .satisfies(s -> assertThat(s.file()).isEqualTo("elsewhere/network.yaml"));
        assertThat(info).singleElement().asString().contains("(<nestedTemplates>)");
    }

    @Test
    void aNestedTemplatesEntryNamingNoFileIsALocatedError() throws IOException {
        write("cfn/parent.yaml", parent("https://s3.amazonaws.com/b/vpc.yaml"));

        assertThatThrownBy(() -> loader("https://s3.amazonaws.com/b/vpc.yaml=nope.yaml").load(List.of(Path.of("cfn"))))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("cfn/parent.yaml:5:20: nested stack Net")
                .hasMessageContaining("<nestedTemplates> entry 'https://s3.amazonaws.com/b/vpc.yaml=nope.yaml'");
    }

    @Test
    void aNestedTemplatesEntryNamingSomethingElseThanATemplateIsALocatedError() throws IOException {
        write("cfn/parent.yaml", parent("https://s3.amazonaws.com/b/vpc.yaml"));
        write("config/settings.json", "{\"name\": \"x\"}");

        assertThatThrownBy(() -> loader("https://s3.amazonaws.com/b/vpc.yaml=config/settings.json")
                .load(List.of(Path.of("cfn"))))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("config/settings.json:1:1: the template of nested stack Net")
                .hasMessageContaining("no Resources map");
    }

    @Test
    void malformedNestedTemplatesEntriesAreOneLineErrorsNamingTheEntry() {
        assertThatThrownBy(() -> NestedTemplates.parse(List.of("a=b", "https://s3.amazonaws.com/b/vpc.yaml")))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("<nestedTemplates>: entry 2 'https://s3.amazonaws.com/b/vpc.yaml' is not of "
                        + "the form URL-or-glob=local file")
                .message().doesNotContain("\n");
        assertThatThrownBy(() -> NestedTemplates.parse(List.of("=file.yaml")))
                .hasMessageContaining("entry 1");
    }

    @Test
    void aGlobMatchesAnyCharactersAndAQuestionMarkOne() {
        NestedTemplates n = NestedTemplates.parse(List.of("https://*.amazonaws.com/b/v?/vpc.yaml=x.yaml"));
        assertThat(n.match("https://s3.eu-west-1.amazonaws.com/b/v1/vpc.yaml")).isPresent();
        assertThat(n.match("https://s3.amazonaws.com/b/v10/vpc.yaml")).isEmpty();
        assertThat(n.match("https://s3.amazonaws.com/b/v1/vpc.yaml.bak")).isEmpty();
    }

    @Test
    void aChildThatIsItsOwnParentIsACycle() throws IOException {
        write("cfn/parent.yaml", parent("https://s3.amazonaws.com/b/parent.yaml"));

        assertThatThrownBy(() -> loader("https://s3.amazonaws.com/b/parent.yaml=cfn/parent.yaml")
                .load(List.of(Path.of("cfn"))))
                .isInstanceOf(InputException.class).hasMessageContaining("(a cycle)");
    }
}
