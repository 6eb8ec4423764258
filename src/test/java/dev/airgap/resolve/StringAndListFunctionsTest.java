package dev.airgap.resolve;

import static dev.airgap.resolve.Fixtures.list;
import static dev.airgap.resolve.Fixtures.out;
import static dev.airgap.resolve.Fixtures.ref;
import static dev.airgap.resolve.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.airgap.template.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class StringAndListFunctionsTest {

    private static final String HEAD = """
            Parameters:
              Unset: {Type: String}
              Index: {Type: Number, Default: 1}
            Resources:
              A: {Type: AWS::EC2::RouteTable, Properties: {VpcId: vpc-1}}
              B: {Type: AWS::EC2::RouteTable, Properties: {VpcId: vpc-1}}
            Outputs:
            """;

    private static Value eval(String expression) {
        return out(HEAD + "  Out: {Value: " + expression + "}\n");
    }

    private static String expression(Value v) {
        assertThat(v).isInstanceOf(Value.Unknown.class);
        return ((Value.Unknown) v).expression();
    }

    @Test
    void joinOfTexts() {
        assertThat(eval("!Join ['-', [a, b, c]]")).isEqualTo(text("a-b-c"));
        assertThat(eval("!Join ['', []]")).isEqualTo(text(""));
    }

    @Test
    void joinWithDeployTimeParts() {
        assertThat(eval("!Join [',', [!Ref A, !Ref B]]")).isEqualTo(new Value.Concat(List.of(ref("Test", "A"),
                text(","), ref("Test", "B"))));
        assertThat(eval("!Join ['', [!Ref A]]")).isEqualTo(ref("Test", "A"));
    }

    @Test
    void joinOfUnknownList() {
        Value v = eval("!Join [',', !Split [',', !Ref Unset]]");
        assertThat(expression(v)).isEqualTo("Fn::Join[',', Fn::Split[',', Ref Unset]]");
    }

    @Test
    void joinWithOneArgumentIsAnError() {
        assertThatThrownBy(() -> eval("!Join [[a, b]]")).isInstanceOf(InputException.class)
                .hasMessageContaining("Fn::Join takes [delimiter, [values]], found a list of 1");
    }

    @Test
    void splitOfText() {
        assertThat(eval("!Split [',', 'a,b,,c']")).isEqualTo(list("a", "b", "", "c"));
        assertThat(eval("!Split [',', 'a,']")).isEqualTo(list("a", ""));
    }

    @Test
    void splitOfConcatSplitsOnlyItsText() {
        // widdix's vpc-endpoint-s3: RouteTableIds: !Split [',', !Join [',', [import, import]]]
        Value v = eval("!Split [',', !Join [',', [!Join [',', [!Ref A, !Ref B]], x]]]");
        assertThat(v).isEqualTo(new Value.ListValue(List.of(ref("Test", "A"), ref("Test", "B"), text("x"))));
    }

    @Test
    void splitKeepsAnUnknownWholeInItsPiece() {
        Value v = eval("!Split ['/', !Sub 'a/${Unset}x/b']");
        assertThat(v).isInstanceOfSatisfying(Value.ListValue.class, l -> {
            assertThat(l.items()).hasSize(3);
            assertThat(l.items().get(1)).isInstanceOf(Value.Concat.class);
            assertThat(l.items().get(2)).isEqualTo(text("b"));
        });
    }

    @Test
    void splitOfALoneDeployTimeStringIsUnknownExceptIdsAtCommas() {
        assertThat(eval("!Split [',', !Ref A]")).isEqualTo(new Value.ListValue(List.of(ref("Test", "A"))));
        assertThat(expression(eval("!Split [':', !Ref A]"))).isEqualTo("Fn::Split[':', Ref A]");
        assertThat(expression(eval("!Select [1, !Split ['/', !GetAtt A.Arn]]")))
                .isEqualTo("Fn::Select[1, Fn::Split['/', Fn::GetAtt A.Arn]]");
    }

    @Test
    void splitOfUnknown() {
        assertThat(expression(eval("!Split [',', !Ref Unset]"))).isEqualTo("Fn::Split[',', Ref Unset]");
    }

    @Test
    void selectByNumberOrString() {
        assertThat(eval("!Select [1, [a, b]]")).isEqualTo(text("b"));
        assertThat(eval("!Select ['0', [a, b]]")).isEqualTo(text("a"));
        assertThat(eval("!Select [!Ref Index, [a, b]]")).isEqualTo(text("b"));
    }

    @Test
    void selectOfUnknownListComposes() {
        Value v = eval("!Select [2, !Split [',', !Ref Unset]]");
        assertThat(expression(v)).isEqualTo("Fn::Select[2, Fn::Split[',', Ref Unset]]");
        assertThat(((Value.Unknown) v).reason()).contains("parameter Unset has no Default");
    }

    @Test
    void selectBeyondTheListIsUnknown() {
        assertThat(((Value.Unknown) eval("!Select [5, [a, b]]")).reason()).contains("beyond the 2 items");
    }

    @Test
    void selectWithOneArgumentIsAnErrorAtItsPosition() {
        assertThatThrownBy(() -> eval("!Select [[a, b]]")).isInstanceOf(InputException.class)
                .hasMessage("Test.yaml:8:16: Fn::Select takes [index, list], found a list of 1. "
                        + "write Fn::Select: [index, list]");
    }

    @Test
    void selectWithBadIndexIsAnError() {
        assertThatThrownBy(() -> eval("!Select [x, [a, b]]")).isInstanceOf(InputException.class)
                .hasMessageContaining("Fn::Select index 'x' is not a whole number");
        assertThatThrownBy(() -> eval("!Select [-1, [a, b]]")).isInstanceOf(InputException.class);
    }

    @Test
    void base64() {
        assertThat(eval("!Base64 'hello'")).isEqualTo(text("aGVsbG8="));
        assertThat(expression(eval("!Base64 {Ref: Unset}"))).isEqualTo("Fn::Base64 Ref Unset");
    }

    @Test
    void length() {
        assertThat(eval("{'Fn::Length': [a, b, c]}")).isEqualTo(text("3"));
        assertThat(expression(eval("{'Fn::Length': !Split [',', !Ref Unset]}")))
                .isEqualTo("Fn::Length Fn::Split[',', Ref Unset]");
    }

    @Test
    void toJsonString() {
        assertThat(eval("{'Fn::ToJsonString': {a: [x, 'y'], b: z}}"))
                .isEqualTo(text("{\"a\":[\"x\",\"y\"],\"b\":\"z\"}"));
        assertThat(eval("{'Fn::ToJsonString': {a: !Ref A}}")).isInstanceOf(Value.Unknown.class);
    }

    @Test
    void transformIsUnknown() {
        Value v = eval("{'Fn::Transform': {Name: 'AWS::Include', Parameters: {Location: 's3://b/k'}}}");
        assertThat(v).isInstanceOfSatisfying(Value.Unknown.class,
                u -> assertThat(u.reason()).contains("AWS::Include"));
    }

    @Test
    void unsupportedFunctionIsUnknown() {
        assertThat(eval("{'Fn::Nothing': [a]}")).isInstanceOf(Value.Unknown.class);
    }
}
