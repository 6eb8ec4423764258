package dev.airgap.template;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** YAML read as CloudFormation reads it: YAML 1.1 booleans, no merge keys, only the tags CloudFormation knows. */
class YamlAsCloudFormationTest {

    private final TemplateReader reader = new TemplateReader();

    private MapNode read(String text) {
        return reader.read("t.yaml", text.getBytes(UTF_8));
    }

    /** The value of property P, written at t.yaml:5:10. */
    private Node prop(String yamlValue) {
        MapNode root = read("Resources:\n  R:\n    Type: X\n    Properties:\n      P: " + yamlValue + "\n");
        return root.map("Resources").orElseThrow().map("R").orElseThrow().map("Properties").orElseThrow().get("P");
    }

    private static ScalarNode scalar(Node node) {
        assertThat(node).isInstanceOf(ScalarNode.class);
        return (ScalarNode) node;
    }

    private static ListNode list(Node node) {
        assertThat(node).isInstanceOf(ListNode.class);
        return (ListNode) node;
    }

    private static ListNode argumentsOf(Node node, String function) {
        assertThat(node).isInstanceOf(MapNode.class);
        return list(((MapNode) node).get(function));
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "True", "TRUE", "tRUE", "yes", "Yes", "YES", "yEs", "on", "On", "ON", "oN", "y", "Y"})
    void plainSpellingsOfTrueAreTheBooleanTrue(String spelling) {
        assertThat(prop(spelling)).isEqualTo(new ScalarNode("true", ScalarNode.Kind.BOOLEAN,
                new SourcePosition("t.yaml", 5, 10)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "False", "FALSE", "fAlSe", "no", "No", "NO", "nO", "off", "Off", "OFF", "oFf", "n",
        "N"})
    void plainSpellingsOfFalseAreTheBooleanFalse(String spelling) {
        assertThat(prop(spelling)).isEqualTo(new ScalarNode("false", ScalarNode.Kind.BOOLEAN,
                new SourcePosition("t.yaml", 5, 10)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
        "'yes';yes", "\"no\";no", "!!str on;on", "!!str Y;Y", "'true';true", "\"Off\";Off",
        "|-\\n        yes;yes", ">-\\n        off;off"})
    void quotedBlockAndStrTaggedBooleansStayStrings(String written, String text) {
        ScalarNode node = scalar(prop(written.replace("\\n", "\n")));
        assertThat(node.kind()).isEqualTo(ScalarNode.Kind.STRING);
        assertThat(node.value()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yess", "noo", "onn", "t", "f", "yes please", "enabled", "Yes."})
    void wordsThatOnlyLookLikeBooleansStayStrings(String written) {
        assertThat(scalar(prop(written))).isEqualTo(ScalarNode.string(written, new SourcePosition("t.yaml", 5, 10)));
    }

    @Test
    void keysStayStringsWhateverTheyLookLike() {
        MapNode flags = read("Mappings:\n  Flags:\n    Yes: {Enabled: on}\n    N: {Enabled: off}\n    'On': x\n"
                + "    true: y\n").map("Mappings").orElseThrow().map("Flags").orElseThrow();
        assertThat(flags.entries()).containsOnlyKeys("Yes", "N", "On", "true");
        assertThat(scalar(flags.map("Yes").orElseThrow().get("Enabled")).value()).isEqualTo("true");
        assertThat(scalar(flags.map("N").orElseThrow().get("Enabled")).value()).isEqualTo("false");
        assertThat(scalar(flags.get("true")).kind()).isEqualTo(ScalarNode.Kind.BOOLEAN);
    }

    @Test
    void booleansInsideListsAndFunctions() {
        assertThat(list(prop("[yes, 'no', off]")).items()).extracting(n -> scalar(n).kind(), n -> scalar(n).value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ScalarNode.Kind.BOOLEAN, "true"),
                        org.assertj.core.groups.Tuple.tuple(ScalarNode.Kind.STRING, "no"),
                        org.assertj.core.groups.Tuple.tuple(ScalarNode.Kind.BOOLEAN, "false"));
        assertThat(argumentsOf(prop("!If [IsProd, Yes, N]"), "Fn::If").items())
                .extracting(n -> scalar(n).value()).containsExactly("IsProd", "true", "false");
        assertThat(argumentsOf(prop("!Equals [!Ref Flag, on]"), "Fn::Equals").get(1))
                .isEqualTo(new ScalarNode("true", ScalarNode.Kind.BOOLEAN, new SourcePosition("t.yaml", 5, 30)));
        assertThat(argumentsOf(prop("{Fn::Equals: [ON, 'ON']}"), "Fn::Equals").items())
                .extracting(n -> scalar(n).kind(), n -> scalar(n).value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ScalarNode.Kind.BOOLEAN, "true"),
                        org.assertj.core.groups.Tuple.tuple(ScalarNode.Kind.STRING, "ON"));
    }

    @Test
    void theArgumentOfAShortFormIsItsText() {
        assertThat(((MapNode) prop("!Ref yes")).get("Ref")).isEqualTo(ScalarNode.string("yes",
                new SourcePosition("t.yaml", 5, 10)));
        assertThat(scalar(((MapNode) prop("!Sub 'off'")).get("Fn::Sub")).value()).isEqualTo("off");
    }

    @Test
    void jsonIsUnaffected() {
        MapNode root = reader.read("t.json", "{\"a\": \"yes\", \"b\": true, \"c\": \"on\", \"d\": false}".getBytes(UTF_8));
        assertThat(root.entries().values()).extracting(n -> scalar(n).kind(), n -> scalar(n).value()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ScalarNode.Kind.STRING, "yes"),
                org.assertj.core.groups.Tuple.tuple(ScalarNode.Kind.BOOLEAN, "true"),
                org.assertj.core.groups.Tuple.tuple(ScalarNode.Kind.STRING, "on"),
                org.assertj.core.groups.Tuple.tuple(ScalarNode.Kind.BOOLEAN, "false"));
    }

    @Test
    void mergeKeyIsRefusedWhereItStands() {
        assertThatThrownBy(() -> read("Resources:\n  A:\n    <<: {Type: X}\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("t.yaml:3:5: YAML merge keys ('<<') are not supported by CloudFormation. "
                        + "write the merged keys out");
    }

    @Test
    void mergeKeyWithAnAliasIsRefusedAtWhicheverComesFirst() {
        assertThatThrownBy(() -> read("Resources:\n  A:\n    <<: *base\n"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("t.yaml:3:5: YAML merge keys ('<<')");
        assertThatThrownBy(() -> read("Base: &base {Type: X}\nResources:\n  A:\n    <<: *base\n"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("t.yaml:1:7: YAML anchors and aliases are not supported");
    }

    @ParameterizedTest
    @ValueSource(strings = {"'<<'", "\"<<\"", "!!str <<"})
    void aQuotedMergeKeyIsAnOrdinaryKey(String key) {
        // YAML 1.1 merges only a plain <<; written any other way it is a key like any other.
        MapNode a = read("Resources:\n  A:\n    " + key + ": 1\n").map("Resources").orElseThrow().map("A")
                .orElseThrow();
        assertThat(a.entries()).containsOnlyKeys("<<");
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!python/object/apply:os.system [ls]", "!!javax.script.ScriptEngineManager [x]",
        "!!binary aGVsbG8=", "!!timestamp 2001-12-14", "!!set {a, b}", "!!omap [a: 1]", "!!pairs [a: 1]",
        "!!merge x", "!!Ref x", "!<Ref> x", "!<!Ref> x", "!<tag:yaml.org,2002:str> x", "!GetParam x", "! x"})
    void tagsOutsideTheShortFormsAndTheCoreSchemaAreRefusedByName(String written) {
        String tag = written.substring(0, written.indexOf(' '));
        assertThatThrownBy(() -> prop(written))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("t.yaml:5:10: unknown YAML tag " + tag + ".")
                .hasMessageContaining("!Ref, !Condition, !GetAtt")
                .hasMessageContaining("!!str, !!int, !!float, !!bool, !!null, !!map, !!seq");
    }

    @Test
    void tagHandlesAndTagDirectivesAreRefused() {
        assertThatThrownBy(() -> prop("!foo!bar x"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("t.yaml:5:10: ")
                .hasMessageContaining("undefined tag handle !foo!");
        // With a directive, !!Ref would be !Ref and !e!str would be !!str: the tags would not say what they show.
        assertThatThrownBy(() -> read("%TAG !! !\n---\nResources: {A: !!Ref B}\n"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("t.yaml:1:1: YAML %TAG directives are not supported");
        assertThatThrownBy(() -> read("%TAG !e! tag:yaml.org,2002:\n---\nResources: {A: !e!str B}\n"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("t.yaml:1:1: YAML %TAG directives are not supported");
    }

    @Test
    void aLongTagIsQuotedAsAnExcerpt() {
        assertThatThrownBy(() -> prop("!" + "x".repeat(500) + " y"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("unknown YAML tag !" + "x".repeat(59) + "… (501 characters)")
                .message().doesNotContain("x".repeat(60));
    }

    @Test
    void coreTagsSetTheKind() {
        assertThat(scalar(prop("!!str 5"))).extracting(ScalarNode::kind, ScalarNode::value)
                .containsExactly(ScalarNode.Kind.STRING, "5");
        assertThat(scalar(prop("!!int \"5\""))).extracting(ScalarNode::kind, ScalarNode::value)
                .containsExactly(ScalarNode.Kind.NUMBER, "5");
        assertThat(scalar(prop("!!float '1.5'"))).extracting(ScalarNode::kind, ScalarNode::value)
                .containsExactly(ScalarNode.Kind.NUMBER, "1.5");
        assertThat(scalar(prop("!!bool \"True\""))).extracting(ScalarNode::kind, ScalarNode::value)
                .containsExactly(ScalarNode.Kind.BOOLEAN, "true");
        assertThat(scalar(prop("!!bool no"))).extracting(ScalarNode::kind, ScalarNode::value)
                .containsExactly(ScalarNode.Kind.BOOLEAN, "false");
        assertThat(scalar(prop("!!str yes"))).extracting(ScalarNode::kind, ScalarNode::value)
                .containsExactly(ScalarNode.Kind.STRING, "yes");
        assertThat(scalar(prop("!!null ~")).isNull()).isTrue();
        assertThat(scalar(prop("!!null ''")).isNull()).isTrue();
        assertThat(prop("!!map {a: 1}")).isInstanceOf(MapNode.class);
        assertThat(list(prop("!!seq [a]")).size()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "!!int abc|!!int cannot stand on the scalar 'abc'", "!!int 1.5|!!int cannot stand on the scalar '1.5'",
        "!!float abc|!!float cannot stand on the scalar 'abc'", "!!float 1.2.3|!!float cannot stand on the scalar '1.2.3'", "!!null foo|!!null cannot stand on the scalar 'foo'",
        "!!bool maybe|!!bool cannot stand on the scalar 'maybe'", "!!seq x|!!seq cannot stand on the scalar 'x'",
        "!!map [1]|!!map cannot stand on a list", "!!str {b: 1}|!!str cannot stand on a map"})
    void aCoreTagThatDoesNotFitItsNodeIsRefused(String written, String problem) {
        assertThatThrownBy(() -> prop(written))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("t.yaml:5:10: the YAML tag " + problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"&a x", "!Ref &a x", "!!str &a x", "&a [x]", "!!seq &a [x]", "!If &a [C, x, y]"})
    void anAnchorIsRefusedWhereverItStands(String written) {
        assertThatThrownBy(() -> prop(written))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("t.yaml:5:10: YAML anchors and aliases are not supported by CloudFormation");
    }

    @Test
    void keysTakeNoTagButStrAndNoAnchor() {
        assertThat(read("!!str Resources: {}\n").entries()).containsOnlyKeys("Resources");
        assertThatThrownBy(() -> read("Resources:\n  !Ref A: 1\n"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("t.yaml:2:3: a map key cannot carry a YAML tag other than !!str");
        assertThatThrownBy(() -> read("Resources:\n  !!python/name:os.system A: 1\n"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("t.yaml:2:3: unknown YAML tag !!python/name:os.system");
        assertThatThrownBy(() -> read("Resources:\n  &k A: 1\n"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("t.yaml:2:3: YAML anchors and aliases are not supported");
    }

    @Test
    void aKeyThatIsNotAScalarIsRefused() {
        assertThatThrownBy(() -> read("Resources:\n  ? [a, b]\n  : c\n"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("t.yaml:2:")
                .hasMessageContaining("a map key is a map, a list or an alias");
    }
}
