package dev.airgap.resolve;

import static dev.airgap.resolve.Fixtures.list;
import static dev.airgap.resolve.Fixtures.output;
import static dev.airgap.resolve.Fixtures.resolve;
import static dev.airgap.resolve.Fixtures.stack;
import static dev.airgap.resolve.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GetAzsTest {

    private static final String TEMPLATE = """
            Resources:
              T: {Type: AWS::SNS::Topic}
            Outputs:
              Own: {Value: !Join [',', !GetAZs '']}
              ByRef: {Value: !Join [',', !GetAZs {Ref: 'AWS::Region'}]}
              Named: {Value: !Join [',', !GetAZs eu-west-1]}
              First: {Value: !Select [0, !GetAZs '']}
              Second: {Value: !Select [1, !GetAZs {Ref: 'AWS::Region'}]}
              Unlisted: {Value: !Select [0, !GetAZs xx-nowhere-1]}
            """;

    @Test
    void bundledListForTheStacksRegion() {
        ResolvedStack s = Fixtures.one("ap-northeast-1", TEMPLATE);
        assertThat(output(s, "Own")).isEqualTo(text("ap-northeast-1a,ap-northeast-1c,ap-northeast-1d"));
        assertThat(output(s, "ByRef")).isEqualTo(output(s, "Own"));
        assertThat(output(s, "Named")).isEqualTo(text("eu-west-1a,eu-west-1b,eu-west-1c"));
        assertThat(output(s, "Second")).isEqualTo(text("ap-northeast-1c"));
    }

    @Test
    void chinaAndGovCloudAreBundled() {
        assertThat(output(Fixtures.one("cn-north-1", TEMPLATE), "Own"))
                .isEqualTo(text("cn-north-1a,cn-north-1b,cn-north-1d"));
        assertThat(output(Fixtures.one("us-gov-west-1", TEMPLATE), "First")).isEqualTo(text("us-gov-west-1a"));
    }

    @Test
    void overrideReplacesTheBundledList() {
        ResolveOptions o = new ResolveOptions(Map.of(), List.of("us-west-1"),
                Map.of("us-west-1", List.of("us-west-1b", "us-west-1c")));
        ResolvedStack s = resolve(o, stack("Test", TEMPLATE)).stacks().get(0);
        assertThat(output(s, "Own")).isEqualTo(text("us-west-1b,us-west-1c"));
        assertThat(output(resolve(o, stack("Test", TEMPLATE)).stacks().get(0), "Named"))
                .isEqualTo(text("eu-west-1a,eu-west-1b,eu-west-1c"));
    }

    @Test
    void unknownRegionGivesOneCanonicalExpression() {
        ResolvedStack s = Fixtures.one(null, TEMPLATE);
        assertThat(output(s, "First")).isInstanceOfSatisfying(Value.Unknown.class, u -> {
            assertThat(u.expression()).isEqualTo("Fn::Select[0, Fn::GetAZs '']");
            assertThat(u.reason()).contains("no target region");
        });
        assertThat(((Value.Unknown) output(s, "Second")).expression()).isEqualTo("Fn::Select[1, Fn::GetAZs '']");
    }

    @Test
    void regionWithoutBundledListIsUnknown() {
        assertThat(output(Fixtures.one(TEMPLATE), "Unlisted")).isInstanceOfSatisfying(Value.Unknown.class, u -> {
            assertThat(u.expression()).isEqualTo("Fn::Select[0, Fn::GetAZs 'xx-nowhere-1']");
            assertThat(u.reason()).contains("<availabilityZones>");
        });
    }

    @Test
    void bundledListNamesItsSource() {
        String json = new String(readBundled(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"retrieved\"").contains("docs.aws.amazon.com");
        assertThat(list("x")).isNotNull();
    }

    private static byte[] readBundled() {
        try (var in = AvailabilityZones.class.getResourceAsStream(AvailabilityZones.RESOURCE)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
