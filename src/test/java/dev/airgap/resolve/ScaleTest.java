package dev.airgap.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.template.MapNode;
import dev.airgap.template.StackTemplate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Resolution at the benchmark's shape (200 stacks of 257 resources) gives the same answers as at small scale. Each stack
 * imports from the previous one (named by a stack-scoped parameter), so the lookups between stacks are exercised too.
 * Speed is measured by the benchmark (see BENCHMARKS.md), never here.
 */
class ScaleTest {

    static String template() {
        StringBuilder sb = new StringBuilder("""
                Parameters:
                  Previous: {Type: String, Default: none}
                  Env: {Type: String, Default: prod}
                  Cidr: {Type: String, Default: 10.0.0.0/16}
                Conditions:
                  IsProd: !Equals [!Ref Env, prod]
                Resources:
                  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: !Ref Cidr}}
                """);
        // 1 VPC + 64 x (subnet, route table, association, route) = 257 resources
        for (int i = 0; i < 64; i++) {
            sb.append("""
                      Subnet%1$d:
                        Type: AWS::EC2::Subnet
                        Properties:
                          VpcId: !Ref Vpc
                          CidrBlock: !Select [%1$d, !Cidr [!GetAtt Vpc.CidrBlock, 64, 8]]
                          AvailabilityZone: !Select [%2$d, !GetAZs '']
                          Tags: [{Key: Name, Value: !Sub '${AWS::StackName}-subnet-%1$d'}]
                      Table%1$d:
                        Type: AWS::EC2::RouteTable
                        Properties: {VpcId: !Ref Vpc}
                      Assoc%1$d:
                        Type: AWS::EC2::SubnetRouteTableAssociation
                        Properties: {SubnetId: !Ref Subnet%1$d, RouteTableId: !Ref Table%1$d}
                      Route%1$d:
                        Type: AWS::EC2::Route
                        Condition: IsProd
                        Properties:
                          RouteTableId: !Ref Table%1$d
                          DestinationCidrBlock: 0.0.0.0/0
                          TransitGatewayId: !If [IsProd, {'Fn::ImportValue': !Sub '${Previous}-tgw'}, !Ref AWS::NoValue]
                    """.formatted(i, i % 3));
        }
        sb.append("Outputs:\n  Tgw: {Value: !Ref Vpc, Export: {Name: !Sub '${AWS::StackName}-tgw'}}\n");
        return sb.toString();
    }

    @Test
    void twoHundredStacksOf257ResourcesResolveLikeOne() {
        MapNode root = Fixtures.parse("stack.yaml", template());
        List<StackTemplate> stacks = new ArrayList<>();
        Map<String, String> previous = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            stacks.add(new StackTemplate("Stack" + i, "stack.yaml", root, "us-east-1", null, Map.of(), null, null));
            previous.put("Stack" + i + ".Previous", "Stack" + Math.max(i - 1, 0));
        }
        Resolver resolver = new Resolver(new ResolveOptions(previous, List.of(), Map.of()));
        ResolvedRun run = resolver.resolve(stacks);
        assertThat(run.stacks()).hasSize(200);
        assertThat(run.stacks().get(199).resources()).hasSize(257);
        assertThat(run.stacks().get(199).resources().get("Route5").property("TransitGatewayId"))
                .isEqualTo(new Value.Ref(new ResourceId("Stack198", "Vpc")));
        assertThat(run.stacks().get(7).resources().get("Subnet63").property("CidrBlock"))
                .isEqualTo(new Value.Text("10.0.63.0/24"));
    }
}
