package dev.airgap.resolve;

import static dev.airgap.resolve.Fixtures.nested;
import static dev.airgap.resolve.Fixtures.output;
import static dev.airgap.resolve.Fixtures.ref;
import static dev.airgap.resolve.Fixtures.resolve;
import static dev.airgap.resolve.Fixtures.stack;
import static dev.airgap.resolve.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.template.StackTemplate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Shaped like CDK's NestedStack output (corpus 07b): one child makes the network, the other uses its subnets. */
class NestedStackTest {

    private static final String PARENT = """
            Parameters:
              Flag: {Type: String, Default: 'on'}
            Conditions:
              WithEndpoints: !Equals [!Ref Flag, 'on']
            Resources:
              Network:
                Type: AWS::CloudFormation::Stack
                Properties:
                  TemplateURL: https://s3.amazonaws.com/b/network.json
              Endpoints:
                Type: AWS::CloudFormation::Stack
                Condition: WithEndpoints
                Properties:
                  TemplateURL: https://s3.amazonaws.com/b/endpoints.json
                  Parameters:
                    VpcId: !GetAtt Network.Outputs.VpcRef
                    VpcCidr: !GetAtt Network.Outputs.VpcCidr
                    SubnetIds: !Join [',', [!GetAtt Network.Outputs.Subnet1, !GetAtt Network.Outputs.Subnet2]]
                    Tag: !Ref AWS::NoValue
                    Topic: !Ref Topic
              Topic: {Type: AWS::SNS::Topic}
            Outputs:
              EndpointId: {Value: !GetAtt Endpoints.Outputs.EndpointId}
              NetworkVpc: {Value: !GetAtt Network.Outputs.VpcRef}
            """;

    private static final String NETWORK = """
            Resources:
              Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.7.0.0/16}}
              Subnet1: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.7.0.0/24}}
              Subnet2: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.7.1.0/24}}
            Outputs:
              VpcRef: {Value: !Ref Vpc}
              VpcCidr: {Value: !GetAtt Vpc.CidrBlock}
              Subnet1: {Value: !Ref Subnet1}
              Subnet2: {Value: !Ref Subnet2}
            """;

    private static final String ENDPOINTS = """
            Parameters:
              VpcId: {Type: String}
              VpcCidr: {Type: String}
              SubnetIds: {Type: CommaDelimitedList}
              Tag: {Type: String, Default: none}
              Topic: {Type: String}
            Resources:
              Sg:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: !Ref Tag
                  VpcId: !Ref VpcId
                  SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: !Ref VpcCidr}]
              Endpoint:
                Type: AWS::EC2::VPCEndpoint
                Properties:
                  VpcId: !Ref VpcId
                  SubnetIds: !Ref SubnetIds
                  ServiceName: !Sub com.amazonaws.${AWS::Region}.s3
                  VpcEndpointType: Interface
            Outputs:
              EndpointId: {Value: !Ref Endpoint}
              Topic: {Value: !Ref Topic}
            """;

    private static List<StackTemplate> stacks(String region) {
        StackTemplate parent = stack("Parent", region, "111111111111", PARENT);
        // The children come first: order of the input must not matter.
        return List.of(nested(parent, "Endpoints", ENDPOINTS), nested(parent, "Network", NETWORK), parent);
    }

    @Test
    void childParametersComeFromTheParentAndOutputsGoBack() {
        ResolvedRun run = new Resolver(ResolveOptions.defaults()).resolve(stacks("us-west-2"));
        assertThat(run.stacks()).extracting(ResolvedStack::name)
                .containsExactly("Parent/Endpoints", "Parent/Network", "Parent");
        ResolvedStack endpoints = run.stacks().get(0);
        Resource endpoint = endpoints.resources().get("Endpoint");
        assertThat(endpoint.property("VpcId")).isEqualTo(ref("Parent/Network", "Vpc"));
        assertThat(endpoint.property("SubnetIds")).isEqualTo(new Value.ListValue(List.of(
                ref("Parent/Network", "Subnet1"), ref("Parent/Network", "Subnet2"))));
        assertThat(endpoint.property("ServiceName")).isEqualTo(text("com.amazonaws.us-west-2.s3"));
        Resource sg = endpoints.resources().get("Sg");
        assertThat(sg.property("GroupDescription")).isEqualTo(text("none"));
        assertThat(sg.property("SecurityGroupIngress").toString()).contains("10.7.0.0/16");
        assertThat(output(run.stacks().get(2), "EndpointId")).isEqualTo(ref("Parent/Endpoints", "Endpoint"));
        assertThat(output(run.stacks().get(2), "NetworkVpc")).isEqualTo(ref("Parent/Network", "Vpc"));
        assertThat(output(endpoints, "Topic")).isEqualTo(ref("Parent", "Topic"));
    }

    @Test
    void outputOfANestedStackOutsideTheRunIsUnknown() {
        ResolvedStack parent = resolve(stack("Parent", "us-west-2", null, PARENT)).stacks().get(0);
        assertThat(output(parent, "NetworkVpc")).isInstanceOfSatisfying(Value.Unknown.class, u -> {
            assertThat(u.expression()).isEqualTo("Fn::GetAtt Network.Outputs.VpcRef");
            assertThat(u.reason()).contains("is not part of this run");
        });
    }

    @Test
    void childOfAnAgnosticParentFollowsEachTargetRegion() {
        ResolveOptions o = new ResolveOptions(Map.of(), List.of("eu-west-1", "us-east-1"), Map.of());
        ResolvedRun run = new Resolver(o).resolve(stacks(null));
        assertThat(run.stacks()).extracting(s -> s.name() + "@" + s.region()).containsExactly(
                "Parent/Endpoints@eu-west-1", "Parent/Endpoints@us-east-1", "Parent/Network@eu-west-1",
                "Parent/Network@us-east-1", "Parent@eu-west-1", "Parent@us-east-1");
        assertThat(run.stacks().get(1).resources().get("Endpoint").property("ServiceName"))
                .isEqualTo(text("com.amazonaws.us-east-1.s3"));
    }

    @Test
    void childThatTheParentDoesNotCreateIsLeftOut() {
        ResolveOptions o = new ResolveOptions(Map.of("Flag", "off"), List.of(), Map.of());
        ResolvedRun run = new Resolver(o).resolve(stacks("us-west-2"));
        assertThat(run.stacks()).extracting(ResolvedStack::name).containsExactly("Parent/Network", "Parent");
        assertThat(output(run.stacks().get(1), "EndpointId")).isInstanceOf(Value.Unknown.class);
    }

    @Test
    void childOfAnUndecidedParentResourceHasUnknownPresence() {
        StackTemplate parent = stack("Parent", "us-west-2", null,
                PARENT.replace("Flag: {Type: String, Default: 'on'}", "Flag: {Type: String}"));
        ResolvedRun run = resolve(parent, nested(parent, "Endpoints", ENDPOINTS), nested(parent, "Network", NETWORK));
        Resource endpoint = run.stacks().get(1).resources().get("Endpoint");
        assertThat(endpoint.presence()).isEqualTo(Presence.UNKNOWN);
        assertThat(endpoint.presenceReason()).contains("nested stack Endpoints of Parent")
                .contains("WithEndpoints");
        assertThat(run.stacks().get(2).resources().get("Vpc").presence()).isEqualTo(Presence.PRESENT);
    }

    @Test
    void childWhoseParentIsNotInTheRunIsAStackOfItsOwn() {
        StackTemplate parent = stack("Parent", "us-west-2", null, PARENT);
        ResolveOptions o = new ResolveOptions(Map.of("VpcId", "vpc-123"), List.of(), Map.of());
        ResolvedRun run = new Resolver(o).resolve(List.of(nested(parent, "Endpoints", ENDPOINTS)));
        Resource endpoint = run.stacks().get(0).resources().get("Endpoint");
        assertThat(endpoint.property("VpcId")).isEqualTo(text("vpc-123"));
        assertThat(endpoint.property("SubnetIds")).isInstanceOf(Value.Unknown.class);
    }

    @Test
    void nestingLoopDoesNotHang() {
        String template = "Resources:\n  T: {Type: AWS::SNS::Topic}\n";
        StackTemplate a = new StackTemplate("A", "a.yaml", Fixtures.parse("a.yaml", template), null, null, Map.of(),
                "B", "Child");
        StackTemplate b = new StackTemplate("B", "b.yaml", Fixtures.parse("b.yaml", template), null, null, Map.of(),
                "A", "Child");
        assertThat(new Resolver(ResolveOptions.defaults()).resolve(List.of(a, b)).stacks())
                .extracting(ResolvedStack::name).containsExactly("A", "B");
    }
}
