package dev.airgap.resolve;

import static dev.airgap.resolve.Fixtures.output;
import static dev.airgap.resolve.Fixtures.resolve;
import static dev.airgap.resolve.Fixtures.stack;
import static dev.airgap.resolve.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PseudoParametersTest {

    private static final String TEMPLATE = """
            Resources:
              Topic: {Type: AWS::SNS::Topic}
            Outputs:
              Region: {Value: !Ref AWS::Region}
              Account: {Value: !Ref AWS::AccountId}
              Partition: {Value: !Ref AWS::Partition}
              Suffix: {Value: !Ref AWS::URLSuffix}
              Name: {Value: !Ref AWS::StackName}
              Id: {Value: !Ref AWS::StackId}
              Notifications: {Value: !Ref AWS::NotificationARNs}
            """;

    private static ResolvedStack bound(String region, String account) {
        return resolve(stack("Net", region, account, TEMPLATE)).stacks().get(0);
    }

    @ParameterizedTest
    @CsvSource({"us-east-1,aws,amazonaws.com", "cn-north-1,aws-cn,amazonaws.com.cn",
            "us-gov-west-1,aws-us-gov,amazonaws.com", "eu-west-1,aws,amazonaws.com"})
    void knownRegionGivesRegionPartitionAndSuffix(String region, String partition, String suffix) {
        ResolvedStack s = bound(region, "111111111111");
        assertThat(output(s, "Region")).isEqualTo(text(region));
        assertThat(output(s, "Partition")).isEqualTo(text(partition));
        assertThat(output(s, "Suffix")).isEqualTo(text(suffix));
        assertThat(output(s, "Account")).isEqualTo(text("111111111111"));
        assertThat(output(s, "Name")).isEqualTo(text("Net"));
    }

    @Test
    void agnosticStackTakesTheTargetRegion() {
        ResolveOptions o = new ResolveOptions(Map.of(), List.of("eu-west-1", "cn-northwest-1"), Map.of());
        ResolvedRun run = resolve(o, stack("Net", TEMPLATE));
        assertThat(run.stacks()).extracting(ResolvedStack::region).containsExactly("eu-west-1", "cn-northwest-1");
        assertThat(output(run.stacks().get(1), "Region")).isEqualTo(text("cn-northwest-1"));
        assertThat(output(run.stacks().get(1), "Partition")).isEqualTo(text("aws-cn"));
    }

    @Test
    void regionBoundStackIgnoresTargetRegions() {
        ResolveOptions o = new ResolveOptions(Map.of(), List.of("eu-west-1", "us-west-2"), Map.of());
        ResolvedRun run = resolve(o, stack("Net", "ap-northeast-1", null, TEMPLATE));
        assertThat(run.stacks()).extracting(ResolvedStack::region).containsExactly("ap-northeast-1");
    }

    @Test
    void unknownRegionMakesRegionPartitionAndSuffixUnknown() {
        ResolvedStack s = resolve(stack("Net", TEMPLATE)).stacks().get(0);
        assertThat(s.region()).isNull();
        for (String name : List.of("Region", "Partition", "Suffix")) {
            assertThat(output(s, name)).isInstanceOfSatisfying(Value.Unknown.class,
                    u -> assertThat(u.reason()).contains("<regions>"));
        }
        assertThat(((Value.Unknown) output(s, "Region")).expression()).isEqualTo("Ref AWS::Region");
    }

    @Test
    void accountStackIdAndNotificationsUnknownWhenNotGiven() {
        ResolvedStack s = bound("us-east-1", null);
        assertThat(output(s, "Account")).isInstanceOfSatisfying(Value.Unknown.class,
                u -> assertThat(u.expression()).isEqualTo("Ref AWS::AccountId"));
        assertThat(output(s, "Id")).isInstanceOf(Value.Unknown.class);
        assertThat(output(s, "Notifications")).isInstanceOf(Value.Unknown.class);
    }

    @Test
    void nestedStackNameIsUnknown() {
        var parent = stack("Parent", "us-east-1", null, """
                Resources:
                  Child:
                    Type: AWS::CloudFormation::Stack
                    Properties: {TemplateURL: child.yaml}
                """);
        ResolvedRun run = resolve(parent, Fixtures.nested(parent, "Child", TEMPLATE));
        assertThat(output(run.stacks().get(1), "Name")).isInstanceOf(Value.Unknown.class);
    }
}
