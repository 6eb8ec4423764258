package dev.airgap.policy;

import static dev.airgap.policy.AccessEvaluatorTest.ARTICLE_ENDPOINT_POLICY;
import static dev.airgap.policy.AccessEvaluatorTest.VIA_ENDPOINT;
import static dev.airgap.policy.AccessEvaluatorTest.endpoint;
import static dev.airgap.policy.AccessEvaluatorTest.role;
import static dev.airgap.policy.TestValues.doc;
import static dev.airgap.policy.TestValues.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.resolve.ResolvedRun;
import dev.airgap.resolve.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code buckets.scope} and {@code buckets.allowed}, and the same for DynamoDB tables. */
class ScopeAnalyzerTest {

    private static ResourceScope scope(PolicySet policies) {
        return ScopeAnalyzer.buckets(new AccessEvaluator(policies, VIA_ENDPOINT));
    }

    @Test
    void theArticlesEndpointPolicyRestrictsAccessToOneBucket() {
        ResourceScope s = scope(PolicySet.builder().endpoint(endpoint(ARTICLE_ENDPOINT_POLICY))
                .identity(role("arn:aws:iam::aws:policy/AmazonS3FullAccess")).build());
        assertThat(s.scope()).isEqualTo(Scope.RESTRICTED);
        assertThat(s.allowed()).containsExactly("test-us-west-bt");
        assertThat(s.because()).extracting(DecidingStatement::label, DecidingStatement::contribution)
                .containsExactly(
                        tuple("endpoint S3Endpoint, Statement[0]", Contribution.LIMITS),
                        tuple("endpoint S3Endpoint, Statement[0]", Contribution.ALLOWS),
                        tuple("AWS managed policy AmazonS3FullAccess (v2, 2021-09-27), Statement[0]",
                                Contribution.ALLOWS));
    }

    @Test
    void withoutEndpointPolicyAFullAccessRoleReachesEveryBucket() {
        ResourceScope s = scope(PolicySet.builder()
                .endpoint(EndpointPolicy.fullAccess(PolicySource.of(Layer.ENDPOINT, "endpoint S3Endpoint")))
                .identity(role("arn:aws:iam::aws:policy/AmazonS3FullAccess")).build());
        assertThat(s.scope()).isEqualTo(Scope.ALL);
        assertThat(s.allowed()).containsExactly("*");
    }

    @Test
    void aRoleWithoutS3PermissionsReachesNoBucket() {
        ResourceScope s = scope(PolicySet.builder()
                .identity(role("arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess")).build());
        assertThat(s.scope()).isEqualTo(Scope.NONE);
        assertThat(s.allowed()).isEmpty();
    }

    @Test
    void patternsRefsAndObjectPrefixesAreListed() {
        PolicyDocument inline = doc(Layer.IDENTITY, "inline Data", """
                {'Version': '2012-10-17', 'Statement': [
                  {'Effect': 'Allow', 'Action': 's3:GetObject', 'Resource': 'arn:aws:s3:::reports/public/*'},
                  {'Effect': 'Allow', 'Action': ['s3:List*', 's3:Get*'],
                   'Resource': ['arn:aws:s3:::logs-*', {'Fn::GetAtt': ['Bucket', 'Arn']}]},
                  {'Effect': 'Allow', 'Action': 'dynamodb:*', 'Resource': 'arn:aws:dynamodb:*:*:table/t'}]}""");
        RequestContext ctx = RequestContext.builder().region("us-west-1").caller(Caller.role(id("Role")))
                .symbols(Symbols.builder().attr(id("Bucket"), "Arn",
                        TestValues.json("{'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Bucket}'}")).build())
                .build();
        ResourceScope s = ScopeAnalyzer.buckets(new AccessEvaluator(PolicySet.builder()
                .identity(IdentityPolicies.of(List.of(inline))).build(), ctx));
        assertThat(s.scope()).isEqualTo(Scope.RESTRICTED);
        assertThat(s.allowed()).containsExactly("${Stack/Bucket}", "logs-*", "reports");
    }

    @Test
    void anUnknownRoleLeavesTheScopeUnknown() {
        ResourceScope s = scope(PolicySet.builder().endpoint(endpoint(ARTICLE_ENDPOINT_POLICY))
                .identity(IdentityPolicies.unknown("no instance profile")).build());
        assertThat(s.scope()).isEqualTo(Scope.UNKNOWN);
        assertThat(s.undecided()).containsExactly("test-us-west-bt");
        assertThat(s.allowed()).isEmpty();
        assertThat(s.reasons()).contains("no instance profile");
    }

    @Test
    void anUnreadableResourceLeavesTheScopeUnknown() {
        PolicyDocument inline = doc(Layer.IDENTITY, "inline Imported", "{'Version': '2012-10-17', 'Statement':"
                + " {'Effect': 'Allow', 'Action': 's3:*', 'Resource': {'Unknown': 'Fn::ImportValue BucketArn'}}}");
        ResourceScope s = scope(PolicySet.builder().identity(IdentityPolicies.of(List.of(inline))).build());
        assertThat(s.scope()).isEqualTo(Scope.UNKNOWN);
        assertThat(s.undecided()).containsExactly("*");
    }

    @Test
    void aDenyOnTheOnlyAllowedBucketLeavesNone() {
        PolicyDocument inline = doc(Layer.IDENTITY, "inline", """
                {'Version': '2012-10-17', 'Statement': [
                  {'Effect': 'Allow', 'Action': 's3:*', 'Resource': ['arn:aws:s3:::b', 'arn:aws:s3:::b/*']},
                  {'Effect': 'Deny', 'Action': '*', 'Resource': '*'}]}""");
        ResourceScope s = scope(PolicySet.builder().identity(IdentityPolicies.of(List.of(inline))).build());
        assertThat(s.scope()).isEqualTo(Scope.NONE);
    }

    @Test
    void aDynamoDbFullAccessRoleReachesEveryTable() {
        ResourceScope s = ScopeAnalyzer.tables(new AccessEvaluator(PolicySet.builder()
                .identity(role("arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess")).build(), VIA_ENDPOINT));
        assertThat(s.scope()).isEqualTo(Scope.ALL);
        assertThat(ScopeAnalyzer.tables(new AccessEvaluator(PolicySet.builder()
                .identity(role("arn:aws:iam::aws:policy/AmazonS3FullAccess")).build(), VIA_ENDPOINT)).scope())
                .isEqualTo(Scope.NONE);
    }

    @Test
    void tablesNamedByTheRolesPoliciesAreListed() {
        ResolvedRun run = TestRuns.run("us-west-1", "111122223333", """
                {
                  'Table': {'Type': 'AWS::DynamoDB::Table', 'Properties': {'TableName': 'Customers'}},
                  'Role': {'Type': 'AWS::IAM::Role', 'Properties': {'Policies': [{'PolicyName': 'Tables',
                    'PolicyDocument': {'Version': '2012-10-17', 'Statement': [
                      {'Effect': 'Allow', 'Action': ['dynamodb:GetItem', 'dynamodb:Query'],
                       'Resource': [{'Fn::GetAtt': ['Table', 'Arn']}, {'Fn::Sub': '${Table.Arn}/index/*'}]},
                      {'Effect': 'Allow', 'Action': 'dynamodb:*',
                       'Resource': 'arn:aws:dynamodb:us-west-1:111122223333:table/Orders'},
                      {'Effect': 'Allow', 'Action': 'dynamodb:*',
                       'Resource': 'arn:aws:dynamodb:eu-west-1:111122223333:table/Elsewhere'}]}}]}}
                }""");
        RunPolicies policies = RunPolicies.of(run, "us-west-1");
        AccessEvaluator access = policies.evaluator(null, id("Role"));
        ResourceScope s = ScopeAnalyzer.tables(access);
        assertThat(s.scope()).isEqualTo(Scope.RESTRICTED);
        assertThat(s.allowed()).containsExactly("Customers", "Orders");
        assertThat(access.decide(AccessQuestion.dynamodb("dynamodb:PutItem", new Value.Text("Orders"))).decision())
                .isEqualTo(Decision.ALLOW);
        assertThat(access.decide(AccessQuestion.dynamodb("dynamodb:PutItem", new Value.Ref(id("Table")))).decision())
                .isEqualTo(Decision.DENY);
    }

    @Test
    void aTableOfAnotherAccountIsUnknownWhileTheAccountIs() {
        PolicyDocument inline = doc(Layer.IDENTITY, "inline", "{'Version': '2012-10-17', 'Statement':"
                + " {'Effect': 'Allow', 'Action': 'dynamodb:*',"
                + " 'Resource': 'arn:aws:dynamodb:us-west-1:111122223333:table/Orders'}}");
        ResourceScope s = ScopeAnalyzer.tables(new AccessEvaluator(PolicySet.builder()
                .identity(IdentityPolicies.of(List.of(inline))).build(), VIA_ENDPOINT));
        assertThat(s.scope()).isEqualTo(Scope.UNKNOWN);
        assertThat(s.undecided()).containsExactly("Orders");
    }
}
