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

/** What is found through an input stays inside it: nothing outside the assembly or searched folder is read. */
class ContainmentTest {

    @TempDir
    Path temp;

    private Project project;

    @BeforeEach
    void setUp() throws IOException {
        project = new Project(temp);
    }

    private InputException refused(String... inputs) {
        InputException e = catchThrowableOfType(InputException.class, () -> project.load(inputs));
        assertThat(e).as("an InputException").isNotNull();
        assertThat(e.getMessage()).doesNotContain("canary-7f3a").doesNotContain("\n");
        assertThat(project.stayedInside()).as("opened only files inside the project: %s", project.opened).isTrue();
        return e;
    }

    @Test
    void templateFileClimbingOutIsRefusedAtTheManifestNamingTheArtifact() throws IOException {
        project.stackManifest("cdk.out", "\"../../../../../../../../etc/passwd\"");

        InputException e = refused("cdk.out");

        assertThat(e.getMessage()).startsWith("cdk.out/manifest.json:3:36: the templateFile "
                + "'../../../../../../../../etc/passwd' of artifact 'S' leads outside cdk.out");
        assertThat(project.opened).noneMatch(p -> p.toString().contains("passwd"));
    }

    @Test
    void templateFileClimbingOutByOneLevelToTheCanaryIsRefused() throws IOException {
        project.stackManifest("cdk.out", "\"../../canary.json\"");
        assertThat(refused("cdk.out").problem()).contains("leads outside cdk.out");
    }

    @Test
    void anAbsoluteTemplateFileOutsideIsRefused() throws IOException {
        project.stackManifest("cdk.out", "\"" + project.canary + "\"");
        assertThat(refused("cdk.out").problem()).contains("of artifact 'S' leads outside cdk.out");
    }

    @Test
    void devZeroAsTemplateFileIsRefusedWithoutReading() throws IOException {
        project.stackManifest("cdk.out", "\"/dev/zero\"");
        assertThat(refused("cdk.out").problem()).contains("leads outside cdk.out");
    }

    @Test
    void aTemplateThatIsALinkToAFileOutsideIsRefused() throws IOException {
        project.stackManifest("cdk.out", "\"S.template.json\"");
        project.link("cdk.out/S.template.json", project.canary);

        assertThat(refused("cdk.out").problem())
                .isEqualTo("the templateFile 'S.template.json' of artifact 'S' is a symbolic link that leads outside "
                        + "cdk.out");
    }

    @Test
    void aLinkInsideTheAssemblyToDevZeroIsRefused() throws IOException {
        project.stackManifest("cdk.out", "\"zero.template.json\"");
        project.link("cdk.out/zero.template.json", Path.of("/dev/zero"));
        assertThat(refused("cdk.out").problem()).isEqualTo("the templateFile 'zero.template.json' of artifact 'S' is a symbolic link "
                + "that leads outside cdk.out");
    }

    @Test
    void aFolderInsideTheAssemblyThatIsALinkOutsideIsRefused() throws IOException {
        Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(temp.resolve("elsewhere/S.template.json"), Project.VPC);
        project.stackManifest("cdk.out", "\"sub/S.template.json\"");
        project.link("cdk.out/sub", temp.resolve("elsewhere"));
        assertThat(refused("cdk.out").problem()).contains("'sub/S.template.json' of artifact 'S' passes through a symbolic link that leads outside");
    }

    @Test
    void aLinkInsideTheAssemblyToAnotherFileInsideIsRead() throws IOException {
        project.stackManifest("cdk.out", "\"S.template.json\"");
        project.write("cdk.out/real/S.json", Project.VPC);
        project.link("cdk.out/S.template.json", project.base.resolve("cdk.out/real/S.json"));

        assertThat(project.load("cdk.out")).singleElement()
                .satisfies(s -> assertThat(s.file()).isEqualTo("cdk.out/S.template.json"));
        assertThat(project.stayedInside()).isTrue();
    }

    @Test
    void aNestedStackAssetClimbingOutIsRefusedAtTheTemplate() throws IOException {
        project.stackManifest("cdk.out", "\"S.template.json\"");
        project.write("cdk.out/S.template.json", """
                {"Resources": {"Net": {"Type": "AWS::CloudFormation::Stack",
                  "Metadata": {"aws:asset:path": "../../canary.json"}}}}
                """);

        InputException e = refused("cdk.out");

        assertThat(e.getMessage()).startsWith("cdk.out/S.template.json:2:34: the aws:asset:path '../../canary.json' "
                + "of nested stack Net leads outside cdk.out");
    }

    @Test
    void directoryNameEmptyOrDotIsACycle() throws IOException {
        for (String dir : List.of("", ".", "./", "sub/..")) {
            project.write("cdk.out/manifest.json", "{\"artifacts\": {\"Stage\": {\"type\": \"cdk:cloud-assembly\", "
                    + "\"properties\": {\"directoryName\": \"" + dir + "\"}}}}");
            assertThat(refused("cdk.out").problem()).as(dir)
                    .isEqualTo("the directoryName '" + dir + "' of artifact 'Stage' leads to a cloud assembly that is "
                            + "already read (a cycle)");
        }
    }

    @Test
    void directoryNameClimbingOutIsRefused() throws IOException {
        project.write("cdk.out/manifest.json", "{\"artifacts\": {\"Stage\": {\"type\": \"cdk:cloud-assembly\", "
                + "\"properties\": {\"directoryName\": \"..\"}}}}");
        project.write("manifest.json", "{\"artifacts\": {}}");
        assertThat(refused("cdk.out").problem()).contains("leads outside cdk.out");
    }

    @Test
    void aCycleThroughALinkedStageFolderIsRefused() throws IOException {
        project.write("cdk.out/manifest.json", "{\"artifacts\": {\"Stage\": {\"type\": \"cdk:cloud-assembly\", "
                + "\"properties\": {\"directoryName\": \"assembly-Stage\"}}}}");
        project.write("cdk.out/assembly-Stage/manifest.json", "{\"artifacts\": {\"Back\": {\"type\": "
                + "\"cdk:cloud-assembly\", \"properties\": {\"directoryName\": \"loop\"}}}}");
        project.link("cdk.out/assembly-Stage/loop", project.base.resolve("cdk.out"));

        assertThat(refused("cdk.out").getMessage()).startsWith("cdk.out/assembly-Stage/manifest.json:1:")
                .contains("the directoryName 'loop' of artifact 'Back' leads to a cloud assembly that is already read");
    }

    @Test
    void assembliesNestDeeperThanTheLimitAreRefused() throws IOException {
        String dir = "cdk.out";
        for (int i = 0; i < 5; i++) {
            project.write(dir + "/manifest.json", "{\"artifacts\": {\"Stage\": {\"type\": \"cdk:cloud-assembly\", "
                    + "\"properties\": {\"directoryName\": \"s\"}}}}");
            dir += "/s";
        }
        project.write(dir + "/manifest.json", "{\"artifacts\": {}}");
        LoadLimits three = new LoadLimits(1 << 20, 1 << 20, 3, 32, 100, 1 << 20);

        InputException e = catchThrowableOfType(InputException.class,
                () -> project.loader(three).load(List.of(Path.of("cdk.out"))));

        assertThat(e.getMessage()).startsWith("cdk.out/s/s/manifest.json:1:")
                .contains("nests cloud assemblies deeper than 3 levels");
    }

    @Test
    void aHandWrittenNestedStackClimbingOutOfTheProjectIsRefused() throws IOException {
        project.write("cfn/parent.yaml", "Resources:\n  Net:\n    Type: AWS::CloudFormation::Stack\n"
                + "    Properties:\n      TemplateURL: ../../canary.json\n");

        InputException e = refused("cfn/parent.yaml");

        assertThat(e.getMessage()).startsWith("cfn/parent.yaml:5:20: the TemplateURL '../../canary.json' of nested "
                + "stack Net leads outside " + project.base);
    }

    @Test
    void aNestedStackOfANamedFileMayComeFromElsewhereInTheProject() throws IOException {
        project.write("cfn/parent.yaml", "Resources:\n  Net:\n    Type: AWS::CloudFormation::Stack\n"
                + "    Properties:\n      TemplateURL: ../shared/net.json\n");
        project.write("shared/net.json", Project.VPC);

        assertThat(project.load("cfn/parent.yaml")).extracting(StackTemplate::name)
                .containsExactly("parent", "parent/Net");
    }

    @Test
    void aNestedStackOfASearchedFolderStaysInThatFolder() throws IOException {
        project.write("cfn/parent.yaml", "Resources:\n  Net:\n    Type: AWS::CloudFormation::Stack\n"
                + "    Properties:\n      TemplateURL: ../shared/net.json\n");
        project.write("shared/net.json", Project.VPC);

        assertThat(refused("cfn").problem()).contains("leads outside cfn");
    }

    @Test
    void aNestedStackThatContainsItselfIsACycle() throws IOException {
        project.write("cfn/a.yaml", "Resources:\n  Me:\n    Type: AWS::CloudFormation::Stack\n"
                + "    Properties:\n      TemplateURL: ./b.yaml\n");
        project.write("cfn/b.yaml", "Resources:\n  Back:\n    Type: AWS::CloudFormation::Stack\n"
                + "    Properties:\n      TemplateURL: ./a.yaml\n");

        assertThat(refused("cfn/a.yaml").getMessage()).startsWith("cfn/b.yaml:5:20: the TemplateURL './a.yaml' of "
                + "nested stack Back is the template of the stack itself or of one of its parents (a cycle)");
    }

    @Test
    void aLinkWithATemplateNameLeadingOutOfASearchedFolderIsAnError() throws IOException {
        project.write("cfn/vpc.yaml", Project.VPC);
        project.link("cfn/stolen.json", project.canary);

        InputException e = refused("cfn");

        assertThat(e.getMessage()).startsWith("cfn/stolen.json: is a symbolic link that leads outside cfn: it is "
                + "not read");
    }

    @Test
    void aLinkToAFolderOutsideIsNotSearchedAndSaysSo() throws IOException {
        Files.createDirectories(temp.resolve("outside"));
        Files.writeString(temp.resolve("outside/t.json"), Project.VPC);
        project.write("cfn/vpc.yaml", Project.VPC);
        project.link("cfn/more", temp.resolve("outside"));

        assertThat(project.load("cfn")).extracting(StackTemplate::name).containsExactly("vpc");
        assertThat(project.warnings).singleElement().asString().contains("cfn/more: a link to a folder outside cfn "
                + "is not searched");
        assertThat(project.stayedInside()).isTrue();
    }

    @Test
    void aLinkToATemplateInsideTheSearchedFolderIsOneStack() throws IOException {
        project.write("cfn/vpc.yaml", Project.VPC);
        project.link("cfn/alias.yaml", project.base.resolve("cfn/vpc.yaml"));
        project.link("cfn/loop.yaml", project.base.resolve("cfn/loop.yaml"));

        InputException loop = catchThrowableOfType(InputException.class, () -> project.load("cfn"));
        assertThat(loop.getMessage()).startsWith("cfn/loop.yaml: is a symbolic link that cannot be followed");

        Files.delete(project.base.resolve("cfn/loop.yaml"));
        assertThat(project.load("cfn")).extracting(StackTemplate::file).containsExactly("cfn/alias.yaml");
    }

    @Test
    void aNamedInputIsTrustedAsGivenEvenWhenItIsALinkOutsideTheProject() throws IOException {
        Path app = Files.createDirectories(temp.resolve("app-cdk-out"));
        Files.writeString(app.resolve("manifest.json"), "{\"artifacts\": {\"S\": {\"type\": "
                + "\"aws:cloudformation:stack\", \"properties\": {\"templateFile\": \"S.template.json\"}}}}");
        Files.writeString(app.resolve("S.template.json"), Project.VPC);
        project.link("cdk.out", app);

        assertThat(project.load("cdk.out")).singleElement()
                .satisfies(s -> assertThat(s.file()).isEqualTo("cdk.out/S.template.json"));
    }
}
