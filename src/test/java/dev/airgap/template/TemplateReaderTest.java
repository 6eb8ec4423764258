package dev.airgap.template;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateReaderTest {

    private final TemplateReader reader = new TemplateReader();

    private MapNode read(String text) {
        return reader.read("t.yaml", text.getBytes(UTF_8));
    }

    private static MapNode fn(Node node) {
        assertThat(node).isInstanceOf(MapNode.class);
        return (MapNode) node;
    }

    private Node prop(String yamlValue) {
        MapNode root = read("Resources:\n  R:\n    Type: X\n    Properties:\n      P: " + yamlValue + "\n");
        return root.map("Resources").orElseThrow().map("R").orElseThrow().map("Properties").orElseThrow().get("P");
    }

    @Test
    void readsJsonAndYamlIntoTheSameTree() {
        MapNode json = reader.read("a.json", "{\"Resources\": {\"V\": {\"Type\": \"AWS::EC2::VPC\"}}}".getBytes(UTF_8));
        MapNode yaml = read("Resources:\n  V:\n    Type: AWS::EC2::VPC\n");
        assertThat(json.map("Resources").orElseThrow().map("V").orElseThrow().text("Type"))
                .contains("AWS::EC2::VPC");
        assertThat(yaml.map("Resources").orElseThrow().map("V").orElseThrow().text("Type"))
                .contains("AWS::EC2::VPC");
    }

    @Test
    void choosesTheFormatByContentNotByName() {
        MapNode root = reader.read("firewall-template.yaml",
                "{\n  \"Resources\": {\n    \"V\": {\"Type\": \"AWS::EC2::VPC\"}\n  }\n}".getBytes(UTF_8));
        assertThat(root.map("Resources").orElseThrow().get("V").position())
                .isEqualTo(new SourcePosition("firewall-template.yaml", 3, 10));
    }

    @Test
    void keepsPositionsOfEveryNode() {
        MapNode root = read("Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n");
        Node cidr = root.map("Resources").orElseThrow().map("Vpc").orElseThrow().map("Properties").orElseThrow()
                .get("CidrBlock");
        assertThat(cidr.position()).isEqualTo(new SourcePosition("t.yaml", 5, 18));
        assertThat(cidr.position()).hasToString("t.yaml:5:18");
    }

    @Test
    void refAndConditionShortForms() {
        assertThat(fn(prop("!Ref Vpc")).entries()).containsOnlyKeys("Ref");
        assertThat(((ScalarNode) fn(prop("!Ref Vpc")).get("Ref")).value()).isEqualTo("Vpc");
        assertThat(fn(prop("!Condition IsProd")).entries()).containsOnlyKeys("Condition");
    }

    @Test
    void getAttDottedAndListForms() {
        ListNode dotted = (ListNode) fn(prop("!GetAtt Vpc.CidrBlock")).get("Fn::GetAtt");
        assertThat(dotted.items()).extracting(n -> ((ScalarNode) n).value()).containsExactly("Vpc", "CidrBlock");
        ListNode nested = (ListNode) fn(prop("!GetAtt Child.Outputs.SubnetId")).get("Fn::GetAtt");
        assertThat(nested.items()).extracting(n -> ((ScalarNode) n).value()).containsExactly("Child", "Outputs.SubnetId");
        ListNode list = (ListNode) fn(prop("!GetAtt [Vpc, CidrBlock]")).get("Fn::GetAtt");
        assertThat(list.items()).extracting(n -> ((ScalarNode) n).value()).containsExactly("Vpc", "CidrBlock");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sub", "Join", "Select", "Split", "If", "Equals", "And", "Or", "Not", "FindInMap",
        "GetAZs", "ImportValue", "Base64", "Cidr", "Transform", "GetStackOutput"})
    void everyFunctionShortFormBecomesItsLongForm(String tag) {
        assertThat(fn(prop("!" + tag + " [a, b]")).entries()).containsOnlyKeys("Fn::" + tag);
    }

    @Test
    void subScalarAndListFormsAndNestedTags() {
        assertThat(((ScalarNode) fn(prop("!Sub 'com.amazonaws.${AWS::Region}.s3'")).get("Fn::Sub")).value())
                .isEqualTo("com.amazonaws.${AWS::Region}.s3");
        Node select = prop("!Select [0, !GetAZs '']");
        ListNode args = (ListNode) fn(select).get("Fn::Select");
        assertThat(fn(args.get(1)).entries()).containsOnlyKeys("Fn::GetAZs");
        assertThat(((ScalarNode) fn(args.get(1)).get("Fn::GetAZs")).value()).isEmpty();
    }

    @Test
    void taggedEmptyValueIsAnEmptyString() {
        assertThat(((ScalarNode) fn(prop("!GetAZs")).get("Fn::GetAZs")).value()).isEmpty();
    }

    @Test
    void scalarKindsKeepTheirText() {
        assertThat(prop("true")).isEqualTo(new ScalarNode("true", ScalarNode.Kind.BOOLEAN, prop("true").position()));
        assertThat(((ScalarNode) prop("443")).kind()).isEqualTo(ScalarNode.Kind.NUMBER);
        assertThat(((ScalarNode) prop("'443'")).kind()).isEqualTo(ScalarNode.Kind.STRING);
        assertThat(((ScalarNode) prop("~")).isNull()).isTrue();
    }

    @Test
    void tabIndentationIsALocatedError() {
        assertThatThrownBy(() -> read("Resources:\n\tVpc:\n    Type: AWS::EC2::VPC\n"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("t.yaml:2:1: ")
                .hasMessageContaining("tabs");
    }

    @Test
    void twoTagsOnOneNodeIsALocatedError() {
        assertThatThrownBy(() -> read("Resources:\n  S:\n    Type: X\n    Properties:\n      A: !GetAZs !Ref 'AWS::Region'\n"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("t.yaml:5:")
                .hasMessageContaining("one tag");
    }

    @Test
    void unknownTagIsNamed() {
        assertThatThrownBy(() -> prop("!GetParam x"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("unknown YAML tag !GetParam")
                .hasMessageContaining("!Ref");
    }

    @Test
    void aKeyRepeatedWithADifferentValueKeepsTheLastValueWithAWarningInBothFormats() {
        List<ReadWarning> warnings = new java.util.ArrayList<>();
        MapNode yaml = reader.read("t.yaml", "Resources:\n  A:\n    Type: One\n  B:\n    Type: Z\n  A:\n    Type: Two\n"
                .getBytes(UTF_8), warnings::add);
        // Last value wins, at the key's first place: A stays before B.
        assertThat(yaml.map("Resources").orElseThrow().entries()).containsOnlyKeys("A", "B");
        assertThat(yaml.map("Resources").orElseThrow().entries().keySet()).containsExactly("A", "B");
        MapNode a = yaml.map("Resources").orElseThrow().map("A").orElseThrow();
        assertThat(a.text("Type")).hasValue("Two");
        assertThat(a.position().line()).isEqualTo(7);
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.position()).hasToString("t.yaml:6:3");
            assertThat(w.related()).hasToString("t.yaml:2:3");
            assertThat(w).hasToString("t.yaml:6:3: key 'A' is repeated (first at t.yaml:2:3) with a different value: "
                    + "CloudFormation deploys this last one; remove the other");
        });

        warnings.clear();
        MapNode json = reader.read("d.json", "{\"Resources\": {}, \"Resources\": {\"B\": 1}}".getBytes(UTF_8),
                warnings::add);
        assertThat(json.map("Resources").orElseThrow().entries()).containsOnlyKeys("B");
        assertThat(warnings).singleElement().asString()
                .startsWith("d.json:1:19: key 'Resources' is repeated (first at d.json:1:2)");
    }

    @Test
    void aKeyWrittenThreeTimesKeepsTheThirdValueAndWarnsTwice() {
        List<ReadWarning> warnings = new java.util.ArrayList<>();
        MapNode root = reader.read("t.yaml", "Resources: {}\nK: 1\nK: 2\nK: 3\n".getBytes(UTF_8), warnings::add);
        assertThat(root.text("K")).hasValue("3");
        assertThat(warnings).extracting(w -> w.related().toString()).containsExactly("t.yaml:2:1", "t.yaml:2:1");
    }

    @Test
    void aKeyRepeatedWithTheSameValueIsAcceptedWithAWarning() {
        List<String> warnings = new java.util.ArrayList<>();
        TemplateReader warningReader = new TemplateReader(ReadLimits.DEFAULT, warnings::add);
        MapNode root = warningReader.read("t.yaml", ("Resources:\n  E:\n    Type: X\n    Properties:\n"
                + "      VpcId: !Ref VPC\n      Other: 1\n      VpcId: !Ref 'VPC'\n").getBytes(UTF_8));
        MapNode props = root.map("Resources").orElseThrow().map("E").orElseThrow().map("Properties").orElseThrow();
        assertThat(props.entries()).containsOnlyKeys("VpcId", "Other");
        assertThat(props.get("VpcId").position().line()).isEqualTo(5);
        assertThat(warnings).containsExactly("t.yaml:7:7: key 'VpcId' is repeated (first at t.yaml:5:7) with the same "
                + "value; remove one");
    }

    @Test
    void truncatedJsonSaysSo() {
        assertThatThrownBy(() -> reader.read("cut.json", "{\"Resources\": {\"A\": {\"Type\": \"X\"".getBytes(UTF_8)))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("cut.json:1:")
                .hasMessageContaining("truncated");
    }

    @Test
    void truncatedYamlIsALocatedError() {
        assertThatThrownBy(() -> read("Resources:\n  A:\n    Type: [X, Y\n"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("t.yaml:");
    }

    @Test
    void binaryAndWrongEncodingsAreRefused() {
        assertThatThrownBy(() -> reader.read("b.yaml", new byte[] {'a', ':', 0, 1, 2}))
                .isInstanceOf(InputException.class).hasMessageContaining("binary");
        assertThatThrownBy(() -> reader.read("b.yaml", new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}))
                .isInstanceOf(InputException.class).hasMessageContaining("UTF-16");
        assertThatThrownBy(() -> reader.read("b.yaml", new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28}))
                .isInstanceOf(InputException.class).hasMessageContaining("not valid UTF-8");
    }

    @Test
    void byteOrderMarkIsAccepted() {
        byte[] body = "Resources: {}\n".getBytes(UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(reader.read("bom.yaml", withBom).has("Resources")).isTrue();
    }

    @Test
    void emptyAndNonMapDocumentsAreRefused() {
        assertThatThrownBy(() -> read("")).isInstanceOf(InputException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> read("- a\n- b\n")).isInstanceOf(InputException.class)
                .hasMessageContaining("not a map");
    }

    @Test
    void aliasBombIsRefusedQuickly() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            bomb.append("]\n");
            prev = c;
        }
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> read(bomb.toString()))
                        .isInstanceOf(InputException.class)
                        .hasMessageStartingWith("t.yaml:1:")
                        .hasMessageContaining("aliases"));
    }

    @Test
    void deepNestingIsRefusedQuicklyNamingTheLimit() {
        String deepJson = "[".repeat(20_000) + "]".repeat(20_000);
        String deepYaml = "a: " + "[".repeat(20_000) + "]".repeat(20_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThatThrownBy(() -> reader.read("deep.json", deepJson.getBytes(UTF_8)))
                    .isInstanceOf(InputException.class).hasMessageContaining("nest").hasMessageContaining("200");
            assertThatThrownBy(() -> reader.read("deep.yaml", deepYaml.getBytes(UTF_8)))
                    .isInstanceOf(InputException.class).hasMessageContaining("nest");
        });
    }

    @Test
    void oversizedFilesAreRefused() {
        TemplateReader small = new TemplateReader(new ReadLimits(100, 50, 1000));
        assertThatThrownBy(() -> small.read("big.yaml", "a: b\n".repeat(50).getBytes(UTF_8)))
                .isInstanceOf(InputException.class).hasMessageContaining("more than the limit of 100 bytes");
    }

    @Test
    void trailingDocumentIsRefused() {
        assertThatThrownBy(() -> read("Resources: {}\n---\nResources: {}\n"))
                .isInstanceOf(InputException.class).hasMessageContaining("exactly one template");
    }

    @Test
    void listsKeepOrder() {
        ListNode list = (ListNode) prop("[c, a, b]");
        assertThat(list.items()).extracting(n -> ((ScalarNode) n).value()).isEqualTo(List.of("c", "a", "b"));
    }
}
