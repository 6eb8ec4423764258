package dev.airgap.policy;

import static dev.airgap.policy.TestValues.doc;
import static dev.airgap.policy.TestValues.id;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One policy document evaluated alone: the rules of AWS's policy language. */
class DocumentEvaluationTest {

    private static final RequestContext CONTEXT = RequestContext.builder().region("us-west-1").build();
    private static final AccessEvaluator EVALUATOR = new AccessEvaluator(PolicySet.builder().build(), CONTEXT);

    static DocumentResult identity(String json, String action, ResourceArn target) {
        return EVALUATOR.evaluate(doc(Layer.IDENTITY, "policy", json), new AccessQuestion(action, target));
    }

    static Decision decide(String json, String action, String arn) {
        return identity(json, action, ResourceArn.arn(arn)).decision();
    }

    @Nested
    class Effects {
        @Test
        void explicitDenyWinsOverAllow() {
            String p = """
                    {'Version': '2012-10-17', 'Statement': [
                      {'Effect': 'Allow', 'Action': 's3:*', 'Resource': '*'},
                      {'Sid': 'NoDelete', 'Effect': 'Deny', 'Action': 's3:DeleteObject', 'Resource': '*'}]}""";
            DocumentResult r = identity(p, "s3:DeleteObject", ResourceArn.arn("arn:aws:s3:::b/k"));
            assertThat(r.decision()).isEqualTo(Decision.DENY);
            assertThat(r.with(Contribution.DENIES)).singleElement()
                    .satisfies(s -> assertThat(s.label()).isEqualTo("policy, Statement[1] (Sid NoDelete)"));
            assertThat(decide(p, "s3:GetObject", "arn:aws:s3:::b/k")).isEqualTo(Decision.ALLOW);
        }

        @Test
        void nothingAllowingIsAnImplicitDeny() {
            String p = "{'Version': '2012-10-17', 'Statement':"
                    + " {'Effect': 'Allow', 'Action': 'ec2:*', 'Resource': '*'}}";
            DocumentResult r = identity(p, "s3:GetObject", ResourceArn.arn("arn:aws:s3:::b/k"));
            assertThat(r.decision()).isEqualTo(Decision.DENY);
            assertThat(r.denies()).isEqualTo(Truth.FALSE);
        }

        @Test
        void singleStatementObjectAndStringValuesEqualListForms() {
            String single = "{'Version': '2012-10-17', 'Statement': {'Effect': 'Allow', 'Action': 's3:GetObject',"
                    + " 'Resource': 'arn:aws:s3:::b/*'}}";
            String lists = "{'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow', 'Action': ['s3:GetObject'],"
                    + " 'Resource': ['arn:aws:s3:::b/*']}]}";
            assertThat(decide(single, "s3:GetObject", "arn:aws:s3:::b/k")).isEqualTo(Decision.ALLOW);
            assertThat(decide(lists, "s3:GetObject", "arn:aws:s3:::b/k")).isEqualTo(Decision.ALLOW);
            assertThat(decide(lists, "s3:GetObject", "arn:aws:s3:::c/k")).isEqualTo(Decision.DENY);
        }
    }

    @Nested
    class NotElements {
        @Test
        void notActionAllowsEverythingElse() {
            String p = "{'Version': '2012-10-17', 'Statement':"
                    + " {'Effect': 'Allow', 'NotAction': 'iam:*', 'Resource': '*'}}";
            assertThat(decide(p, "s3:ListBucket", "arn:aws:s3:::b")).isEqualTo(Decision.ALLOW);
            assertThat(decide(p, "iam:CreateUser", "arn:aws:iam::123456789012:user/u")).isEqualTo(Decision.DENY);
        }

        @Test
        void notResourceDeniesEverywhereElse() {
            String p = """
                    {'Version': '2012-10-17', 'Statement': [
                      {'Effect': 'Allow', 'Action': 's3:*', 'Resource': '*'},
                      {'Effect': 'Deny', 'Action': 's3:*',
                       'NotResource': ['arn:aws:s3:::mine', 'arn:aws:s3:::mine/*']}]}""";
            assertThat(decide(p, "s3:GetObject", "arn:aws:s3:::mine/a")).isEqualTo(Decision.ALLOW);
            assertThat(decide(p, "s3:GetObject", "arn:aws:s3:::theirs/a")).isEqualTo(Decision.DENY);
        }
    }

    @Nested
    class Wildcards {
        @Test
        void starAndQuestionMarkInActions() {
            String p = "{'Version': '2012-10-17', 'Statement': {'Effect': 'Allow',"
                    + " 'Action': ['s3:Get*', 's3:List?ucket'],"
                    + " 'Resource': '*'}}";
            assertThat(decide(p, "s3:GetObjectAcl", "*")).isEqualTo(Decision.ALLOW);
            assertThat(decide(p, "s3:ListBucket", "*")).isEqualTo(Decision.ALLOW);
            assertThat(decide(p, "s3:ListBuckets", "*")).isEqualTo(Decision.DENY);
            assertThat(decide(p, "s3:PutObject", "*")).isEqualTo(Decision.DENY);
        }

        @Test
        void starAndQuestionMarkInResources() {
            String p = "{'Version': '2012-10-17', 'Statement': {'Effect': 'Allow', 'Action': 's3:*',"
                    + " 'Resource': ['arn:aws:s3:::logs-*', 'arn:aws:s3:::data-??/*']}}";
            assertThat(decide(p, "s3:ListBucket", "arn:aws:s3:::logs-2024")).isEqualTo(Decision.ALLOW);
            assertThat(decide(p, "s3:GetObject", "arn:aws:s3:::data-eu/x/y")).isEqualTo(Decision.ALLOW);
            assertThat(decide(p, "s3:GetObject", "arn:aws:s3:::data-eu1/x")).isEqualTo(Decision.DENY);
        }

        @Test
        void aStarInsideAnArnSegmentDoesNotCrossColonsButOneEndingASegmentDoes() {
            String inside = "{'Version': '2012-10-17', 'Statement': {'Effect': 'Allow', 'Action': 'sqs:*',"
                    + " 'Resource': 'arn:aws:sqs:*-1:123456789012:q'}}";
            assertThat(decide(inside, "sqs:SendMessage", "arn:aws:sqs:us-west-1:123456789012:q"))
                    .isEqualTo(Decision.ALLOW);
            assertThat(decide(inside, "sqs:SendMessage", "arn:aws:sqs:us:x-1:123456789012:q"))
                    .isEqualTo(Decision.DENY);
            String last = "{'Version': '2012-10-17', 'Statement': {'Effect': 'Allow', 'Action': 'sqs:*',"
                    + " 'Resource': 'arn:aws:sqs:*'}}";
            assertThat(decide(last, "sqs:SendMessage", "arn:aws:sqs:us-west-1:123456789012:q"))
                    .isEqualTo(Decision.ALLOW);
        }
    }

    @Nested
    class Case {
        @Test
        void actionsAreCaseInsensitive() {
            String p = "{'Version': '2012-10-17', 'Statement':"
                    + " {'Effect': 'Allow', 'Action': 'S3:getobject', 'Resource': '*'}}";
            assertThat(decide(p, "s3:GetObject", "arn:aws:s3:::b/k")).isEqualTo(Decision.ALLOW);
        }

        @Test
        void arnsAreCaseSensitive() {
            String p = "{'Version': '2012-10-17', 'Statement': {'Effect': 'Allow', 'Action': 's3:*',"
                    + " 'Resource': 'arn:aws:s3:::MyBucket/*'}}";
            assertThat(decide(p, "s3:GetObject", "arn:aws:s3:::MyBucket/k")).isEqualTo(Decision.ALLOW);
            assertThat(decide(p, "s3:GetObject", "arn:aws:s3:::mybucket/k")).isEqualTo(Decision.DENY);
        }
    }

    @Nested
    class Versions {
        private static final String STATEMENT = "'Statement': {'Effect': 'Allow', 'Action': 's3:GetObject',"
                + " 'Resource': 'arn:aws:s3:::home/${aws:username}/*'}";

        @Test
        void in2008VariablesAreLiteralText() {
            String p = "{'Version': '2008-10-17', " + STATEMENT + "}";
            assertThat(decide(p, "s3:GetObject", "arn:aws:s3:::home/${aws:username}/f")).isEqualTo(Decision.ALLOW);
            assertThat(decide(p, "s3:GetObject", "arn:aws:s3:::home/alice/f")).isEqualTo(Decision.DENY);
        }

        @Test
        void withoutVersionThePolicyIs2008() {
            assertThat(decide("{" + STATEMENT + "}", "s3:GetObject", "arn:aws:s3:::home/alice/f"))
                    .isEqualTo(Decision.DENY);
        }

        @Test
        void in2012AnUnknownVariableMakesTheResourceUnknown() {
            String p = "{'Version': '2012-10-17', " + STATEMENT + "}";
            assertThat(decide(p, "s3:GetObject", "arn:aws:s3:::home/alice/f")).isEqualTo(Decision.UNKNOWN);
            assertThat(decide(p, "s3:GetObject", "arn:aws:s3:::other/alice/f")).isEqualTo(Decision.DENY);
        }

        @Test
        void in2012AKnownVariableIsSubstitutedAndEscapesAreLiteral() {
            RequestContext ctx = RequestContext.builder().region("us-west-1")
                    .key("aws:username", TestValues.json("'alice'")).build();
            AccessEvaluator e = new AccessEvaluator(PolicySet.builder().build(), ctx);
            String p = "{'Version': '2012-10-17', 'Statement': {'Effect': 'Allow', 'Action': 's3:GetObject',"
                    + " 'Resource': 'arn:aws:s3:::home/${aws:username}/${*}'}}";
            PolicyDocument d = doc(Layer.IDENTITY, "p", p);
            assertThat(e.evaluate(d, new AccessQuestion("s3:GetObject", ResourceArn.arn("arn:aws:s3:::home/alice/*")))
                    .decision()).isEqualTo(Decision.ALLOW);
            assertThat(e.evaluate(d, new AccessQuestion("s3:GetObject", ResourceArn.arn("arn:aws:s3:::home/alice/f")))
                    .decision()).isEqualTo(Decision.DENY);
        }
    }

    @Nested
    class Symbolic {
        private final String refPolicy = "{'Version': '2012-10-17', 'Statement': {'Effect': 'Allow', 'Action': 's3:*',"
                + " 'Resource': [{'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Bucket}'},"
                + " {'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Bucket}/*'}]}}";

        @Test
        void aConcatWithARefDecidesForThatSameBucket() {
            BucketRef bucket = BucketRef.resource(id("Bucket"));
            assertThat(identity(refPolicy, "s3:ListBucket", ResourceArn.bucket(bucket)).decision())
                    .isEqualTo(Decision.ALLOW);
            assertThat(identity(refPolicy, "s3:GetObject", ResourceArn.object(bucket, null)).decision())
                    .isEqualTo(Decision.ALLOW);
        }

        @Test
        void anotherBucketOfTheRunIsDenied() {
            assertThat(identity(refPolicy, "s3:ListBucket", ResourceArn.bucket(BucketRef.resource(id("Other"))))
                    .decision()).isEqualTo(Decision.DENY);
        }

        @Test
        void aLiteralNameAgainstABucketNamedAtDeployTimeIsUnknown() {
            assertThat(identity(refPolicy, "s3:ListBucket", ResourceArn.bucket(BucketRef.named("some-bucket")))
                    .decision()).isEqualTo(Decision.UNKNOWN);
        }

        @Test
        void aKnownBucketNameLetsLiteralAndRefMeet() {
            RequestContext ctx = RequestContext.builder().region("us-west-1")
                    .symbols(Symbols.builder().ref(id("Bucket"), TestValues.json("'data'")).build()).build();
            AccessEvaluator e = new AccessEvaluator(PolicySet.builder().build(), ctx);
            DocumentResult r = e.evaluate(doc(Layer.IDENTITY, "p", refPolicy),
                    new AccessQuestion("s3:ListBucket", ResourceArn.bucket(BucketRef.named("data"))));
            assertThat(r.decision()).isEqualTo(Decision.ALLOW);
        }

        @Test
        void anUnknownAccountDoesNotHideADifferentResourceName() {
            String p = "{'Version': '2012-10-17', 'Statement': {'Effect': 'Allow', 'Action': 'dynamodb:*',"
                    + " 'Resource': 'arn:aws:dynamodb:us-west-1:111122223333:table/Orders'}}";
            AccessEvaluator e = new AccessEvaluator(PolicySet.builder().build(), RequestContext.builder()
                    .region("us-west-1").caller(Caller.role(id("Role"))).build());
            PolicyDocument d = doc(Layer.IDENTITY, "p", p);
            assertThat(e.evaluate(d, AccessQuestion.dynamodb("dynamodb:GetItem", TestValues.json("'Other'")))
                    .decision()).isEqualTo(Decision.DENY);
            assertThat(e.evaluate(d, AccessQuestion.dynamodb("dynamodb:GetItem", TestValues.json("'Orders'")))
                    .decision()).isEqualTo(Decision.UNKNOWN);
        }

        @Test
        void anUnknownResourceIsUnknown() {
            String p = "{'Version': '2012-10-17', 'Statement': {'Effect': 'Allow', 'Action': 's3:*',"
                    + " 'Resource': {'Unknown': 'Fn::ImportValue Shared-BucketArn'}}}";
            DocumentResult r = identity(p, "s3:ListBucket", ResourceArn.arn("arn:aws:s3:::b"));
            assertThat(r.decision()).isEqualTo(Decision.UNKNOWN);
            assertThat(r.with(Contribution.MAY_ALLOW)).singleElement()
                    .satisfies(s -> assertThat(s.note()).contains("Fn::ImportValue Shared-BucketArn"));
        }

        @Test
        void anUnknownDenyDoesNotStopAnImplicitDeny() {
            String p = "{'Version': '2012-10-17', 'Statement': {'Effect': 'Deny', 'Action': 's3:*',"
                    + " 'Resource': {'Unknown': 'x'}}}";
            assertThat(decide(p, "s3:ListBucket", "arn:aws:s3:::b")).isEqualTo(Decision.DENY);
        }
    }

    @Nested
    class Shape {
        @Test
        void missingEffectIsUnknownNotAnException() {
            String p = "{'Version': '2012-10-17', 'Statement': {'Action': 's3:*', 'Resource': '*'}}";
            DocumentResult r = identity(p, "s3:ListBucket", ResourceArn.arn("arn:aws:s3:::b"));
            assertThat(r.decision()).isEqualTo(Decision.UNKNOWN);
            assertThat(r.with(Contribution.MAY_ALLOW)).singleElement()
                    .satisfies(s -> assertThat(s.note()).contains("Effect is missing"));
        }

        @Test
        void aMalformedStatementForAnotherActionDoesNotMatter() {
            String p = "{'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow', 'Action': 'ec2:*'},"
                    + " {'Effect': 'Allow', 'Action': 's3:*', 'Resource': '*'}]}";
            assertThat(decide(p, "s3:ListBucket", "arn:aws:s3:::b")).isEqualTo(Decision.ALLOW);
        }

        @Test
        void wrongTypesAndVersionsAreUnknown() {
            assertThat(decide("{'Version': '2012-10-17', 'Statement': {'Effect': 'Allow', 'Action': {'a': 1},"
                    + " 'Resource': '*'}}", "s3:ListBucket", "*")).isEqualTo(Decision.UNKNOWN);
            assertThat(decide("{'Version': '2013-01-01', 'Statement': {'Effect': 'Allow', 'Action': 's3:*',"
                    + " 'Resource': '*'}}", "s3:ListBucket", "*")).isEqualTo(Decision.UNKNOWN);
            assertThat(decide("['not', 'a', 'policy']", "s3:ListBucket", "*")).isEqualTo(Decision.UNKNOWN);
            assertThat(decide("{'Version': '2012-10-17'}", "s3:ListBucket", "*")).isEqualTo(Decision.UNKNOWN);
        }

        @Test
        void anIdentityPolicyNamingAPrincipalIsUnknown() {
            String p = "{'Version': '2012-10-17', 'Statement': {'Effect': 'Allow', 'Principal': '*', 'Action': 's3:*',"
                    + " 'Resource': '*'}}";
            assertThat(decide(p, "s3:ListBucket", "*")).isEqualTo(Decision.UNKNOWN);
        }
    }
}
