package dev.airgap.resolve;

import static dev.airgap.resolve.Fixtures.list;
import static dev.airgap.resolve.Fixtures.out;
import static dev.airgap.resolve.Fixtures.output;
import static dev.airgap.resolve.Fixtures.ref;
import static dev.airgap.resolve.Fixtures.resolve;
import static dev.airgap.resolve.Fixtures.stack;
import static dev.airgap.resolve.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.airgap.template.InputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RefAndParametersTest {

    private static final String PARAMS = """
            Parameters:
              VpcCidr:
                Type: String
                Default: 10.0.0.0/16
              Env:
                Type: String
              Subnets:
                Type: List<AWS::EC2::Subnet::Id>
                Default: subnet-1,subnet-2
              Names:
                Type: CommaDelimitedList
              Ami:
                Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>
                Default: /aws/service/ami
            Resources:
              Vpc:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: !Ref VpcCidr
            Outputs:
              Cidr: {Value: !Ref VpcCidr}
              Env: {Value: !Ref Env}
              Subnets: {Value: !Join [',', !Ref Subnets]}
              SecondSubnet: {Value: !Select [1, !Ref Subnets]}
              Names: {Value: !Select [0, !Ref Names]}
              Ami: {Value: !Ref Ami}
              Vpc: {Value: !Ref Vpc}
            """;

    @Test
    void refToResourceIsItsPhysicalId() {
        assertThat(output(Fixtures.one(PARAMS), "Vpc")).isEqualTo(ref("Test", "Vpc"));
    }

    @Test
    void parameterDefault() {
        ResolvedStack s = Fixtures.one(PARAMS);
        assertThat(output(s, "Cidr")).isEqualTo(text("10.0.0.0/16"));
        assertThat(s.resources().get("Vpc").property("CidrBlock")).isEqualTo(text("10.0.0.0/16"));
    }

    @Test
    void parameterWithoutDefaultIsUnknownAtTheRef() {
        Value env = output(Fixtures.one(PARAMS), "Env");
        assertThat(env).isInstanceOf(Value.Unknown.class);
        Value.Unknown u = (Value.Unknown) env;
        assertThat(u.expression()).isEqualTo("Ref Env");
        assertThat(u.reason()).isEqualTo("parameter Env has no Default and no value was given; "
                + "set it in the plugin's <parameters>");
        assertThat(u.position().toString()).isEqualTo("Test.yaml:22:16");
    }

    @Test
    void eachUseOfAnUnknownParameterHasItsOwnPosition() {
        ResolvedStack s = Fixtures.one(PARAMS.replace("Outputs:\n", "Outputs:\n  Again: {Value: !Ref Env}\n"));
        assertThat(((Value.Unknown) output(s, "Again")).position().line()).isEqualTo(21);
        assertThat(((Value.Unknown) output(s, "Env")).position().line()).isEqualTo(23);
    }

    @Test
    void globalOverrideWinsOverDefault() {
        ResolveOptions o = new ResolveOptions(Map.of("VpcCidr", "10.9.0.0/16", "Env", "prod"), List.of(), Map.of());
        ResolvedStack s = resolve(o, stack("Test", PARAMS)).stacks().get(0);
        assertThat(output(s, "Cidr")).isEqualTo(text("10.9.0.0/16"));
        assertThat(output(s, "Env")).isEqualTo(text("prod"));
    }

    @Test
    void stackScopedOverrideWinsOverGlobalAndAppliesToThatStackOnly() {
        ResolveOptions o = new ResolveOptions(Map.of("Env", "prod", "Other.Env", "test", "Test.VpcCidr",
                "10.1.0.0/16"), List.of(), Map.of());
        ResolvedRun run = resolve(o, stack("Test", PARAMS), stack("Other", PARAMS));
        assertThat(output(run.stacks().get(0), "Env")).isEqualTo(text("prod"));
        assertThat(output(run.stacks().get(0), "Cidr")).isEqualTo(text("10.1.0.0/16"));
        assertThat(output(run.stacks().get(1), "Env")).isEqualTo(text("test"));
        assertThat(output(run.stacks().get(1), "Cidr")).isEqualTo(text("10.0.0.0/16"));
    }

    @Test
    void listParametersAreLists() {
        ResolveOptions o = new ResolveOptions(Map.of("Names", "a, b"), List.of(), Map.of());
        ResolvedStack s = resolve(o, stack("Test", PARAMS)).stacks().get(0);
        assertThat(output(s, "Subnets")).isEqualTo(text("subnet-1,subnet-2"));
        assertThat(output(s, "SecondSubnet")).isEqualTo(text("subnet-2"));
        assertThat(output(s, "Names")).isEqualTo(text("a"));
    }

    @Test
    void ssmParameterIsUnknownUnlessGiven() {
        Value ami = output(Fixtures.one(PARAMS), "Ami");
        assertThat(ami).isInstanceOfSatisfying(Value.Unknown.class, u -> {
            assertThat(u.expression()).isEqualTo("Ref Ami");
            assertThat(u.reason()).contains("SSM parameter '/aws/service/ami'");
        });
        ResolveOptions o = new ResolveOptions(Map.of("Ami", "ami-123"), List.of(), Map.of());
        assertThat(output(resolve(o, stack("Test", PARAMS)).stacks().get(0), "Ami")).isEqualTo(text("ami-123"));
    }

    @Test
    void unknownListParameterComposesThroughSelect() {
        Value v = out("""
                Parameters:
                  Subnets: {Type: 'List<AWS::EC2::Subnet::Id>'}
                Resources:
                  Topic: {Type: AWS::SNS::Topic}
                Outputs:
                  Out: {Value: !Select [1, !Ref Subnets]}
                """);
        assertThat(v).isInstanceOfSatisfying(Value.Unknown.class, u -> {
            assertThat(u.expression()).isEqualTo("Fn::Select[1, Ref Subnets]");
            assertThat(u.reason()).startsWith("parameter Subnets has no Default");
        });
    }

    @Test
    void noValueIsDroppedFromMapsAndLists() {
        ResolvedStack s = Fixtures.one("""
                Resources:
                  Sg:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: !Ref AWS::NoValue
                      VpcId: vpc-1
                      Tags:
                        - !Ref AWS::NoValue
                        - {Key: Name, Value: sg}
                """);
        Value.MapValue props = s.resources().get("Sg").properties();
        assertThat(props.has("GroupDescription")).isFalse();
        assertThat(props.get("Tags")).isEqualTo(new Value.ListValue(List.of(new Value.MapValue(
                Map.of("Key", text("Name"), "Value", text("sg"))))));
    }

    @Test
    void refToMissingNameIsAnErrorAtItsPosition() {
        assertThatThrownBy(() -> Fixtures.one("""
                Resources:
                  Vpc:
                    Type: AWS::EC2::VPC
                    Properties:
                      CidrBlock: !Ref Missing
                """)).isInstanceOf(InputException.class)
                .hasMessage("Test.yaml:5:18: Ref Missing: stack Test has no parameter or resource named Missing. "
                        + "declare it, or fix the name (logical IDs are case-sensitive)");
    }

    @Test
    void refTakesOnlyAName() {
        assertThatThrownBy(() -> out("""
                Resources:
                  Topic: {Type: AWS::SNS::Topic}
                Outputs:
                  Out: {Value: {Ref: [a, b]}}
                """)).isInstanceOf(InputException.class).hasMessageContaining("Test.yaml:4:16: Ref takes the name");
    }

    @Test
    void unknownPseudoParameterIsAnError() {
        assertThatThrownBy(() -> out("""
                Resources:
                  Topic: {Type: AWS::SNS::Topic}
                Outputs:
                  Out: {Value: !Ref AWS::Nothing}
                """)).isInstanceOf(InputException.class).hasMessageContaining("unknown pseudo parameter AWS::Nothing");
    }

    @Test
    void multiRegionListValuesStayTexts() {
        assertThat(list("a", "b")).isEqualTo(new Value.ListValue(List.of(text("a"), text("b"))));
    }
}
