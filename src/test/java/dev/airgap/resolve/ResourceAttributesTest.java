package dev.airgap.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.airgap.template.InputException;
import org.junit.jupiter.api.Test;

/** A key beside Type and Properties is refused, as CloudFormation refuses it, unless a transform may consume it. */
class ResourceAttributesTest {

    private static final String MISPLACED = """
            Resources:
              Vpc:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: 10.0.0.0/16
              Rt:
                Type: AWS::EC2::RouteTable
                Properties:
                  VpcId: !Ref Vpc
              Assoc:
                Type: AWS::EC2::SubnetRouteTableAssociation
                Properties:
                  SubnetId: subnet-1
                RouteTableId: !Ref Rt
            """;

    @Test
    void aPropertyIndentedOneLevelTooLittleIsALocatedError() {
        assertThatThrownBy(() -> Fixtures.one(MISPLACED))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("Test.yaml:14:")
                .hasMessageContaining("resource Assoc has the key 'RouteTableId'")
                .hasMessageContaining("indent it under Properties");
    }

    @Test
    void everyResourceAttributeCloudFormationAcceptsIsAccepted() {
        ResolvedStack s = Fixtures.one("""
                Conditions:
                  Always: !Equals [a, a]
                Resources:
                  Bucket:
                    Type: AWS::S3::Bucket
                    Condition: Always
                    DependsOn: [Other]
                    Metadata: {aws:cdk:path: Stack/Bucket/Resource}
                    DeletionPolicy: Retain
                    UpdateReplacePolicy: Retain
                    UpdatePolicy: {}
                    CreationPolicy: {}
                  Other: {Type: AWS::S3::Bucket}
                """);
        assertThat(s.resources()).hasSize(2);
    }

    @Test
    void aTransformedTemplateMayCarryKeysItsMacroConsumes() {
        ResolvedStack s = Fixtures.one("""
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Bucket:
                    Type: AWS::S3::Bucket
                    IgnoreGlobals: '*'
                """);
        assertThat(s.resources()).hasSize(1);
    }
}
