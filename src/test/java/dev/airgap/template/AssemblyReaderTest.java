package dev.airgap.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A manifest CDK could not have written is a located error; nothing in it is dropped without a word. */
class AssemblyReaderTest {

    @TempDir
    Path temp;

    private Project project;

    @BeforeEach
    void setUp() throws IOException {
        project = new Project(temp);
    }

    private String error(String... inputs) {
        InputException e = catchThrowableOfType(InputException.class, () -> project.load(inputs));
        assertThat(e).as("an InputException").isNotNull();
        return e.getMessage();
    }

    private void manifest(String artifacts) throws IOException {
        project.write("cdk.out/manifest.json", "{\"artifacts\": {\n" + artifacts + "\n}}\n");
    }

    @Test
    void aStackArtifactWithoutPropertiesIsAnError() throws IOException {
        manifest("\"S\": {\"type\": \"aws:cloudformation:stack\"}");
        assertThat(error("cdk.out")).startsWith("cdk.out/manifest.json:2:6: artifact 'S' has no properties");
    }

    @Test
    void aStackArtifactWithoutTemplateFileIsAnError() throws IOException {
        manifest("\"S\": {\"type\": \"aws:cloudformation:stack\", \"properties\": {\"stackName\": \"s\"}}");
        assertThat(error("cdk.out")).startsWith("cdk.out/manifest.json:2:57: stack artifact 'S' has no templateFile");
    }

    @Test
    void aNumberAsTemplateFileIsNotTakenAsAPath() throws IOException {
        project.write("cdk.out/42", Project.VPC);
        manifest("\"S\": {\"type\": \"aws:cloudformation:stack\", \"properties\": {\"templateFile\": 42}}");
        assertThat(error("cdk.out")).startsWith("cdk.out/manifest.json:2:74: the templateFile of artifact 'S' is 42, "
                + "not a string");
    }

    @Test
    void anObjectAsTemplateFileOrAnArtifactWithoutTypeIsAnError() throws IOException {
        manifest("\"S\": {\"type\": \"aws:cloudformation:stack\", \"properties\": {\"templateFile\": {}}}");
        assertThat(error("cdk.out")).contains("the templateFile of artifact 'S' is a map, not a string");
        manifest("\"S\": {\"properties\": {\"templateFile\": \"S.template.json\"}}");
        assertThat(error("cdk.out")).startsWith("cdk.out/manifest.json:2:6: artifact 'S' has no type");
        manifest("\"S\": \"aws:cloudformation:stack\"");
        assertThat(error("cdk.out")).contains("artifact 'S' is the string 'aws:cloudformation:stack', not a map");
    }

    @Test
    void aTemplateFileThatDoesNotExistIsAnError() throws IOException {
        manifest("\"S\": {\"type\": \"aws:cloudformation:stack\", \"properties\": {\"templateFile\": \"S.json\"}}");
        assertThat(error("cdk.out")).startsWith("cdk.out/manifest.json:2:74: the templateFile 'S.json' of artifact "
                + "'S' does not exist. run cdk synth again");
    }

    @Test
    void twoArtifactsSharingOneTemplateAreTwoStacksWithUniqueNames() throws IOException {
        manifest("""
                "East": {"type": "aws:cloudformation:stack", "environment": "aws://1/us-east-1",
                         "properties": {"templateFile": "Net.template.json", "stackName": "Net"}},
                "West": {"type": "aws:cloudformation:stack", "environment": "aws://1/us-west-2",
                         "properties": {"templateFile": "Net.template.json", "stackName": "Net"}}""");
        project.write("cdk.out/Net.template.json", Project.VPC);

        List<StackTemplate> stacks = project.load("cdk.out");

        assertThat(stacks).extracting(StackTemplate::region).containsExactly("us-east-1", "us-west-2");
        assertThat(stacks).extracting(StackTemplate::name).doesNotHaveDuplicates()
                .containsExactly("cdk.out/Net.template.json", "cdk.out/Net.template.json #2");
        assertThat(project.opened).hasSize(2); // the manifest and the template once
    }

    @Test
    void oneStackNameTwiceInOneEnvironmentIsAnError() throws IOException {
        manifest("""
                "A": {"type": "aws:cloudformation:stack", "environment": "aws://1/us-east-1",
                      "properties": {"templateFile": "A.template.json", "stackName": "Net"}},
                "B": {"type": "aws:cloudformation:stack", "environment": "aws://1/us-east-1",
                      "properties": {"templateFile": "B.template.json", "stackName": "Net"}}""");
        project.write("cdk.out/A.template.json", Project.VPC);
        project.write("cdk.out/B.template.json", Project.VPC);

        assertThat(error("cdk.out")).startsWith("cdk.out/manifest.json:4:6: artifact 'B' deploys the stack 'Net' to "
                + "aws://1/us-east-1 as the artifact at cdk.out/manifest.json:3:");
    }

    @Test
    void aNestedAssemblyWithoutManifestIsAnError() throws IOException {
        manifest("\"Stage\": {\"type\": \"cdk:cloud-assembly\", \"properties\": {\"directoryName\": \"assembly-S\"}}");
        Files.createDirectories(project.base.resolve("cdk.out/assembly-S"));
        assertThat(error("cdk.out")).startsWith("cdk.out/manifest.json:2:73: the directoryName 'assembly-S' of "
                + "artifact 'Stage' is not a folder with a manifest.json");
    }

    @Test
    void aManifestThatIsNotAJsonObjectIsAnError() throws IOException {
        project.write("cdk.out/manifest.json", "artifacts: {}\n");
        assertThat(error("cdk.out")).startsWith("cdk.out/manifest.json: a cloud assembly manifest is a JSON object");
    }

    @Test
    void manifestValuesAreQuotedAsShortExcerpts() throws IOException {
        String longId = "A".repeat(5000) + "\u001b[31m";
        manifest("\"" + longId.replace("\u001b", "\\u001b") + "\": {\"type\": \"aws:cloudformation:stack\"}");
        String message = error("cdk.out");
        assertThat(message).hasSizeLessThan(400).doesNotContain("\u001b");
    }

    @Test
    void namedInputsThatGiveNoTemplateFailTheRun() throws IOException {
        project.write("cfn/package.json", "{\"name\": \"x\"}");
        assertThat(error("cfn")).startsWith("cfn: no CloudFormation template found");

        manifest("\"Tree\": {\"type\": \"cdk:tree\", \"properties\": {\"file\": \"tree.json\"}}");
        assertThat(error("cdk.out")).startsWith("cdk.out: no CloudFormation template found");
    }

    @Test
    void aNamedInputThatGivesNoTemplateBesideOthersIsAWarning() throws IOException {
        project.write("cfn/vpc.yaml", Project.VPC);
        Files.createDirectories(project.base.resolve("empty"));

        assertThat(project.load("cfn", "empty")).extracting(StackTemplate::name).containsExactly("vpc");
        assertThat(project.warnings).singleElement().asString().startsWith("airgap: empty: no CloudFormation template "
                + "found");
    }

    @Test
    void noInputsIsNoStacksAndNoError() {
        assertThat(project.loader().load(List.of())).isEmpty();
    }

    @Test
    void aNestedAssetThatIsMissingIsAnalysedAsUnseenAndSaysSo() throws IOException {
        manifest("\"S\": {\"type\": \"aws:cloudformation:stack\", \"properties\": {\"templateFile\": \"S.json\"}}");
        project.write("cdk.out/S.json", """
                {"Resources": {"Net": {"Type": "AWS::CloudFormation::Stack",
                  "Metadata": {"aws:asset:path": "gone.nested.template.json"}}}}
                """);

        assertThat(project.load("cdk.out")).extracting(StackTemplate::name).containsExactly("S");
        assertThat(project.warnings).singleElement().asString().contains("cdk.out/S.json:2:34: the aws:asset:path "
                + "'gone.nested.template.json' of nested stack Net names no file");
    }
}
