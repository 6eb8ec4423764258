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

class TemplateLoaderTest {

    @TempDir
    Path dir;

    private final List<String> debug = new ArrayList<>();

    private TemplateLoader loader() {
        return new TemplateLoader(new TemplateReader(), dir, debug::add);
    }

    private Path write(String relative, String content) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    private static final String VPC = "{\"Resources\": {\"Vpc\": {\"Type\": \"AWS::EC2::VPC\", "
            + "\"Properties\": {\"CidrBlock\": \"10.0.0.0/16\"}}}}";

    @Test
    void folderSearchFindsTemplatesByContentAndSkipsOtherFiles() throws IOException {
        write("cfn/vpc.yaml", "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n");
        write("cfn/firewall.yaml", VPC);
        write("cfn/net.template", VPC);
        write("cfn/package.json", "{\"name\": \"x\"}");
        write("cfn/node_modules/dep/t.json", VPC);
        write("cfn/README.md", "# not a template");

        List<StackTemplate> stacks = loader().load(List.of(Path.of("cfn")));

        assertThat(stacks).extracting(StackTemplate::name).containsExactly("firewall", "net", "vpc");
        assertThat(stacks).extracting(StackTemplate::file)
                .containsExactly("cfn/firewall.yaml", "cfn/net.template", "cfn/vpc.yaml");
        assertThat(stacks).allMatch(StackTemplate::environmentAgnostic);
        assertThat(debug).singleElement().asString().contains("cfn/package.json").contains("no Resources");
    }

    @Test
    void aFileNamedExplicitlyMustBeATemplate() throws IOException {
        write("cdk.json", "{\"app\": \"node app.js\"}");
        assertThatThrownBy(() -> loader().load(List.of(Path.of("cdk.json"))))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("cdk.json:1:1: not a CloudFormation template");
    }

    @Test
    void aMissingInputIsNamed() {
        assertThatThrownBy(() -> loader().load(List.of(Path.of("nope"))))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("nope: no such file or folder");
    }

    @Test
    void samePlainNameInTwoFoldersKeepsStacksApart() throws IOException {
        write("a/vpc.yaml", VPC);
        write("b/vpc.yaml", VPC);
        assertThat(loader().load(List.of(dir))).extracting(StackTemplate::name)
                .containsExactly("a/vpc.yaml", "b/vpc.yaml");
    }

    @Test
    void localNestedStackTemplateUrlIsLoadedAsANestedStack() throws IOException {
        write("cfn/parent.yaml", "Resources:\n  Net:\n    Type: AWS::CloudFormation::Stack\n"
                + "    Properties:\n      TemplateURL: ./children/net.yaml\n"
                + "  Remote:\n    Type: AWS::CloudFormation::Stack\n"
                + "    Properties:\n      TemplateURL: https://s3.amazonaws.com/b/remote.yaml\n");
        write("cfn/children/net.yaml", VPC);

        List<StackTemplate> stacks = loader().load(List.of(Path.of("cfn")));

        assertThat(stacks).extracting(StackTemplate::name).containsExactly("parent", "parent/Net");
        StackTemplate nested = stacks.get(1);
        assertThat(nested.parent()).isEqualTo("parent");
        assertThat(nested.parentLogicalId()).isEqualTo("Net");
        assertThat(nested.file()).isEqualTo("cfn/children/net.yaml");
    }

    @Test
    void cloudAssemblyStacksCarryTheirEnvironment() throws IOException {
        write("cdk.out/manifest.json", """
                {"version": "55.0.0", "artifacts": {
                  "Net.assets": {"type": "cdk:asset-manifest", "properties": {"file": "Net.assets.json"}},
                  "Net": {"type": "aws:cloudformation:stack", "environment": "aws://111111111111/us-west-1",
                          "properties": {"templateFile": "Net.template.json", "stackName": "network-prod"},
                          "displayName": "Net"},
                  "Agnostic": {"type": "aws:cloudformation:stack",
                               "environment": "aws://unknown-account/unknown-region",
                               "properties": {"templateFile": "Agnostic.template.json"}},
                  "Tree": {"type": "cdk:tree", "properties": {"file": "tree.json"}}}}
                """);
        write("cdk.out/Net.template.json", "{\"Resources\": {\"Vpc8378EB38\": {\"Type\": \"AWS::EC2::VPC\", "
                + "\"Metadata\": {\"aws:cdk:path\": \"Net/Vpc/Resource\"}}}}");
        write("cdk.out/Agnostic.template.json", VPC);
        write("cdk.out/package.json", "{}");

        List<StackTemplate> stacks = loader().load(List.of(Path.of("cdk.out")));

        assertThat(stacks).extracting(StackTemplate::name).containsExactly("network-prod", "Agnostic");
        assertThat(stacks.get(0).region()).isEqualTo("us-west-1");
        assertThat(stacks.get(0).account()).isEqualTo("111111111111");
        assertThat(stacks.get(0).constructPaths()).containsEntry("Vpc8378EB38", "Net/Vpc/Resource");
        assertThat(stacks.get(1).environmentAgnostic()).isTrue();
        assertThat(stacks.get(1).account()).isNull();
    }

    @Test
    void constructPathsComeFromTreeJsonWithoutPathMetadataAndNestedStacksFromAssets() throws IOException {
        write("cdk.out/manifest.json", """
                {"artifacts": {"Parent": {"type": "aws:cloudformation:stack", "environment": "aws://1/us-east-1",
                  "properties": {"templateFile": "Parent.template.json"}, "displayName": "Parent"}}}
                """);
        write("cdk.out/Parent.template.json", """
                {"Resources": {
                  "NetNestedStackNetNestedStackResourceAE6F404A": {"Type": "AWS::CloudFormation::Stack",
                    "Metadata": {"aws:asset:path": "ParentNet1234.nested.template.json"}},
                  "Bucket": {"Type": "AWS::S3::Bucket"}}}
                """);
        write("cdk.out/ParentNet1234.nested.template.json", VPC);
        write("cdk.out/tree.json", """
                {"version": "tree-0.1", "tree": {"id": "App", "path": "", "children": {
                  "Parent": {"id": "Parent", "path": "Parent", "constructInfo": {"fqn": "aws-cdk-lib.Stack"},
                    "children": {
                      "Bucket": {"id": "Bucket", "path": "Parent/Bucket", "children": {
                        "Resource": {"id": "Resource", "path": "Parent/Bucket/Resource",
                          "attributes": {"aws:cdk:cloudformation:logicalId": "Bucket"}}}},
                      "Net.NestedStack": {"id": "Net.NestedStack", "path": "Parent/Net.NestedStack", "children": {
                        "Net.NestedStackResource": {"id": "Net.NestedStackResource",
                          "path": "Parent/Net.NestedStack/Net.NestedStackResource",
                          "attributes": {"aws:cdk:cloudformation:logicalId":
                             "NetNestedStackNetNestedStackResourceAE6F404A"}}}},
                      "Net": {"id": "Net", "path": "Parent/Net", "constructInfo": {"fqn": "aws-cdk-lib.NestedStack"},
                        "children": {"Vpc": {"id": "Vpc", "path": "Parent/Net/Vpc", "children": {
                          "Resource": {"id": "Resource", "path": "Parent/Net/Vpc/Resource",
                            "attributes": {"aws:cdk:cloudformation:logicalId": "Vpc"}}}}}}}}}}}
                """);

        List<StackTemplate> stacks = loader().load(List.of(Path.of("cdk.out")));

        assertThat(stacks).extracting(StackTemplate::name)
                .containsExactly("Parent", "Parent/NetNestedStackNetNestedStackResourceAE6F404A");
        assertThat(stacks.get(0).constructPaths()).containsEntry("Bucket", "Parent/Bucket/Resource")
                .doesNotContainKey("Vpc");
        StackTemplate nested = stacks.get(1);
        assertThat(nested.region()).isEqualTo("us-east-1");
        assertThat(nested.parentLogicalId()).isEqualTo("NetNestedStackNetNestedStackResourceAE6F404A");
        assertThat(nested.constructPaths()).containsEntry("Vpc", "Parent/Net/Vpc/Resource");
    }

    @Test
    void stageAssembliesAreFollowed() throws IOException {
        write("cdk.out/manifest.json", """
                {"artifacts": {"assembly-Prod": {"type": "cdk:cloud-assembly",
                   "properties": {"directoryName": "assembly-Prod", "displayName": "Prod"}}}}
                """);
        write("cdk.out/assembly-Prod/manifest.json", """
                {"artifacts": {"ProdNet": {"type": "aws:cloudformation:stack", "environment": "aws://1/eu-west-1",
                  "properties": {"templateFile": "ProdNet.template.json", "stackName": "Prod-Net"}}}}
                """);
        write("cdk.out/assembly-Prod/ProdNet.template.json", VPC);

        List<StackTemplate> stacks = loader().load(List.of(Path.of("cdk.out")));

        assertThat(stacks).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Prod-Net");
            assertThat(s.region()).isEqualTo("eu-west-1");
            assertThat(s.file()).isEqualTo("cdk.out/assembly-Prod/ProdNet.template.json");
        });
    }

    @Test
    void aFolderHoldingAnAssemblyLoadsItAsAnAssembly() throws IOException {
        write("app/cdk.out/manifest.json", """
                {"artifacts": {"S": {"type": "aws:cloudformation:stack", "environment": "aws://1/us-east-1",
                  "properties": {"templateFile": "S.template.json"}}}}
                """);
        write("app/cdk.out/S.template.json", VPC);
        write("app/cfn/extra.yaml", VPC);

        List<StackTemplate> stacks = loader().load(List.of(Path.of("app")));

        assertThat(stacks).extracting(StackTemplate::name).containsExactly("extra", "S");
        assertThat(stacks.get(1).region()).isEqualTo("us-east-1");
    }

    @Test
    void brokenManifestIsALocatedError() throws IOException {
        write("cdk.out/manifest.json", "{\"artifacts\": ");
        assertThatThrownBy(() -> loader().load(List.of(Path.of("cdk.out"))))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("cdk.out/manifest.json:1:15: the cloud assembly file cannot be read: the file "
                        + "ends in the middle of a value");
    }
}
