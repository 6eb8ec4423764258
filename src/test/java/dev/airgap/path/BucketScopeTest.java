package dev.airgap.path;

import static dev.airgap.path.Fixtures.analyze;
import static dev.airgap.path.Fixtures.s3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.network.NetworkModel;
import dev.airgap.policy.Scope;
import dev.airgap.template.TemplateLoader;
import dev.airgap.template.TemplateReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code buckets.scope} from the endpoint policy, the bucket policies and the client's role. */
class BucketScopeTest {

    @Test
    void gatewayEndpointPolicyRestrictsTheBucketsAsInTheArticle() {
        // corpus 03: the endpoint policy allows only test-us-west-bt; the instance role has AmazonS3ReadOnlyAccess
        var stacks = new TemplateLoader(new TemplateReader(), Paths.get(""), s -> { })
                .load(List.of(Paths.get("src/test/resources/corpus/cdk/03-s3-gateway-endpoint")));
        PathResult r = new PathAnalyzer().analyze(NetworkModel.build(Fixtures.resolve(stacks)), PathOptions.defaults());
        for (SubnetResult s : r.subnets()) {
            Buckets b = s.services().get("s3").buckets();
            assertThat(b.scope()).as(s.subnet().id() + ": " + b.reason()).isEqualTo(Scope.RESTRICTED);
            assertThat(b.allowed()).containsExactly("test-us-west-bt");
        }
    }

    @Test
    void withoutEndpointPolicyOrWorkloadNothingRestrictsTheBuckets() {
        PathResult r = analyze("us-west-2", Yaml.BASE + Yaml.s3Gateway("S3Endpoint", "RtA"));
        assertThat(s3(r, "SubnetA").buckets().scope()).isEqualTo(Scope.ALL);
        assertThat(s3(r, "SubnetB").buckets().scope()).isEqualTo(Scope.NONE);
    }

    /** SubnetA routes to a gateway endpoint with the given policy and holds an instance with no instance profile. */
    private static Buckets unknownRoleBuckets(String endpointPolicy) {
        String yaml = Yaml.BASE + Yaml.s3Gateway("S3Endpoint", "RtA") + "      PolicyDocument:\n" + endpointPolicy
                + Yaml.sg("Sg", null) + Yaml.instance("Box", "SubnetA", "Sg");
        return s3(analyze("us-west-2", yaml), "SubnetA").buckets();
    }

    private static final String ONLY_TEST_BUCKET = """
                    Version: '2012-10-17'
                    Statement:
                      - Sid: OnlyTestBucket
                        Effect: Allow
                        Principal: '*'
                        Action: 's3:*'
                        Resource:
                          - arn:aws:s3:::test-us-west-bt
                          - arn:aws:s3:::test-us-west-bt/*
            """;

    @Test
    void anAllowListEndpointPolicyCapsACallerWhoseRoleIsNotInTheTemplates() {
        Buckets b = unknownRoleBuckets(ONLY_TEST_BUCKET);
        assertThat(b.scope()).as(b.reason()).isEqualTo(Scope.RESTRICTED);
        assertThat(b.allowed()).containsExactly("test-us-west-bt");
        assertThat(b.role()).isNull();
        assertThat(b.reason()).isEqualTo("at most test-us-west-bt (endpoint policy S3Endpoint, statement "
                + "OnlyTestBucket); the instance has no role in the templates, so its own permissions are unknown.");
    }

    private static final String DENY_NOT_TEST_BUCKET = """
                    Statement:
                      - Effect: Allow
                        Principal: '*'
                        Action: 's3:*'
                        Resource: '*'
                      - Sid: NotOthers
                        Effect: Deny
                        Principal: '*'
                        Action: 's3:*'
                        NotResource:
                          - arn:aws:s3:::test-us-west-bt
                          - arn:aws:s3:::test-us-west-bt/*
            """;

    @Test
    void theBucketADenyNotResourceSparesIsReachable() {
        // no Allow names test-us-west-bt: only the Deny's NotResource does; it used to be missed (scope NONE)
        String yaml = Yaml.BASE + Yaml.s3Gateway("S3Endpoint", "RtA") + "      PolicyDocument:\n"
                + DENY_NOT_TEST_BUCKET;
        Buckets b = s3(analyze("us-west-2", yaml), "SubnetA").buckets();
        assertThat(b.scope()).as(b.reason()).isEqualTo(Scope.RESTRICTED);
        assertThat(b.allowed()).containsExactly("test-us-west-bt");
    }

    @Test
    void theRealWaitConditionSampleIsCappedByItsEndpointPolicy() throws IOException {
        // aws-cloudformation-templates: an instance without instance profile behind a gateway endpoint whose
        // policy allows only the wait-condition bucket of the region
        PathResult r = analyze("us-west-1", Files.readString(Paths.get("src/test/resources/corpus/public/"
                + "aws-cloudformation__aws-cloudformation-templates__Solutions__CloudFormationEndpointSignals__"
                + "cfn-endpoint-waitcondition-no-igw.yaml")));
        Buckets b = r.subnets().stream().filter(s -> s.subnet().id().logicalId().equals("PrivateSubnet1"))
                .findFirst().orElseThrow().services().get("s3").buckets();
        assertThat(b.scope()).as(b.reason()).isEqualTo(Scope.RESTRICTED);
        assertThat(b.allowed()).containsExactly("cloudformation-waitcondition-us-west-1");
        assertThat(b.reason()).isEqualTo("at most cloudformation-waitcondition-us-west-1 (endpoint policy S3Endpoint, "
                + "statement Statement[0]); the instance has no role in the templates, so its own permissions are "
                + "unknown.");
    }

    @Test
    void aDenyBasedEndpointPolicyLeavesTheUnknownCallerUnknown() {
        Buckets b = unknownRoleBuckets(DENY_NOT_TEST_BUCKET);
        assertThat(b.scope()).as(b.reason()).isEqualTo(Scope.UNKNOWN);
    }

    @Test
    void anEndpointAllowTheTemplatesCannotDecideLeavesTheUnknownCallerUnknown() {
        // the second statement might widen the list to any bucket, depending on the caller's tag
        Buckets b = unknownRoleBuckets(ONLY_TEST_BUCKET + """
                      - Effect: Allow
                        Principal: '*'
                        Action: 's3:*'
                        Resource: '*'
                        Condition:
                          StringEquals:
                            aws:PrincipalTag/team: data
            """);
        assertThat(b.scope()).as(b.reason()).isEqualTo(Scope.UNKNOWN);
    }

    @Test
    void anEndpointWithoutPolicyLeavesTheUnknownCallerUnknown() {
        String yaml = Yaml.BASE + Yaml.s3Gateway("S3Endpoint", "RtA") + Yaml.sg("Sg", null)
                + Yaml.instance("Box", "SubnetA", "Sg");
        assertThat(s3(analyze("us-west-2", yaml), "SubnetA").buckets().scope()).isEqualTo(Scope.UNKNOWN);
    }

    @Test
    void aBucketPolicyDenyNarrowsTheCeilingOfTheUnknownCaller() {
        String yaml = Yaml.BASE + Yaml.s3Gateway("S3Endpoint", "RtA") + "      PolicyDocument:\n" + """
                    Statement:
                      - Sid: TwoBuckets
                        Effect: Allow
                        Principal: '*'
                        Action: 's3:*'
                        Resource: [arn:aws:s3:::alpha, arn:aws:s3:::alpha/*, arn:aws:s3:::beta, arn:aws:s3:::beta/*]
            """ + """
                  Beta:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketName: beta
                  BetaPolicy:
                    Type: AWS::S3::BucketPolicy
                    Properties:
                      Bucket: !Ref Beta
                      PolicyDocument:
                        Statement:
                          - Effect: Deny
                            Principal: '*'
                            Action: 's3:*'
                            Resource: [arn:aws:s3:::beta, arn:aws:s3:::beta/*]
            """.indent(-4) + Yaml.sg("Sg", null) + Yaml.instance("Box", "SubnetA", "Sg");
        Buckets b = s3(analyze("us-west-2", yaml), "SubnetA").buckets();
        assertThat(b.scope()).as(b.reason()).isEqualTo(Scope.RESTRICTED);
        assertThat(b.allowed()).containsExactly("alpha");
    }
}
