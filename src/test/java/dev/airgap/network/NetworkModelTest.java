package dev.airgap.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.airgap.path.Fixtures;
import dev.airgap.resolve.Presence;
import dev.airgap.resolve.ResolvedRun;
import dev.airgap.resolve.ResolvedStack;
import dev.airgap.resolve.Resource;
import dev.airgap.resolve.ResourceId;
import dev.airgap.resolve.Value;
import dev.airgap.template.InputException;
import dev.airgap.template.MapNode;
import dev.airgap.template.SourcePosition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetworkModelTest {

    private static RegionNetwork region(String yaml) {
        return Fixtures.model("us-west-2", yaml).regions().get(0);
    }

    private static final String VPC = """
            Resources:
              Vpc:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: 10.0.0.0/16
            """;

    @Test
    void anInvalidCidrLiteralIsBadInputWithTheResourcesPosition() {
        assertThatThrownBy(() -> region(VPC.replace("10.0.0.0/16", "10.0.0.300/16")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("Stack.yaml:3:")
                .hasMessageContaining("Vpc CidrBlock '10.0.0.300/16' is not a valid CIDR block");
    }

    @Test
    void unknownResourceTypesAreKeptAndBreakNothing() {
        RegionNetwork n = region(VPC + """
              Queue:
                Type: AWS::SQS::Queue
              Thing:
                Type: Custom::Whatever
                Properties:
                  Anything: [1, 2]
            """);
        assertThat(n.others()).extracting(OtherResource::type).containsExactly("AWS::SQS::Queue", "Custom::Whatever");
    }

    @Test
    void extraCidrBlocksGetALocalRouteInEveryTableOfTheVpc() {
        RegionNetwork n = region(VPC + """
              Extra:
                Type: AWS::EC2::VPCCidrBlock
                Properties:
                  VpcId: !Ref Vpc
                  CidrBlock: 100.64.0.0/16
              Rt:
                Type: AWS::EC2::RouteTable
                Properties:
                  VpcId: !Ref Vpc
            """);
        Vpc vpc = n.vpcs().iterator().next();
        assertThat(vpc.cidrs()).extracting(c -> Cidrs.text(c.get())).containsExactly("10.0.0.0/16", "100.64.0.0/16");
        assertThat(n.routes(new ResourceId("Stack", "Rt"))).extracting(Route::describe)
                .containsExactly("10.0.0.0/16 -> local", "100.64.0.0/16 -> local");
        assertThat(n.routeTable(vpc.mainRouteTableId()).orElseThrow().main()).isTrue();
    }

    @Test
    void securityGroupsKeepTheDefaultEgressRuleOnlyWithoutInlineEgress() {
        RegionNetwork n = region(VPC + """
              Open:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: open
                  VpcId: !Ref Vpc
              Closed:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: closed
                  VpcId: !Ref Vpc
                  SecurityGroupEgress:
                    - IpProtocol: icmp
                      FromPort: 252
                      ToPort: 86
                      CidrIp: 255.255.255.255/32
              OpenExtra:
                Type: AWS::EC2::SecurityGroupEgress
                Properties:
                  GroupId: !GetAtt Open.GroupId
                  IpProtocol: tcp
                  FromPort: 5432
                  ToPort: 5432
                  DestinationSecurityGroupId: !GetAtt Closed.GroupId
            """);
        SecurityGroup open = n.securityGroup(new ResourceId("Stack", "Open")).orElseThrow();
        assertThat(open.egress()).extracting(SecurityGroupRule::describe)
                .containsExactly("all traffic 0.0.0.0/0", "tcp/5432 security group Closed");
        SecurityGroup closed = n.securityGroup(new ResourceId("Stack", "Closed")).orElseThrow();
        assertThat(closed.egress()).singleElement().satisfies(r -> assertThat(r.coversTcp(443)).isFalse());
        // the VPC's default group is modelled too, last
        assertThat(n.securityGroups(new ResourceId("Stack", "Vpc"))).last()
                .satisfies(g -> assertThat(g.implicitDefault()).isTrue());
    }

    @Test
    void autoScalingGroupsTakeGroupsAndPublicIpFromTheirLaunchTemplate() {
        RegionNetwork n = region(VPC + """
              Subnet:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Ref Vpc
                  CidrBlock: 10.0.1.0/24
              Sg:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: app
                  VpcId: !Ref Vpc
              Lt:
                Type: AWS::EC2::LaunchTemplate
                Properties:
                  LaunchTemplateData:
                    NetworkInterfaces:
                      - DeviceIndex: 0
                        AssociatePublicIpAddress: true
                        Groups: [!GetAtt Sg.GroupId]
              Asg:
                Type: AWS::AutoScaling::AutoScalingGroup
                Properties:
                  MinSize: "1"
                  MaxSize: "1"
                  VPCZoneIdentifier: [!Ref Subnet]
                  LaunchTemplate:
                    LaunchTemplateId: !Ref Lt
                    Version: !GetAtt Lt.LatestVersionNumber
            """);
        Workload w = n.workloadsIn(new ResourceId("Stack", "Subnet")).get(0);
        assertThat(w.type()).isEqualTo("AWS::AutoScaling::AutoScalingGroup");
        assertThat(w.publicIp()).isEqualTo(PublicIp.YES);
        assertThat(w.securityGroups()).containsExactly(Known.of(new ResourceId("Stack", "Sg")));
    }

    @Test
    void ecsServicesAndLambdaFunctionsAreWorkloadsOfTheirSubnets() {
        RegionNetwork n = region(VPC + """
              Subnet:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Ref Vpc
                  CidrBlock: 10.0.1.0/24
              Svc:
                Type: AWS::ECS::Service
                Properties:
                  NetworkConfiguration:
                    AwsvpcConfiguration:
                      AssignPublicIp: ENABLED
                      Subnets: [!Ref Subnet]
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  VpcConfig:
                    SubnetIds: [!Ref Subnet]
            """);
        assertThat(n.workloadsIn(new ResourceId("Stack", "Subnet"))).extracting(Workload::type, Workload::publicIp)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("AWS::ECS::Service", PublicIp.YES),
                        org.assertj.core.groups.Tuple.tuple("AWS::Lambda::Function", PublicIp.NO));
    }

    @Test
    void firewallEndpointAttributesBecomeFirewallTargetsWithTheirAz() {
        ResourceId fw = new ResourceId("S", "Fw");
        ResourceId rt = new ResourceId("S", "Rt");
        Map<String, Resource> resources = new LinkedHashMap<>();
        resources.put("Fw", resource(fw, "AWS::NetworkFirewall::Firewall", Map.of()));
        resources.put("Rt", resource(rt, "AWS::EC2::RouteTable", Map.of()));
        resources.put("R", resource(new ResourceId("S", "R"), "AWS::EC2::Route", Map.of(
                "RouteTableId", new Value.Ref(rt),
                "DestinationCidrBlock", new Value.Text("0.0.0.0/0"),
                "VpcEndpointId", new Value.Attr(fw, "EndpointId", "us-west-2a"))));
        ResolvedRun run = new ResolvedRun(List.of(new ResolvedStack(Fixtures.stack("S", "us-west-2", "Resources: {}"),
                "us-west-2", resources, Map.of(), Map.of())));
        RegionNetwork n = NetworkModel.build(run).regions().get(0);
        assertThat(n.routes(rt)).singleElement().satisfies(r ->
                assertThat(r.target()).isEqualTo(new RouteTarget.FirewallEndpoint(fw, "us-west-2a")));
    }

    @Test
    void endpointServiceNamesInEverySpelling() {
        assertThat(ServiceNames.key(new Value.Text("com.amazonaws.us-west-2.s3"))).isEqualTo(Known.of("s3"));
        assertThat(ServiceNames.key(new Value.Text("cn.com.amazonaws.cn-north-1.s3"))).isEqualTo(Known.of("s3"));
        assertThat(ServiceNames.key(new Value.Text("com.amazonaws.eu-west-1.ecr.dkr"))).isEqualTo(Known.of("ecr.dkr"));
        assertThat(ServiceNames.key(new Value.Concat(List.of(new Value.Text("com.amazonaws."),
                new Value.Unknown("AWS::Region", "agnostic", SourcePosition.UNKNOWN), new Value.Text(".s3")))))
                .isEqualTo(Known.of("s3"));
        assertThat(ServiceNames.key(new Value.Unknown("Ref Service", "no value", SourcePosition.UNKNOWN)).isKnown())
                .isFalse();
    }

    private static Resource resource(ResourceId id, String type, Map<String, Value> props) {
        return new Resource(id, type, new Value.MapValue(props), Presence.PRESENT, "", SourcePosition.UNKNOWN,
                id.toString(), new MapNode(Map.of(), SourcePosition.UNKNOWN));
    }
}
