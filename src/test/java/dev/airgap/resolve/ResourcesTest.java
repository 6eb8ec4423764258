package dev.airgap.resolve;

import static dev.airgap.resolve.Fixtures.parse;
import static dev.airgap.resolve.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.airgap.template.InputException;
import dev.airgap.template.StackTemplate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourcesTest {

    private static final String JSON = """
            {
              "Resources": {
                "Zeta": {"Type": "AWS::SNS::Topic"},
                "Vpc8378EB38": {
                  "Type": "AWS::EC2::VPC",
                  "Properties": {"CidrBlock": "10.0.0.0/16"},
                  "Metadata": {"aws:cdk:path": "NetworkStack/Vpc/Resource"}
                },
                "Alpha": {"Type": "AWS::SNS::Topic", "Metadata": {"cfn_nag": {"rules_to_suppress": []}}}
              }
            }
            """;

    private static ResolvedStack resolve(Map<String, String> constructPaths) {
        StackTemplate t = new StackTemplate("NetworkStack", "cdk.out/NetworkStack.template.json",
                parse("cdk.out/NetworkStack.template.json", JSON), "us-west-1", "111111111111", constructPaths,
                null, null);
        return new Resolver(ResolveOptions.defaults()).resolve(List.of(t)).stacks().get(0);
    }

    @Test
    void resourcesKeepTemplateOrderTypePositionAndMetadata() {
        ResolvedStack s = resolve(Map.of());
        assertThat(s.resources()).containsOnlyKeys("Zeta", "Vpc8378EB38", "Alpha");
        assertThat(List.copyOf(s.resources().keySet())).containsExactly("Zeta", "Vpc8378EB38", "Alpha");
        Resource vpc = s.resources().get("Vpc8378EB38");
        assertThat(vpc.type()).isEqualTo("AWS::EC2::VPC");
        assertThat(vpc.id()).isEqualTo(new ResourceId("NetworkStack", "Vpc8378EB38"));
        assertThat(vpc.position().toString()).isEqualTo("cdk.out/NetworkStack.template.json:4:20");
        assertThat(vpc.property("CidrBlock")).isEqualTo(text("10.0.0.0/16"));
        assertThat(s.resources().get("Alpha").metadata().has("cfn_nag")).isTrue();
        assertThat(s.resources().get("Zeta").properties().entries()).isEmpty();
    }

    @Test
    void constructPathFromMetadataElseStackAndLogicalId() {
        ResolvedStack s = resolve(Map.of());
        assertThat(s.resources().get("Vpc8378EB38").constructPath()).isEqualTo("NetworkStack/Vpc/Resource");
        assertThat(s.resources().get("Alpha").constructPath()).isEqualTo("NetworkStack/Alpha");
    }

    @Test
    void constructPathFromTheAssemblyWins() {
        ResolvedStack s = resolve(Map.of("Alpha", "NetworkStack/Topic/Resource"));
        assertThat(s.resources().get("Alpha").constructPath()).isEqualTo("NetworkStack/Topic/Resource");
    }

    @Test
    void resourceWithoutTypeIsAnError() {
        assertThatThrownBy(() -> Fixtures.one("""
                Resources:
                  Broken:
                    Properties: {}
                """)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("Test.yaml:3:5: resource Broken has no Type");
    }

    @Test
    void forEachLoopsAreNotExpandedAndNamesTheyMakeAreUnknown() {
        ResolvedStack s = Fixtures.one("""
                Transform: AWS::LanguageExtensions
                Resources:
                  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
                  Fn::ForEach::Subnets:
                    - Name
                    - [A, B]
                    - Subnet${Name}:
                        Type: AWS::EC2::Subnet
                        Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24}
                Outputs:
                  First: {Value: !Ref SubnetA}
                  FirstAz: {Value: !GetAtt SubnetA.AvailabilityZone}
                  Fn::ForEach::Ids:
                    - Name
                    - [A, B]
                    - Id${Name}: {Value: !Ref Vpc}
                """);
        assertThat(s.resources()).containsOnlyKeys("Vpc");
        assertThat(s.outputs()).containsOnlyKeys("First", "FirstAz");
        assertThat(s.outputs().get("First")).isInstanceOfSatisfying(Value.Unknown.class,
                u -> assertThat(u.reason()).contains("Fn::ForEach"));
        assertThat(s.outputs().get("FirstAz")).isInstanceOf(Value.Unknown.class);
    }
}
