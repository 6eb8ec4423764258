package dev.airgap.resolve;

import static dev.airgap.resolve.Fixtures.out;
import static dev.airgap.resolve.Fixtures.ref;
import static dev.airgap.resolve.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.airgap.template.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubTest {

    private static final String HEAD = """
            Parameters:
              Env: {Type: String, Default: prod}
              Unset: {Type: String}
            Resources:
              Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.2.0.0/16}}
            Outputs:
            """;

    private static Value sub(String expression) {
        return out(HEAD + "  Out: {Value: " + expression + "}\n");
    }

    @Test
    void pseudoParameterAndParameter() {
        assertThat(sub("!Sub 'com.amazonaws.${AWS::Region}.s3'")).isEqualTo(text("com.amazonaws.us-east-1.s3"));
        assertThat(sub("!Sub '${Env}-bucket'")).isEqualTo(text("prod-bucket"));
    }

    @Test
    void resourceAndAttribute() {
        assertThat(sub("!Sub 'vpc ${Vpc} has ${Vpc.CidrBlock}'")).isEqualTo(new Value.Concat(List.of(
                text("vpc "), ref("Test", "Vpc"), text(" has 10.2.0.0/16"))));
    }

    @Test
    void literalDollarBrace() {
        assertThat(sub("!Sub 'keep ${!Literal} and ${Env}'")).isEqualTo(text("keep ${Literal} and prod"));
    }

    @Test
    void listFormWithVariables() {
        assertThat(sub("!Sub ['${Name}.${AWS::URLSuffix}/${Env}', {Name: !Select [0, [a, b]]}]"))
                .isEqualTo(text("a.amazonaws.com/prod"));
    }

    @Test
    void variableMayShadowAParameter() {
        assertThat(sub("!Sub ['${Env}', {Env: dev}]")).isEqualTo(text("dev"));
    }

    @Test
    void unknownPartMakesAConcatThatKeepsTheReason() {
        Value v = sub("!Sub '${Unset}-VPC'");
        assertThat(v).isInstanceOfSatisfying(Value.Concat.class, c -> {
            assertThat(c.parts()).hasSize(2);
            assertThat(((Value.Unknown) c.parts().get(0)).expression()).isEqualTo("Ref Unset");
            assertThat(c.parts().get(1)).isEqualTo(text("-VPC"));
        });
        assertThat(v.known()).isFalse();
        assertThat(v.unknowns()).singleElement().satisfies(u -> assertThat(u.reason()).contains("no Default"));
    }

    @Test
    void noPlaceholders() {
        assertThat(sub("!Sub plain")).isEqualTo(text("plain"));
    }

    @Test
    void unknownNameIsAnError() {
        assertThatThrownBy(() -> sub("!Sub '${Nope}'")).isInstanceOf(InputException.class)
                .hasMessageContaining("Ref Nope: stack Test has no parameter or resource named Nope");
    }

    @Test
    void wrongShapeIsAnError() {
        assertThatThrownBy(() -> sub("{'Fn::Sub': [a, b, c]}")).isInstanceOf(InputException.class)
                .hasMessageContaining("Fn::Sub takes [string, {variables}], found a list of 3");
    }
}
