package dev.airgap.path;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.network.NetworkModel;
import dev.airgap.resolve.ResolvedRun;
import dev.airgap.template.StackTemplate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * At the benchmark's shape (200 stacks of about 257 resources) the verdicts are those of one stack: nothing is lost or
 * mixed up between stacks. Speed is measured by the benchmark (see BENCHMARKS.md), never here.
 */
class ScaleTest {

    static String stack(int n, boolean hostnames) {
        StringBuilder sb = new StringBuilder("Resources:\n");
        sb.append(res("Vpc", "AWS::EC2::VPC", "CidrBlock: 10." + (n % 250) + ".0.0/16\n      EnableDnsSupport: true"
                + "\n      EnableDnsHostnames: " + hostnames));
        sb.append(res("Igw", "AWS::EC2::InternetGateway", null));
        sb.append(res("IgwAtt", "AWS::EC2::VPCGatewayAttachment", "VpcId: !Ref Vpc\n      InternetGatewayId: !Ref Igw"));
        String[] kinds = {"Public", "Private", "Isolated"};
        int count = 3;
        for (int az = 0; az < 3; az++) {
            for (int k = 0; k < 3; k++) {
                String s = kinds[k] + az;
                sb.append(res("Subnet" + s, "AWS::EC2::Subnet", "VpcId: !Ref Vpc\n      CidrBlock: 10." + (n % 250) + "."
                        + (az * 3 + k) + ".0/24\n      AvailabilityZone: us-east-1" + (char) ('a' + az)
                        + (k == 0 ? "\n      MapPublicIpOnLaunch: true" : "")));
                sb.append(res("Rt" + s, "AWS::EC2::RouteTable", "VpcId: !Ref Vpc"));
                sb.append(res("Assoc" + s, "AWS::EC2::SubnetRouteTableAssociation",
                        "SubnetId: !Ref Subnet" + s + "\n      RouteTableId: !Ref Rt" + s));
                sb.append(res("AclAssoc" + s, "AWS::EC2::SubnetNetworkAclAssociation",
                        "SubnetId: !Ref Subnet" + s + "\n      NetworkAclId: !Ref Acl"));
                count += 4;
            }
            sb.append(res("Eip" + az, "AWS::EC2::EIP", "Domain: vpc"));
            sb.append(res("Nat" + az, "AWS::EC2::NatGateway", "SubnetId: !Ref SubnetPublic" + az
                    + "\n      AllocationId: !GetAtt Eip" + az + ".AllocationId"));
            sb.append(res("PubRoute" + az, "AWS::EC2::Route", "RouteTableId: !Ref RtPublic" + az
                    + "\n      DestinationCidrBlock: 0.0.0.0/0\n      GatewayId: !Ref Igw"));
            sb.append(res("PrivRoute" + az, "AWS::EC2::Route", "RouteTableId: !Ref RtPrivate" + az
                    + "\n      DestinationCidrBlock: 0.0.0.0/0\n      NatGatewayId: !Ref Nat" + az));
            count += 4;
        }
        sb.append(res("Acl", "AWS::EC2::NetworkAcl", "VpcId: !Ref Vpc"));
        for (int e = 0; e < 4; e++) {
            sb.append(res("AclEntry" + e, "AWS::EC2::NetworkAclEntry", "NetworkAclId: !Ref Acl\n      RuleNumber: "
                    + (100 + e) + "\n      Protocol: -1\n      RuleAction: allow\n      Egress: " + (e % 2 == 0)
                    + "\n      CidrBlock: 0.0.0.0/0"));
        }
        sb.append(res("S3", "AWS::EC2::VPCEndpoint", "VpcId: !Ref Vpc\n      ServiceName: com.amazonaws.us-east-1.s3\n"
                + "      RouteTableIds: [!Ref RtIsolated0, !Ref RtIsolated1, !Ref RtIsolated2]"));
        count += 6;
        String[] services = {"ssm", "ssmmessages", "ec2messages", "logs", "monitoring", "sts", "kms", "ecr.api"};
        for (String svc : services) {
            String id = svc.replace(".", "");
            sb.append(res("Sg" + id, "AWS::EC2::SecurityGroup", "GroupDescription: x\n      VpcId: !Ref Vpc\n"
                    + "      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 443\n"
                    + "          ToPort: 443\n          CidrIp: 10." + (n % 250) + ".0.0/16"));
            sb.append(res("Ep" + id, "AWS::EC2::VPCEndpoint", "VpcId: !Ref Vpc\n      VpcEndpointType: Interface\n"
                    + "      ServiceName: com.amazonaws.us-east-1." + svc + "\n      PrivateDnsEnabled: true\n"
                    + "      SecurityGroupIds: [!GetAtt Sg" + id + ".GroupId]\n"
                    + "      SubnetIds: [!Ref SubnetIsolated0, !Ref SubnetIsolated1, !Ref SubnetIsolated2]"));
            count += 2;
        }
        int i = 0;
        while (count < 257) {
            String sub = "Subnet" + kinds[i % 3] + (i % 3);
            sb.append(res("AppSg" + i, "AWS::EC2::SecurityGroup", "GroupDescription: x\n      VpcId: !Ref Vpc"));
            sb.append(res("App" + i, "AWS::EC2::Instance", "ImageId: ami-1\n      SubnetId: !Ref " + sub
                    + "\n      SecurityGroupIds: [!GetAtt AppSg" + i + ".GroupId]"));
            count += 2;
            i++;
        }
        return sb.toString();
    }

    private static String res(String id, String type, String props) {
        return "  " + id + ":\n    Type: " + type + "\n" + (props == null ? "" : "    Properties:\n      " + props + "\n");
    }

    @Test
    void twoHundredStacksOfTwoHundredFiftySevenResources() {
        run(true, Access.INTERFACE_ENDPOINT);
    }

    /** Every private-DNS endpoint blocked: the slow case where no client gets through. */
    @Test
    void twoHundredStacksWhereNoClientGetsThrough() {
        run(false, Access.NONE);
    }

    private static void run(boolean hostnames, Access ssm) {
        List<StackTemplate> stacks = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            stacks.add(Fixtures.stack("Stack" + n, "us-east-1", stack(n, hostnames)));
        }
        ResolvedRun run = Fixtures.resolve(stacks);
        int resources = run.stacks().stream().mapToInt(s -> s.resources().size()).sum();
        assertThat(resources).isGreaterThanOrEqualTo(200 * 257);
        NetworkModel model = NetworkModel.build(run);
        PathResult r = new PathAnalyzer().analyze(model, PathOptions.defaults());
        assertThat(r.subnets()).hasSize(200 * 9);
        assertThat(r.subnet("SubnetIsolated0").orElseThrow().services().get("s3").access())
                .isEqualTo(Access.GATEWAY_ENDPOINT);
        assertThat(r.subnet("SubnetPrivate1").orElseThrow().services().get("s3").access())
                .isEqualTo(Access.NAT_GATEWAY);
        assertThat(r.subnet("SubnetPrivate1").orElseThrow().services().get("ssm").access()).isEqualTo(ssm);
    }
}
