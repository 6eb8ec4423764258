package dev.airgap.resolve;

import static dev.airgap.resolve.Fixtures.list;
import static dev.airgap.resolve.Fixtures.output;
import static dev.airgap.resolve.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.airgap.template.InputException;
import org.junit.jupiter.api.Test;

class FindInMapTest {

    private static final String TEMPLATE = """
            Transform: AWS::LanguageExtensions
            Parameters:
              Unset: {Type: String}
            Mappings:
              RegionMap:
                us-east-1: {Cidr: 10.0.0.0/16, Azs: [us-east-1a, us-east-1b]}
              Sizes:
                small: {Count: 2}
            Resources:
              T: {Type: AWS::SNS::Topic}
            Outputs:
              Cidr: {Value: !FindInMap [RegionMap, !Ref 'AWS::Region', Cidr]}
              Azs: {Value: !Join [',', !FindInMap [RegionMap, !Ref 'AWS::Region', Azs]]}
              Nested: {Value: !FindInMap [Sizes, small, Count]}
              Missing: {Value: !FindInMap [RegionMap, eu-west-9, Cidr]}
              Default: {Value: !FindInMap [RegionMap, eu-west-9, Cidr, {DefaultValue: 10.9.0.0/16}]}
              UnknownKey: {Value: !FindInMap [RegionMap, !Ref Unset, Cidr]}
            """;

    @Test
    void findsByRegionAndReturnsLists() {
        ResolvedStack s = Fixtures.one(TEMPLATE);
        assertThat(output(s, "Cidr")).isEqualTo(text("10.0.0.0/16"));
        assertThat(output(s, "Azs")).isEqualTo(text("us-east-1a,us-east-1b"));
        assertThat(output(s, "Nested")).isEqualTo(text("2"));
        assertThat(list("a")).isInstanceOf(Value.ListValue.class);
    }

    @Test
    void missingKeyIsUnknownUnlessDefaultValue() {
        ResolvedStack s = Fixtures.one(TEMPLATE);
        assertThat(output(s, "Missing")).isInstanceOfSatisfying(Value.Unknown.class, u -> {
            assertThat(u.expression()).isEqualTo("Fn::FindInMap['RegionMap', 'eu-west-9', 'Cidr']");
            assertThat(u.reason()).contains("no entry eu-west-9/Cidr");
        });
        assertThat(output(s, "Default")).isEqualTo(text("10.9.0.0/16"));
    }

    @Test
    void unknownKeyComposes() {
        assertThat(output(Fixtures.one(TEMPLATE), "UnknownKey")).isInstanceOfSatisfying(Value.Unknown.class,
                u -> assertThat(u.expression()).isEqualTo("Fn::FindInMap['RegionMap', Ref Unset, 'Cidr']"));
    }

    @Test
    void regionKeyUnknownWithoutRegion() {
        assertThat(output(Fixtures.one(null, TEMPLATE), "Cidr")).isInstanceOfSatisfying(Value.Unknown.class,
                u -> assertThat(u.expression()).isEqualTo("Fn::FindInMap['RegionMap', Ref AWS::Region, 'Cidr']"));
    }

    @Test
    void missingMappingIsAnError() {
        assertThatThrownBy(() -> Fixtures.out("""
                Resources:
                  T: {Type: AWS::SNS::Topic}
                Outputs:
                  Out: {Value: !FindInMap [Nope, a, b]}
                """)).isInstanceOf(InputException.class)
                .hasMessageContaining("Test.yaml:4:16: Fn::FindInMap: stack Test has no mapping named Nope");
    }

    @Test
    void wrongShapeIsAnError() {
        assertThatThrownBy(() -> Fixtures.out("""
                Mappings:
                  M: {a: {b: c}}
                Resources:
                  T: {Type: AWS::SNS::Topic}
                Outputs:
                  Out: {Value: !FindInMap [M, a]}
                """)).isInstanceOf(InputException.class).hasMessageContaining("Fn::FindInMap takes");
    }
}
