package dev.airgap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airgap.AnalysisResult;
import dev.airgap.network.NetworkModel;
import dev.airgap.path.Fixtures;
import dev.airgap.path.PathAnalyzer;
import dev.airgap.path.PathOptions;
import dev.airgap.path.PathResult;
import dev.airgap.report.json.JsonReport;
import dev.airgap.report.text.ConsoleSummary;
import dev.airgap.report.text.ExplainRenderer;
import dev.airgap.require.RequirementException;
import dev.airgap.resolve.ResolvedRun;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {

    static final String TEMPLATE = """
            Resources:
              Vpc:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: 10.0.0.0/16
              ZSubnet:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Ref Vpc
                  CidrBlock: 10.0.2.0/24
                  AvailabilityZone: us-west-1c
              ASubnet:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Ref Vpc
                  CidrBlock: 10.0.1.0/24
                  AvailabilityZone: us-west-1a
              Rt:
                Type: AWS::EC2::RouteTable
                Properties:
                  VpcId: !Ref Vpc
              AssocA:
                Type: AWS::EC2::SubnetRouteTableAssociation
                Properties:
                  SubnetId: !Ref ASubnet
                  RouteTableId: !Ref Rt
              S3:
                Type: AWS::EC2::VPCEndpoint
                Properties:
                  VpcId: !Ref Vpc
                  ServiceName: com.amazonaws.us-west-1.s3
                  RouteTableIds: [!Ref Rt]
              Queue:
                Type: AWS::SQS::Queue
            """;

    /** The analysis alone: no costs, availability, comparison, warnings or violations. */
    private static ReportInput input(ResolvedRun run, NetworkModel model, PathResult result) {
        return ReportInput.of(new AnalysisResult(List.of(), run, model, result, null, List.of()), "1.2.3");
    }

    private static String render() throws Exception {
        ResolvedRun run = Fixtures.run("us-west-1", TEMPLATE);
        NetworkModel model = NetworkModel.build(run);
        PathResult result = new PathAnalyzer().analyze(model, PathOptions.defaults());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonReport.write(out, input(run, model, result));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void followsTheContract() throws Exception {
        JsonNode root = new ObjectMapper().readTree(render());
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(2);
        assertThat(root.at("/tool/name").asText()).isEqualTo("airgap");
        assertThat(root.at("/tool/version").asText()).isEqualTo("1.2.3");
        assertThat(root.at("/stacks/0/name").asText()).isEqualTo("Stack");
        assertThat(root.at("/stacks/0/file").asText()).isEqualTo("Stack.yaml");
        assertThat(root.at("/stacks/0/region").asText()).isEqualTo("us-west-1");
        assertThat(root.at("/vpcs/0/logicalId").asText()).isEqualTo("Vpc");
        assertThat(root.at("/vpcs/0/onPremises/connected").asBoolean()).isFalse();
        assertThat(root.at("/vpcs/0/onPremises/services/s3/access").asText()).isEqualTo("NONE");
        // sorted by logical ID
        assertThat(root.at("/subnets/0/logicalId").asText()).isEqualTo("ASubnet");
        assertThat(root.at("/subnets/1/logicalId").asText()).isEqualTo("ZSubnet");
        JsonNode a = root.at("/subnets/0");
        assertThat(a.get("stack").asText()).isEqualTo("Stack");
        assertThat(a.get("path").asText()).isEqualTo("Stack/ASubnet");
        assertThat(a.get("vpc").asText()).isEqualTo("Vpc");
        assertThat(a.get("az").asText()).isEqualTo("us-west-1a");
        assertThat(a.get("cidr").asText()).isEqualTo("10.0.1.0/24");
        assertThat(a.at("/internet/egress").asText()).isEqualTo("NONE");
        JsonNode s3 = a.at("/services/s3");
        assertThat(s3.get("access").asText()).isEqualTo("GATEWAY_ENDPOINT");
        assertThat(s3.get("private").asBoolean()).isTrue();
        assertThat(s3.get("ipType").asText()).isEqualTo("PUBLIC");
        assertThat(s3.get("dnsName").asText()).isEqualTo("s3.us-west-1.amazonaws.com");
        assertThat(s3.get("requiresEndpointUrl").asBoolean()).isFalse();
        assertThat(s3.get("endpoint").asText()).isEqualTo("S3");
        assertThat(s3.at("/buckets/scope").asText()).isEqualTo("ALL");
        assertThat(s3.at("/buckets/allowed").isArray()).isTrue();
        assertThat(s3.get("hops").isArray()).isTrue();
        // a hop's detail is the index of its text in hopDetails, each text written once
        JsonNode hop = s3.at("/hops/0");
        assertThat(hop.get("component").asText()).isEqualTo("ASubnet");
        assertThat(hop.get("detail").isInt()).isTrue();
        assertThat(root.at("/hopDetails/" + hop.get("detail").asInt()).asText()).startsWith("source: ");
        List<String> details = new ArrayList<>();
        root.get("hopDetails").forEach(d -> details.add(d.asText()));
        assertThat(details).doesNotHaveDuplicates();
        assertThat(s3.get("codes").isArray()).isTrue();
        assertThat(s3.get("reason").asText()).isNotBlank();
        JsonNode z = root.at("/subnets/1/services/s3");
        assertThat(z.get("access").asText()).isEqualTo("NONE");
        assertThat(z.at("/blockers/0/code").asText()).isEqualTo("NO_ROUTE_TO_DESTINATION");
        assertThat(z.at("/blockers/0/fix").asText()).contains("gateway VPC endpoint");
        assertThat(root.get("costs").isObject()).isTrue();
        assertThat(root.get("violations").isArray()).isTrue();
        assertThat(root.get("resourceTypesNotModelled").toString()).contains("AWS::SQS::Queue");
    }

    @Test
    void isDeterministic() throws Exception {
        assertThat(render()).isEqualTo(render());
    }

    @Test
    void writesTheFileAndItsFolder(@TempDir Path dir) throws Exception {
        ResolvedRun run = Fixtures.run("us-west-1", TEMPLATE);
        NetworkModel model = NetworkModel.build(run);
        PathResult result = new PathAnalyzer().analyze(model, PathOptions.defaults());
        Path file = dir.resolve("target/airgap/airgap.json");
        ReportFiles.write(file, out -> JsonReport.write(out, input(run, model, result)));
        assertThat(Files.readString(file)).startsWith("{").contains("\"schemaVersion\" : 2");
    }

    @Test
    void explainShowsTheHopsAndEveryBlockerWithItsFix() {
        PathResult result = Fixtures.analyze("us-west-1", TEMPLATE);
        String ok = ExplainRenderer.render(result, SubnetSelector.parse("ASub*"), "s3");
        assertThat(ok).contains("Subnet ASubnet (Stack/ASubnet)").contains("s3: GATEWAY_ENDPOINT")
                .contains(" 1. ASubnet [AWS::EC2::Subnet]").contains("S3 [AWS::EC2::VPCEndpoint]");
        String blocked = ExplainRenderer.render(result, SubnetSelector.parse("ZSubnet"), "s3");
        assertThat(blocked).contains("s3: NONE").contains("blocked by:").contains("NO_ROUTE_TO_DESTINATION")
                .contains("fix: add a gateway VPC endpoint");
        assertThat(ExplainRenderer.render(result, SubnetSelector.parse("Nope"), "s3")).startsWith("No subnet matches 'Nope'")
                .contains("ASubnet");
    }

    @Test
    void summaryCountsAccessKinds() {
        ResolvedRun run = Fixtures.run("us-west-1", TEMPLATE);
        PathResult result = Fixtures.analyze("us-west-1", TEMPLATE);
        assertThat(ConsoleSummary.lines(run, result)).containsExactly(
                "airgap: 1 stack, 1 VPC, 2 subnets analysed",
                "  internet egress: 2 NONE",
                "  s3: 1 GATEWAY_ENDPOINT, 1 NONE");
    }

    @Test
    void anEnvironmentAgnosticStackIsListedOncePerTargetRegion() throws Exception {
        dev.airgap.template.StackTemplate stack = Fixtures.stack("Agnostic", null, TEMPLATE.replace("com.amazonaws.us-west-1.s3",
                "!Sub com.amazonaws.${AWS::Region}.s3"));
        ResolvedRun run = new dev.airgap.resolve.Resolver(new dev.airgap.resolve.ResolveOptions(java.util.Map.of(),
                java.util.List.of("us-east-1", "eu-west-1"), java.util.Map.of())).resolve(java.util.List.of(stack));
        NetworkModel model = NetworkModel.build(run);
        PathResult result = new PathAnalyzer().analyze(model, PathOptions.defaults());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonReport.write(out, input(run, model, result));
        JsonNode root = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(root.get("stacks")).hasSize(2);
        assertThat(root.at("/stacks/0/region").asText()).isEqualTo("eu-west-1");
        assertThat(root.get("subnets")).hasSize(4);
        assertThat(root.at("/subnets/0/logicalId").asText() + "@" + root.at("/subnets/0/region").asText())
                .isEqualTo("ASubnet@eu-west-1");
        assertThat(root.at("/subnets/1/logicalId").asText() + "@" + root.at("/subnets/1/region").asText())
                .isEqualTo("ASubnet@us-east-1");
        assertThat(root.at("/subnets/1/services/s3/dnsName").asText()).isEqualTo("s3.us-east-1.amazonaws.com");
        assertThat(root.at("/subnets/1/services/s3/access").asText()).isEqualTo("GATEWAY_ENDPOINT");
    }

    @Test
    void subnetsAreSelectedByIdGlobPathGlobOrTag() {
        PathResult result = Fixtures.analyze("us-west-1", TEMPLATE.replace("      AvailabilityZone: us-west-1c",
                "      AvailabilityZone: us-west-1c\n      Tags:\n        - Key: aws-cdk:subnet-type\n"
                        + "          Value: Isolated"));
        assertThat(SubnetSelector.parse("A*").select(result)).extracting(s -> s.subnet().id().logicalId())
                .containsExactly("ASubnet");
        assertThat(SubnetSelector.parse("Stack/Z*").select(result)).extracting(s -> s.subnet().id().logicalId())
                .containsExactly("ZSubnet");
        assertThat(SubnetSelector.parse("aws-cdk:subnet-type=Iso*").select(result)).extracting(s -> s.subnet().id()
                .logicalId()).containsExactly("ZSubnet");
        assertThat(SubnetSelector.parse("ASubnet, ZSubnet").select(result)).hasSize(2);
        assertThat(SubnetSelector.parse("").select(result)).hasSize(2);
    }

    @Test
    void theSubnetSelectorIsTheSyntaxOfSubnetsAndTheOldTagFormIsDeprecated() {
        PathResult result = Fixtures.analyze("us-west-1", TEMPLATE.replace("      AvailabilityZone: us-west-1c",
                "      AvailabilityZone: us-west-1c\n      Tags:\n        - Key: aws-cdk:subnet-type\n"
                        + "          Value: Isolated"));
        SubnetSelector tag = SubnetSelector.parse("tag:aws-cdk:subnet-type=Iso*");
        assertThat(tag.select(result)).extracting(s -> s.subnet().id().logicalId()).containsExactly("ZSubnet");
        assertThat(tag.warnings()).isEmpty();

        SubnetSelector old = SubnetSelector.parse("ASubnet, aws-cdk:subnet-type=Iso*");
        assertThat(old.select(result)).extracting(s -> s.subnet().id().logicalId())
                .containsExactly("ASubnet", "ZSubnet");
        assertThat(old.warnings()).singleElement().asString().contains("'aws-cdk:subnet-type=Iso*' is deprecated")
                .contains("tag:aws-cdk:subnet-type=Iso*");

        assertThatThrownBy(() -> SubnetSelector.parse("A Subnet")).isInstanceOf(RequirementException.class)
                .hasMessageContaining("white space");
    }
}
