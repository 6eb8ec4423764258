package dev.airgap.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.network.NetworkModel;
import dev.airgap.path.PathAnalyzer;
import dev.airgap.path.PathOptions;
import dev.airgap.path.PathResult;
import dev.airgap.resolve.ResolveOptions;
import dev.airgap.resolve.ResolvedRun;
import dev.airgap.resolve.Resolver;
import dev.airgap.template.TemplateLoader;
import dev.airgap.template.TemplateReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the network model of real cdk synth output turns into for the estimator. */
class CostInputsTest {

    private static CostInput input(String app, List<String> regions) {
        var stacks = new TemplateLoader(new TemplateReader(), Path.of("src/test/resources/cdk"), s -> { })
                .load(List.of(Path.of(app)));
        ResolvedRun run = new Resolver(new ResolveOptions(Map.of(), regions, Map.of())).resolve(stacks);
        NetworkModel model = NetworkModel.build(run);
        PathResult paths = new PathAnalyzer().analyze(model, PathOptions.defaults());
        return CostInputs.from(model, paths, Usage.none());
    }

    @Test
    void interfaceEndpointsCountTheDistinctAzsOfTheirSubnetsAndGatewayEndpointsAreListed() {
        CostInput in = input("11-baseline", List.of());

        assertThat(in.interfaceEndpoints()).extracting(InterfaceEndpointUse::service)
                .containsExactlyInAnyOrder("ssm", "ssmmessages", "ec2messages", "monitoring", "logs");
        assertThat(in.interfaceEndpoints()).allSatisfy(e -> {
            assertThat(e.region()).isEqualTo("ap-northeast-1");
            assertThat(e.azs()).containsExactlyInAnyOrder("ap-northeast-1a", "ap-northeast-1c", "ap-northeast-1d");
            assertThat(e.neededForOnPremises()).isFalse();
        });
        assertThat(in.gatewayEndpoints()).extracting(GatewayEndpointUse::service)
                .containsExactlyInAnyOrder("s3", "dynamodb");
        assertThat(in.natGateways()).isEmpty();
        assertThat(in.publicIpv4Addresses()).isEmpty();
    }

    @Test
    void aPublicNatGatewayCountsOnceWithItsElasticIp() {
        CostInput in = input("02-nat", List.of());

        assertThat(in.natGateways()).hasSize(1);
        assertThat(in.publicIpv4Addresses()).singleElement()
                .satisfies(ip -> assertThat(ip.kind()).isEqualTo(PublicIpv4Kind.EIP));
    }

    @Test
    void anInterfaceEndpointOnPremisesUsesIsMarkedNeeded() {
        CostInput in = input("05-hybrid-vpn-interface", List.of());

        assertThat(in.interfaceEndpoints()).singleElement()
                .satisfies(e -> assertThat(e.neededForOnPremises()).isTrue());
    }

    private static final String AGNOSTIC = """
            Resources:
              Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
              A: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24,
                  AvailabilityZone: !Select [0, !GetAZs '']}}
              B: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24,
                  AvailabilityZone: !Select [1, !GetAZs '']}}
              C: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.2.0/24,
                  AvailabilityZone: !Select [0, !GetAZs '']}}
              Ssm:
                Type: AWS::EC2::VPCEndpoint
                Properties:
                  VpcId: !Ref Vpc
                  VpcEndpointType: Interface
                  ServiceName: !Sub com.amazonaws.${AWS::Region}.ssm
                  SubnetIds: [!Ref A, !Ref B, !Ref C]
            """;

    private static CostInput agnostic(List<String> regions) {
        var stack = new dev.airgap.template.StackTemplate("App", "app.yaml",
                new TemplateReader().read("app.yaml", AGNOSTIC.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                null, null, Map.of(), null, null);
        ResolvedRun run = new Resolver(new ResolveOptions(Map.of(), regions, Map.of())).resolve(List.of(stack));
        NetworkModel model = NetworkModel.build(run);
        return CostInputs.from(model, new PathAnalyzer().analyze(model, PathOptions.defaults()), Usage.none());
    }

    @Test
    void environmentAgnosticEndpointsArePricedOncePerTargetRegion() {
        assertThat(agnostic(List.of("ap-northeast-1", "ap-northeast-3")).interfaceEndpoints())
                .extracting(InterfaceEndpointUse::region, e -> e.azs().size())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("ap-northeast-1", 2),
                        org.assertj.core.groups.Tuple.tuple("ap-northeast-3", 2));
    }

    @Test
    void zonesLeftToDeploymentStillCountAsDistinctByExpression() {
        assertThat(agnostic(List.of()).interfaceEndpoints()).singleElement().satisfies(e -> {
            assertThat(e.region()).isNull();
            assertThat(e.service()).isEqualTo("ssm");
            assertThat(e.azs()).hasSize(2);
        });
    }
}
