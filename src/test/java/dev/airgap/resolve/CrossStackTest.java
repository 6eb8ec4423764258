package dev.airgap.resolve;

import static dev.airgap.resolve.Fixtures.output;
import static dev.airgap.resolve.Fixtures.ref;
import static dev.airgap.resolve.Fixtures.resolve;
import static dev.airgap.resolve.Fixtures.stack;
import static dev.airgap.resolve.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrossStackTest {

    /** Shaped like widdix's vpc-2azs.yaml: exports named after the stack. */
    private static final String VPC = """
            Resources:
              Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
              RouteTableA: {Type: AWS::EC2::RouteTable, Properties: {VpcId: !Ref Vpc}}
              RouteTableB: {Type: AWS::EC2::RouteTable, Properties: {VpcId: !Ref Vpc}}
            Outputs:
              VPC:
                Value: !Ref Vpc
                Export: {Name: !Sub '${AWS::StackName}-VPC'}
              RouteTables:
                Value: !Join [',', [!Ref RouteTableA, !Ref RouteTableB]]
                Export: {Name: !Sub '${AWS::StackName}-RouteTables'}
              Cidr:
                Value: !GetAtt Vpc.CidrBlock
            """;

    /** Shaped like widdix's vpc-endpoint-s3.yaml. */
    private static final String ENDPOINT = """
            Parameters:
              ParentVPCStack: {Type: String}
            Resources:
              EndpointS3:
                Type: AWS::EC2::VPCEndpoint
                Properties:
                  RouteTableIds: !Split [',', {'Fn::ImportValue': !Sub '${ParentVPCStack}-RouteTables'}]
                  ServiceName: !Sub 'com.amazonaws.${AWS::Region}.s3'
                  VpcId: {'Fn::ImportValue': !Sub '${ParentVPCStack}-VPC'}
            """;

    private static ResolveOptions options(String... regions) {
        return new ResolveOptions(Map.of("ParentVPCStack", "vpc"), List.of(regions), Map.of());
    }

    @Test
    void importValueFindsTheExportOfAnotherStackWhateverTheOrder() {
        ResolvedRun run = resolve(options("eu-west-1"), stack("endpoint", ENDPOINT), stack("vpc", VPC));
        Resource endpoint = run.stacks().get(0).resources().get("EndpointS3");
        assertThat(endpoint.property("VpcId")).isEqualTo(ref("vpc", "Vpc"));
        assertThat(endpoint.property("RouteTableIds")).isEqualTo(new Value.ListValue(List.of(
                ref("vpc", "RouteTableA"), ref("vpc", "RouteTableB"))));
        assertThat(endpoint.property("ServiceName")).isEqualTo(text("com.amazonaws.eu-west-1.s3"));
        assertThat(run.stacks().get(1).exports()).containsKeys("vpc-VPC", "vpc-RouteTables");
    }

    @Test
    void importMatchesWithinTheSameRegionOnly() {
        ResolvedRun run = resolve(options(), stack("endpoint", "us-east-1", null, ENDPOINT),
                stack("vpc", "eu-west-1", null, VPC));
        Value vpc = run.stacks().get(0).resources().get("EndpointS3").property("VpcId");
        assertThat(vpc).isInstanceOfSatisfying(Value.Unknown.class, u -> {
            assertThat(u.expression()).isEqualTo("Fn::ImportValue 'vpc-VPC'");
            assertThat(u.reason()).startsWith("no stack in this run exports vpc-VPC");
        });
    }

    @Test
    void regionlessSidesMatchAnyRegion() {
        ResolvedRun run = resolve(options(), stack("endpoint", "us-east-1", null, ENDPOINT), stack("vpc", VPC));
        assertThat(run.stacks().get(0).resources().get("EndpointS3").property("VpcId")).isEqualTo(ref("vpc", "Vpc"));
    }

    @Test
    void eachRegionImportsItsOwnInstance() {
        ResolvedRun run = resolve(options("eu-west-1", "us-east-1"), stack("vpc", VPC), stack("endpoint", ENDPOINT));
        assertThat(run.stacks()).extracting(s -> s.name() + "@" + s.region())
                .containsExactly("vpc@eu-west-1", "vpc@us-east-1", "endpoint@eu-west-1", "endpoint@us-east-1");
        assertThat(run.stacks().get(3).resources().get("EndpointS3").property("VpcId")).isEqualTo(ref("vpc", "Vpc"));
        assertThat(run.resource(new ResourceId("vpc", "Vpc"), "us-east-1")).isPresent();
    }

    @Test
    void missingExportIsUnknown() {
        ResolvedRun run = resolve(options("eu-west-1"), stack("endpoint", ENDPOINT));
        assertThat(run.stacks().get(0).resources().get("EndpointS3").property("RouteTableIds"))
                .isInstanceOfSatisfying(Value.Unknown.class, u -> {
                    assertThat(u.expression()).isEqualTo("Fn::Split[',', Fn::ImportValue 'vpc-RouteTables']");
                    assertThat(u.reason()).startsWith("no stack in this run exports vpc-RouteTables");
                });
    }

    @Test
    void unknownExportNameIsUnknown() {
        ResolvedRun run = resolve(new ResolveOptions(Map.of(), List.of("eu-west-1"), Map.of()),
                stack("endpoint", ENDPOINT), stack("vpc", VPC));
        assertThat(run.stacks().get(0).resources().get("EndpointS3").property("VpcId"))
                .isInstanceOfSatisfying(Value.Unknown.class, u -> {
                    assertThat(u.expression()).isEqualTo("Fn::ImportValue Fn::Join['', [Ref ParentVPCStack, '-VPC']]");
                    assertThat(u.reason()).contains("parameter ParentVPCStack has no Default");
                });
    }

    @Test
    void getStackOutputReadsTheNamedStack() {
        String consumer = """
                Resources:
                  Sg:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: sg
                      VpcId: {'Fn::GetStackOutput': {StackName: vpc, OutputName: VPC}}
                Outputs:
                  Cidr: {Value: {'Fn::GetStackOutput': {StackName: vpc, OutputName: Cidr, Region: eu-west-1}}}
                  Missing: {Value: {'Fn::GetStackOutput': {StackName: vpc, OutputName: Nope}}}
                  OtherStack: {Value: {'Fn::GetStackOutput': {StackName: nope, OutputName: VPC}}}
                """;
        ResolvedRun run = resolve(options(), stack("consumer", "eu-west-1", null, consumer),
                stack("vpc", "eu-west-1", null, VPC));
        ResolvedStack c = run.stacks().get(0);
        assertThat(c.resources().get("Sg").property("VpcId")).isEqualTo(ref("vpc", "Vpc"));
        assertThat(output(c, "Cidr")).isEqualTo(text("10.0.0.0/16"));
        assertThat(output(c, "Missing")).isInstanceOfSatisfying(Value.Unknown.class,
                u -> assertThat(u.reason()).isEqualTo("stack vpc (eu-west-1) has no output Nope"));
        assertThat(output(c, "OtherStack")).isInstanceOfSatisfying(Value.Unknown.class,
                u -> assertThat(u.reason()).startsWith("no stack named nope in eu-west-1 is part of this run"));
    }

    @Test
    void stacksImportingFromEachOtherGiveUnknownsNotAHang() {
        String a = """
                Resources:
                  T: {Type: AWS::SNS::Topic}
                Outputs:
                  Out: {Value: {'Fn::ImportValue': b-out}, Export: {Name: a-out}}
                """;
        String b = """
                Resources:
                  T: {Type: AWS::SNS::Topic}
                Outputs:
                  Out: {Value: {'Fn::ImportValue': a-out}, Export: {Name: b-out}}
                """;
        ResolvedRun run = resolve(stack("a", a), stack("b", b));
        Value out = output(run.stacks().get(0), "Out");
        assertThat(out.unknowns()).isNotEmpty();
        assertThat(out.unknowns().get(0).reason()).contains("circular dependency between stacks")
                .contains("a output Out").contains("b output Out");
    }

    @Test
    void duplicateExportsWithDifferentValuesAreUnknown() {
        String exporter = """
                Resources:
                  T: {Type: AWS::SNS::Topic}
                Outputs:
                  Out: {Value: !Ref T, Export: {Name: shared}}
                """;
        String importer = """
                Resources:
                  T: {Type: AWS::SNS::Topic}
                Outputs:
                  Out: {Value: {'Fn::ImportValue': shared}}
                """;
        ResolvedRun run = resolve(stack("x", exporter), stack("y", exporter), stack("z", importer));
        assertThat(output(run.stacks().get(2), "Out")).isInstanceOfSatisfying(Value.Unknown.class,
                u -> assertThat(u.reason()).contains("exported by several stacks"));
    }
}
