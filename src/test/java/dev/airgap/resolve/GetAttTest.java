package dev.airgap.resolve;

import static dev.airgap.resolve.Fixtures.output;
import static dev.airgap.resolve.Fixtures.ref;
import static dev.airgap.resolve.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.airgap.template.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GetAttTest {

    private static final String NETWORK = """
            Resources:
              Vpc:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: 10.0.0.0/16
              Subnet:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Ref Vpc
                  CidrBlock: !Select [0, !Cidr [!GetAtt Vpc.CidrBlock, 4, 8]]
                  AvailabilityZone: !Select [1, !GetAZs '']
              Floating:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Ref Vpc
                  Ipv4IpamPoolId: ipam-pool-1
              Sg:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: sg
                  VpcId: !GetAtt Subnet.VpcId
              Bucket: {Type: AWS::S3::Bucket}
            Outputs:
              VpcCidr: {Value: !GetAtt Vpc.CidrBlock}
              VpcCidrString: {Value: {"Fn::GetAtt": "Vpc.CidrBlock"}}
              Associations: {Value: !GetAtt [Vpc, CidrBlockAssociations]}
              DefaultSg: {Value: !GetAtt Vpc.DefaultSecurityGroup}
              DefaultAcl: {Value: !GetAtt Vpc.DefaultNetworkAcl}
              SubnetAz: {Value: !GetAtt Subnet.AvailabilityZone}
              SubnetCidr: {Value: !GetAtt Subnet.CidrBlock}
              SubnetVpc: {Value: !GetAtt Subnet.VpcId}
              FloatingCidr: {Value: !GetAtt Floating.CidrBlock}
              FloatingAz: {Value: !GetAtt Floating.AvailabilityZone}
              GroupId: {Value: !GetAtt Sg.GroupId}
              SgVpc: {Value: !GetAtt Sg.VpcId}
              BucketArn: {Value: !GetAtt Bucket.Arn}
              BucketDomain: {Value: !GetAtt Bucket.DomainName}
            """;

    private static Value out(String name) {
        return output(Fixtures.one(NETWORK), name);
    }

    @Test
    void vpcCidrInBothForms() {
        assertThat(out("VpcCidr")).isEqualTo(text("10.0.0.0/16"));
        assertThat(out("VpcCidrString")).isEqualTo(text("10.0.0.0/16"));
    }

    @Test
    void deployTimeVpcAttributesAreAttrs() {
        ResourceId vpc = new ResourceId("Test", "Vpc");
        assertThat(out("Associations")).isEqualTo(new Value.Attr(vpc, "CidrBlockAssociations", ""));
        assertThat(out("DefaultSg")).isEqualTo(new Value.Attr(vpc, "DefaultSecurityGroup", ""));
        assertThat(out("DefaultAcl")).isEqualTo(new Value.Attr(vpc, "DefaultNetworkAcl", ""));
        assertThat(out("BucketDomain")).isEqualTo(new Value.Attr(new ResourceId("Test", "Bucket"), "DomainName", ""));
    }

    @Test
    void subnetAttributesComeFromItsProperties() {
        assertThat(out("SubnetAz")).isEqualTo(text("us-east-1b"));
        assertThat(out("SubnetCidr")).isEqualTo(text("10.0.0.0/24"));
        assertThat(out("SubnetVpc")).isEqualTo(ref("Test", "Vpc"));
    }

    @Test
    void subnetWithoutCidrOrAzIsUnknownWithReason() {
        assertThat(out("FloatingCidr")).isInstanceOfSatisfying(Value.Unknown.class, u -> {
            assertThat(u.expression()).isEqualTo("Fn::GetAtt Floating.CidrBlock");
            assertThat(u.reason()).contains("IPAM");
        });
        assertThat(out("FloatingAz")).isInstanceOfSatisfying(Value.Unknown.class,
                u -> assertThat(u.reason()).contains("AWS chooses one"));
    }

    @Test
    void securityGroupIdIsTheRef() {
        assertThat(out("GroupId")).isEqualTo(ref("Test", "Sg"));
        assertThat(out("SgVpc")).isEqualTo(ref("Test", "Vpc"));
    }

    @Test
    void bucketArnIsBuiltLikeSub() {
        assertThat(out("BucketArn")).isEqualTo(new Value.Concat(List.of(text("arn:aws:s3:::"),
                ref("Test", "Bucket"))));
    }

    @Test
    void attributeNameMayBeAFunction() {
        Value v = Fixtures.out("""
                Parameters:
                  Attr: {Type: String, Default: CidrBlock}
                Resources:
                  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.1.0.0/16}}
                Outputs:
                  Out: {Value: {"Fn::GetAtt": [Vpc, {Ref: Attr}]}}
                """);
        assertThat(v).isEqualTo(text("10.1.0.0/16"));
    }

    @Test
    void getAttOfMissingResourceIsAnError() {
        assertThatThrownBy(() -> Fixtures.out("""
                Resources:
                  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.1.0.0/16}}
                Outputs:
                  Out: {Value: !GetAtt Vcp.CidrBlock}
                """)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("Test.yaml:4:16: Fn::GetAtt Vcp.CidrBlock: stack Test has no resource "
                        + "named Vcp");
    }

    @Test
    void getAttOfParameterIsAnErrorThatSaysSo() {
        assertThatThrownBy(() -> Fixtures.out("""
                Parameters:
                  Cidr: {Type: String, Default: x}
                Resources:
                  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.1.0.0/16}}
                Outputs:
                  Out: {Value: !GetAtt Cidr.Value}
                """)).isInstanceOf(InputException.class).hasMessageContaining("is a parameter: use Ref");
    }

    @Test
    void getAttWithOneArgumentIsAnError() {
        assertThatThrownBy(() -> Fixtures.out("""
                Resources:
                  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.1.0.0/16}}
                Outputs:
                  Out: {Value: {"Fn::GetAtt": [Vpc]}}
                """)).isInstanceOf(InputException.class)
                .hasMessage("Test.yaml:4:16: Fn::GetAtt takes [LogicalId, Attribute], found a list of 1. "
                        + "write Fn::GetAtt: [LogicalId, Attribute]");
    }

    @Test
    void circularAttributesBecomeUnknownNotAHang() {
        ResolvedStack s = Fixtures.one("""
                Resources:
                  A:
                    Type: AWS::EC2::Subnet
                    Properties: {VpcId: vpc-1, CidrBlock: !GetAtt B.CidrBlock}
                  B:
                    Type: AWS::EC2::Subnet
                    Properties: {VpcId: vpc-1, CidrBlock: !GetAtt A.CidrBlock}
                """);
        Value a = s.resources().get("A").property("CidrBlock");
        assertThat(a.unknowns()).isNotEmpty();
        assertThat(a.unknowns().get(0).reason()).contains("circular dependency");
    }
}
