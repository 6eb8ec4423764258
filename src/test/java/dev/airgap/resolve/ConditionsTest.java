package dev.airgap.resolve;

import static dev.airgap.resolve.Fixtures.output;
import static dev.airgap.resolve.Fixtures.resolve;
import static dev.airgap.resolve.Fixtures.stack;
import static dev.airgap.resolve.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.airgap.template.InputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionsTest {

    private static final String TEMPLATE = """
            Parameters:
              Env: {Type: String, Default: prod}
              Unset: {Type: String}
              Cidr: {Type: String, Default: ''}
            Conditions:
              IsProd: !Equals [!Ref Env, prod]
              IsDev: !Not [!Condition IsProd]
              Both: !And [!Condition IsProd, !Equals [!Ref 'AWS::Region', us-east-1]]
              Either: !Or [!Condition IsDev, !Equals [a, b]]
              Undecided: !Equals [!Ref Unset, 'yes']
              ProdOrUndecided: !Or [!Condition IsProd, !Condition Undecided]
              DevAndUndecided: !And [!Condition IsDev, !Condition Undecided]
              NoCidr: !Equals [!Ref Cidr, '']
            Resources:
              Always: {Type: AWS::SNS::Topic}
              OnlyProd: {Type: AWS::SNS::Topic, Condition: IsProd}
              OnlyDev: {Type: AWS::SNS::Topic, Condition: IsDev}
              Maybe: {Type: AWS::SNS::Topic, Condition: Undecided}
            Outputs:
              Prod: {Value: !If [IsProd, 'yes', 'no']}
              Dev: {Value: !If [IsDev, 'yes', 'no']}
              Both: {Value: !If [Both, 'yes', 'no']}
              Either: {Value: !If [Either, 'yes', 'no']}
              ProdOrUndecided: {Value: !If [ProdOrUndecided, 'yes', 'no']}
              DevAndUndecided: {Value: !If [DevAndUndecided, 'yes', 'no']}
              Undecided: {Value: !If [Undecided, 'yes', 'no']}
              SameBothWays: {Value: !If [Undecided, same, same]}
              SameUnknownBothWays: {Value: !If [Undecided, !Ref Unset, !Ref Unset]}
              NoCidr: {Value: !If [NoCidr, none, !Ref Cidr]}
              DevOnly: {Value: dev, Condition: IsDev}
              ProdOnly: {Value: prod, Condition: IsProd, Export: {Name: prod-export}}
            """;

    private static ResolvedStack resolved() {
        return Fixtures.one(TEMPLATE);
    }

    @Test
    void equalsAndNotAndOr() {
        ResolvedStack s = resolved();
        assertThat(output(s, "Prod")).isEqualTo(text("yes"));
        assertThat(output(s, "Dev")).isEqualTo(text("no"));
        assertThat(output(s, "Both")).isEqualTo(text("yes"));
        assertThat(output(s, "Either")).isEqualTo(text("no"));
        assertThat(output(s, "NoCidr")).isEqualTo(text("none"));
    }

    @Test
    void unknownOperandsThatDoNotMatter() {
        ResolvedStack s = resolved();
        assertThat(output(s, "ProdOrUndecided")).isEqualTo(text("yes"));
        assertThat(output(s, "DevAndUndecided")).isEqualTo(text("no"));
    }

    @Test
    void undecidableIfIsUnknownUnlessBothBranchesAgree() {
        ResolvedStack s = resolved();
        assertThat(output(s, "Undecided")).isInstanceOfSatisfying(Value.Unknown.class, u -> {
            assertThat(u.expression()).isEqualTo("Fn::If[Undecided, 'yes', 'no']");
            assertThat(u.reason()).startsWith("condition Undecided cannot be decided before deployment: "
                    + "parameter Unset has no Default");
        });
        assertThat(output(s, "SameBothWays")).isEqualTo(text("same"));
        assertThat(((Value.Unknown) output(s, "SameUnknownBothWays")).expression()).isEqualTo("Ref Unset");
    }

    @Test
    void resourceConditionDecidesPresence() {
        ResolvedStack s = resolved();
        assertThat(s.resources()).containsOnlyKeys("Always", "OnlyProd", "Maybe");
        assertThat(s.resources().get("OnlyProd").presence()).isEqualTo(Presence.PRESENT);
        Resource maybe = s.resources().get("Maybe");
        assertThat(maybe.presence()).isEqualTo(Presence.UNKNOWN);
        assertThat(maybe.presenceReason()).contains("Undecided").contains("parameter Unset has no Default");
        assertThat(s.resources().get("Always").presenceReason()).isEmpty();
    }

    @Test
    void overrideFlipsConditions() {
        ResolveOptions o = new ResolveOptions(Map.of("Env", "dev", "Unset", "yes"), List.of("us-east-1"), Map.of());
        ResolvedStack s = resolve(o, stack("Test", TEMPLATE)).stacks().get(0);
        assertThat(s.resources()).containsOnlyKeys("Always", "OnlyDev", "Maybe");
        assertThat(s.resources().get("Maybe").presence()).isEqualTo(Presence.PRESENT);
        assertThat(output(s, "Undecided")).isEqualTo(text("yes"));
    }

    @Test
    void outputConditionDropsTheOutputAndItsExport() {
        ResolvedStack s = resolved();
        assertThat(s.outputs()).doesNotContainKey("DevOnly").containsKey("ProdOnly");
        assertThat(s.exports()).containsEntry("prod-export", text("prod"));
    }

    @Test
    void refToAbsentResourceIsUnknown() {
        Value v = Fixtures.out("""
                Conditions:
                  Never: !Equals [a, b]
                Resources:
                  Gone: {Type: AWS::SNS::Topic, Condition: Never}
                Outputs:
                  Out: {Value: !Ref Gone}
                """);
        assertThat(v).isInstanceOfSatisfying(Value.Unknown.class,
                u -> assertThat(u.reason()).contains("its Condition Never is false"));
    }

    @Test
    void circularConditionsAreAnErrorNamingTheCycle() {
        assertThatThrownBy(() -> Fixtures.one("""
                Conditions:
                  A: !Condition B
                  B: !Not [!Condition C]
                  C: !And [!Condition A, !Equals [x, x]]
                Resources:
                  T: {Type: AWS::SNS::Topic, Condition: A}
                """)).isInstanceOf(InputException.class)
                .hasMessageContaining("circular Conditions in stack Test: A -> B -> C -> A");
    }

    @Test
    void missingConditionIsAnErrorAtItsUse() {
        assertThatThrownBy(() -> Fixtures.one("""
                Resources:
                  T:
                    Type: AWS::SNS::Topic
                    Condition: Nope
                """)).isInstanceOf(InputException.class)
                .hasMessage("Test.yaml:4:16: condition Nope does not exist in stack Test. declare it under "
                        + "Conditions, or fix the name (condition names are case-sensitive)");
        assertThatThrownBy(() -> Fixtures.out("""
                Resources:
                  T: {Type: AWS::SNS::Topic}
                Outputs:
                  Out: {Value: !If [Nope, a, b]}
                """)).isInstanceOf(InputException.class).hasMessageContaining("condition Nope does not exist");
    }

    @Test
    void badConditionShapesAreErrors() {
        assertThatThrownBy(() -> Fixtures.one("""
                Conditions:
                  A: !Equals [a]
                Resources:
                  T: {Type: AWS::SNS::Topic, Condition: A}
                """)).isInstanceOf(InputException.class)
                .hasMessageContaining("Fn::Equals takes [value, value], found a list of 1");
        assertThatThrownBy(() -> Fixtures.one("""
                Conditions:
                  A: !And [!Equals [a, a]]
                Resources:
                  T: {Type: AWS::SNS::Topic, Condition: A}
                """)).isInstanceOf(InputException.class).hasMessageContaining("Fn::And takes a list of 2 to 10");
        assertThatThrownBy(() -> Fixtures.out("""
                Conditions:
                  A: !Equals [a, a]
                Resources:
                  T: {Type: AWS::SNS::Topic}
                Outputs:
                  Out: {Value: !If [A, b]}
                """)).isInstanceOf(InputException.class).hasMessageContaining("Fn::If takes");
    }

    @Test
    void sameUnknownOnBothSidesIsEqual() {
        Value v = Fixtures.out("""
                Parameters:
                  Unset: {Type: String}
                Conditions:
                  Same: !Equals [!Ref Unset, !Ref Unset]
                Resources:
                  T: {Type: AWS::SNS::Topic}
                Outputs:
                  Out: {Value: !If [Same, 'yes', 'no']}
                """);
        assertThat(v).isEqualTo(text("yes"));
    }
}
