package dev.airgap.policy;

import static dev.airgap.policy.TestValues.doc;
import static dev.airgap.policy.TestValues.id;
import static dev.airgap.policy.TestValues.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.resolve.Value;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The layers of a request through a VPC endpoint: endpoint policy, role policies, bucket policy. */
class AccessEvaluatorTest {

    static final String ARTICLE_ENDPOINT_POLICY = """
            {'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow', 'Principal': '*', 'Action': 's3:*',
              'Resource': ['arn:aws:s3:::test-us-west-bt', 'arn:aws:s3:::test-us-west-bt/*']}]}""";
    static final Value ENDPOINT = new Value.Ref(id("S3Endpoint"));
    static final RequestContext VIA_ENDPOINT = RequestContext.builder().region("us-west-1")
            .throughEndpoint(ENDPOINT, new Value.Ref(id("Vpc"))).caller(Caller.role(id("Role"))).build();

    static EndpointPolicy endpoint(String json) {
        return EndpointPolicy.of(PolicySource.of(Layer.ENDPOINT, "endpoint S3Endpoint"), json(json));
    }

    static IdentityPolicies role(String... managedArns) {
        return IdentityPolicies.of(java.util.Arrays.stream(managedArns)
                .map(a -> ManagedPolicyCatalog.bundled().document(new Value.Text(a), Symbols.none()).orElseThrow())
                .toList());
    }

    @Nested
    class Article {
        private final AccessEvaluator evaluator = new AccessEvaluator(PolicySet.builder()
                .endpoint(endpoint(ARTICLE_ENDPOINT_POLICY))
                .identity(role("arn:aws:iam::aws:policy/AmazonS3FullAccess")).build(), VIA_ENDPOINT);

        @Test
        void theAllowedBucketIsReachable() {
            AccessAnswer a = evaluator.decide(AccessQuestion.s3("s3:ListBucket", BucketRef.named("test-us-west-bt")));
            assertThat(a.decision()).isEqualTo(Decision.ALLOW);
            assertThat(a.because()).extracting(DecidingStatement::label).containsExactly(
                    "endpoint S3Endpoint, Statement[0]",
                    "AWS managed policy AmazonS3FullAccess (v2, 2021-09-27), Statement[0]");
            assertThat(evaluator.decide(AccessQuestion.s3("s3:GetObject", BucketRef.named("test-us-west-bt")))
                    .decision()).isEqualTo(Decision.ALLOW);
        }

        @Test
        void listingAnotherBucketIsAnImplicitDenyByTheEndpointPolicy() {
            AccessAnswer a = evaluator.decide(AccessQuestion.s3("s3:ListBucket", BucketRef.named("test-us-west-bt2")));
            assertThat(a.decision()).isEqualTo(Decision.DENY);
            assertThat(a.explicitDeny()).isFalse();
            assertThat(a.resource()).isEqualTo("arn:aws:s3:::test-us-west-bt2");
            assertThat(a.because()).singleElement().satisfies(s -> {
                assertThat(s.contribution()).isEqualTo(Contribution.LIMITS);
                assertThat(s.note())
                        .isEqualTo("covers only arn:aws:s3:::test-us-west-bt, arn:aws:s3:::test-us-west-bt/*");
            });
            assertThat(a.reasons()).contains("the policy of endpoint S3Endpoint allows no s3:ListBucket on"
                    + " arn:aws:s3:::test-us-west-bt2 (implicit deny)");
        }

        @Test
        void creatingABucketIsDenied() {
            assertThat(evaluator.decide(AccessQuestion.s3("s3:CreateBucket", BucketRef.named("test-us-west-bt6")))
                    .decision()).isEqualTo(Decision.DENY);
        }

        @Test
        void perBucketPerActionAnswersForAUsersList() {
            List<AccessAnswer> answers = evaluator.decideAll(List.of(
                    AccessQuestion.s3("s3:PutObject", BucketRef.named("test-us-west-bt")),
                    AccessQuestion.s3("s3:GetObject", BucketRef.named("test-us-west-bt2"))));
            assertThat(answers).extracting(AccessAnswer::decision).containsExactly(Decision.ALLOW, Decision.DENY);
            assertThat(answers.get(1).resource()).isEqualTo("arn:aws:s3:::test-us-west-bt2/<any key>");
        }
    }

    @Nested
    class Layers {
        @Test
        void anEndpointWithoutPolicyAllowsWhatTheRoleAllows() {
            AccessEvaluator e = new AccessEvaluator(PolicySet.builder()
                    .endpoint(EndpointPolicy.fullAccess(PolicySource.of(Layer.ENDPOINT, "endpoint S3Endpoint")))
                    .identity(role("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess")).build(), VIA_ENDPOINT);
            AccessAnswer get = e.decide(AccessQuestion.s3("s3:GetObject", BucketRef.named("any")));
            assertThat(get.decision()).isEqualTo(Decision.ALLOW);
            assertThat(get.reasons()).contains("endpoint S3Endpoint has no policy: full access");
            assertThat(e.decide(AccessQuestion.s3("s3:PutObject", BucketRef.named("any"))).decision())
                    .isEqualTo(Decision.DENY);
        }

        @Test
        void withoutAKnownRoleTheAnswerIsUnknownUnlessTheEndpointDenies() {
            AccessEvaluator e = new AccessEvaluator(PolicySet.builder().endpoint(endpoint(ARTICLE_ENDPOINT_POLICY))
                    .identity(IdentityPolicies.unknown("no instance profile")).build(), VIA_ENDPOINT);
            AccessAnswer a = e.decide(AccessQuestion.s3("s3:ListBucket", BucketRef.named("test-us-west-bt")));
            assertThat(a.decision()).isEqualTo(Decision.UNKNOWN);
            assertThat(a.reasons()).contains("no instance profile");
            assertThat(e.decide(AccessQuestion.s3("s3:ListBucket", BucketRef.named("other"))).decision())
                    .isEqualTo(Decision.DENY);
        }

        @Test
        void theRoleCanBeLeftOutOnRequest() {
            AccessEvaluator e = new AccessEvaluator(PolicySet.builder().endpoint(endpoint(ARTICLE_ENDPOINT_POLICY))
                    .identity(IdentityPolicies.ignored()).build(), VIA_ENDPOINT);
            assertThat(e.decide(AccessQuestion.s3("s3:ListBucket", BucketRef.named("test-us-west-bt"))).decision())
                    .isEqualTo(Decision.ALLOW);
        }

        @Test
        void aDenyInTheRolesPoliciesWinsOverTheEndpointsAllow() {
            PolicyDocument deny = doc(Layer.IDENTITY, "inline NoDelete", "{'Version': '2012-10-17', 'Statement':"
                    + " {'Sid': 'NoDelete', 'Effect': 'Deny', 'Action': 's3:Delete*', 'Resource': '*'}}");
            PolicyDocument full = role("arn:aws:iam::aws:policy/AmazonS3FullAccess").policies().get(0);
            AccessEvaluator e = new AccessEvaluator(PolicySet.builder().endpoint(endpoint(ARTICLE_ENDPOINT_POLICY))
                    .identity(IdentityPolicies.of(List.of(full, deny))).build(), VIA_ENDPOINT);
            AccessAnswer a = e.decide(AccessQuestion.s3("s3:DeleteObject", BucketRef.named("test-us-west-bt")));
            assertThat(a.decision()).isEqualTo(Decision.DENY);
            assertThat(a.explicitDeny()).isTrue();
            assertThat(a.because()).extracting(DecidingStatement::label)
                    .containsExactly("inline NoDelete, Statement[0] (Sid NoDelete)");
        }

        @Test
        void aSameAccountBucketPolicyGrantsWhatTheRoleDoesNot() {
            BucketRef bucket = BucketRef.resource(id("Bucket"));
            PolicyDocument grant = doc(Layer.BUCKET, "bucket policy BucketPolicy", """
                    {'Version': '2012-10-17', 'Statement': {'Effect': 'Allow',
                     'Principal': {'AWS': {'Fn::GetAtt': ['Role', 'Arn']}}, 'Action': 's3:GetObject',
                     'Resource': {'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Bucket}/*'}}}""");
            AccessEvaluator e = new AccessEvaluator(PolicySet.builder()
                    .identity(IdentityPolicies.of(List.of()))
                    .bucketPolicy(new BucketPolicy(bucket, grant)).build(), VIA_ENDPOINT);
            assertThat(e.decide(AccessQuestion.s3("s3:GetObject", bucket)).decision()).isEqualTo(Decision.ALLOW);
            assertThat(e.decide(AccessQuestion.s3("s3:PutObject", bucket)).decision()).isEqualTo(Decision.DENY);
        }

        @Test
        void aPermissionsBoundaryCapsTheRole() {
            PolicyDocument boundary = doc(Layer.BOUNDARY, "boundary", "{'Version': '2012-10-17', 'Statement':"
                    + " {'Effect': 'Allow', 'Action': 's3:Get*', 'Resource': '*'}}");
            PolicyDocument full = role("arn:aws:iam::aws:policy/AmazonS3FullAccess").policies().get(0);
            AccessEvaluator e = new AccessEvaluator(PolicySet.builder()
                    .identity(IdentityPolicies.of(List.of(full), boundary)).build(), VIA_ENDPOINT);
            assertThat(e.decide(AccessQuestion.s3("s3:GetObject", BucketRef.named("b"))).decision())
                    .isEqualTo(Decision.ALLOW);
            assertThat(e.decide(AccessQuestion.s3("s3:PutObject", BucketRef.named("b"))).decision())
                    .isEqualTo(Decision.DENY);
        }

        @Test
        void anUnknownManagedPolicyMakesAnOtherwiseDeniedRequestUnknown() {
            AccessEvaluator e = new AccessEvaluator(PolicySet.builder()
                    .identity(role("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess",
                            "arn:aws:iam::aws:policy/PowerUserAccess")).build(), VIA_ENDPOINT);
            AccessAnswer a = e.decide(AccessQuestion.s3("s3:PutObject", BucketRef.named("b")));
            assertThat(a.decision()).isEqualTo(Decision.UNKNOWN);
            assertThat(a.reasons()).anySatisfy(r -> assertThat(r).contains("PowerUserAccess is not in the bundled"));
        }

        @Test
        void aBucketOutsideTheTemplatesIsAssumedToHaveNoPolicyUnlessToldOtherwise() {
            PolicySet.Builder b = PolicySet.builder().identity(role("arn:aws:iam::aws:policy/AmazonS3FullAccess"));
            AccessQuestion q = AccessQuestion.s3("s3:GetObject", BucketRef.named("elsewhere"));
            AccessAnswer assumed = new AccessEvaluator(b.build(), VIA_ENDPOINT).decide(q);
            assertThat(assumed.decision()).isEqualTo(Decision.ALLOW);
            assertThat(assumed.reasons()).contains("bucket elsewhere is not declared in the templates; its bucket"
                    + " policy, if any, is assumed to allow and deny nothing");
            assertThat(new AccessEvaluator(b.otherBucketsUnknown(true).build(), VIA_ENDPOINT).decide(q).decision())
                    .isEqualTo(Decision.UNKNOWN);
        }
    }

    @Nested
    class DataPerimeter {
        private final BucketRef bucket = BucketRef.resource(id("Bucket"));
        private final PolicyDocument perimeter = doc(Layer.BUCKET, "bucket policy BucketPolicy", """
                {'Version': '2012-10-17', 'Statement': [{'Sid': 'DenyOutsideVpce', 'Effect': 'Deny', 'Principal': '*',
                  'Action': 's3:*',
                  'Resource': [{'Fn::GetAtt': ['Bucket', 'Arn']}, {'Fn::Sub': '${Bucket.Arn}/*'}],
                  'Condition': {'StringNotEquals': {'aws:SourceVpce': {'Ref': 'S3Endpoint'}}}}]}""");

        private AccessAnswer ask(RequestContext context) {
            RequestContext withSymbols = context;
            return new AccessEvaluator(PolicySet.builder()
                    .identity(role("arn:aws:iam::aws:policy/AmazonS3FullAccess"))
                    .bucketPolicy(new BucketPolicy(bucket, perimeter)).build(), withSymbols)
                    .decide(AccessQuestion.s3("s3:GetObject", bucket));
        }

        private RequestContext through(Value endpoint) {
            return RequestContext.builder().region("us-west-1").throughEndpoint(endpoint, null)
                    .caller(Caller.role(id("Role")))
                    .symbols(Symbols.builder().attr(id("Bucket"), "Arn",
                            json("{'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Bucket}'}")).build())
                    .build();
        }

        @Test
        void throughTheNamedEndpointTheRequestIsAllowed() {
            assertThat(ask(through(ENDPOINT)).decision()).isEqualTo(Decision.ALLOW);
        }

        @Test
        void throughAnotherEndpointTheDenyApplies() {
            AccessAnswer a = ask(through(new Value.Ref(id("OtherEndpoint"))));
            assertThat(a.decision()).isEqualTo(Decision.DENY);
            assertThat(a.explicitDeny()).isTrue();
            assertThat(a.because()).extracting(DecidingStatement::label)
                    .containsExactly("bucket policy BucketPolicy, Statement[0] (Sid DenyOutsideVpce)");
        }

        @Test
        void overTheInternetTheDenyApplies() {
            RequestContext viaNat = RequestContext.builder().region("us-west-1").notThroughEndpoint()
                    .caller(Caller.role(id("Role"))).symbols(through(ENDPOINT).symbols()).build();
            assertThat(ask(viaNat).decision()).isEqualTo(Decision.DENY);
        }

        @Test
        void anEndpointKnownOnlyByLiteralIdIsUnknown() {
            assertThat(ask(through(json("'vpce-0ab367bd79ee990e4'"))).decision()).isEqualTo(Decision.UNKNOWN);
        }
    }
}
