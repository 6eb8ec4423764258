package dev.airgap.policy;

import static dev.airgap.policy.TestValues.doc;
import static dev.airgap.policy.TestValues.id;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Principal forms of resource policies (endpoint and bucket policies). */
class PrincipalTest {

    private static final RequestContext CONTEXT = RequestContext.builder().region("us-west-1")
            .caller(Caller.role(id("Role"), "111122223333")).build();

    static Decision endpointAllows(String principal) {
        return endpointAllows(principal, CONTEXT);
    }

    static Decision endpointAllows(String principal, RequestContext context) {
        String p = "{'Version': '2012-10-17', 'Statement': {'Effect': 'Allow', " + principal
                + ", 'Action': '*', 'Resource': '*'}}";
        return new AccessEvaluator(PolicySet.builder().build(), context)
                .evaluate(doc(Layer.ENDPOINT, "endpoint", p),
                        new AccessQuestion("s3:ListBucket", ResourceArn.bucket(BucketRef.named("b"))))
                .decision();
    }

    @Test
    void starAndAwsStarNameEveryone() {
        assertThat(endpointAllows("'Principal': '*'")).isEqualTo(Decision.ALLOW);
        assertThat(endpointAllows("'Principal': {'AWS': '*'}")).isEqualTo(Decision.ALLOW);
        assertThat(endpointAllows("'Principal': {'AWS': ['*']}")).isEqualTo(Decision.ALLOW);
    }

    @Test
    void anAccountByIdOrRootArn() {
        assertThat(endpointAllows("'Principal': {'AWS': '111122223333'}")).isEqualTo(Decision.ALLOW);
        assertThat(endpointAllows("'Principal': {'AWS': 'arn:aws:iam::111122223333:root'}")).isEqualTo(Decision.ALLOW);
        assertThat(endpointAllows("'Principal': {'AWS': 'arn:aws:iam::999999999999:root'}")).isEqualTo(Decision.DENY);
        assertThat(endpointAllows("'Principal': {'AWS': '999999999999'}")).isEqualTo(Decision.DENY);
    }

    @Test
    void theCallersRoleByAttribute() {
        assertThat(endpointAllows("'Principal': {'AWS': {'Fn::GetAtt': ['Role', 'Arn']}}")).isEqualTo(Decision.ALLOW);
        assertThat(endpointAllows("'Principal': {'AWS': {'Fn::GetAtt': ['OtherRole', 'Arn']}}"))
                .isEqualTo(Decision.UNKNOWN);
    }

    @Test
    void aRoleArnIsDecidedOnceTheRunExplainsTheRolesArn() {
        RequestContext ctx = RequestContext.builder().region("us-west-1")
                .caller(Caller.role(id("Role"), "111122223333"))
                .symbols(Symbols.builder().attr(id("Role"), "Arn",
                        TestValues.json("{'Fn::Sub': 'arn:aws:iam::111122223333:role/${Role}'}"))
                        .ref(id("Role"), TestValues.json("'app'")).build())
                .build();
        assertThat(endpointAllows("'Principal': {'AWS': 'arn:aws:iam::111122223333:role/app'}", ctx))
                .isEqualTo(Decision.ALLOW);
        assertThat(endpointAllows("'Principal': {'AWS': 'arn:aws:iam::111122223333:role/ops'}", ctx))
                .isEqualTo(Decision.DENY);
    }

    @Test
    void servicePrincipalsNeverNameARoleSession() {
        assertThat(endpointAllows("'Principal': {'Service': 'ec2.amazonaws.com'}")).isEqualTo(Decision.DENY);
    }

    @Test
    void notPrincipalExcludes() {
        assertThat(endpointAllows("'NotPrincipal': {'AWS': 'arn:aws:iam::111122223333:root'}"))
                .isEqualTo(Decision.DENY);
        assertThat(endpointAllows("'NotPrincipal': {'AWS': '999999999999'}")).isEqualTo(Decision.ALLOW);
    }

    @Test
    void aResourcePolicyStatementWithoutPrincipalIsUnknown() {
        String p = "{'Version': '2012-10-17', 'Statement': {'Effect': 'Allow', 'Action': '*', 'Resource': '*'}}";
        assertThat(new AccessEvaluator(PolicySet.builder().build(), CONTEXT)
                .evaluate(doc(Layer.BUCKET, "bucket", p), AccessQuestion.s3("s3:ListBucket", BucketRef.named("b")))
                .decision()).isEqualTo(Decision.UNKNOWN);
    }

    @Test
    void withoutAKnownCallerOnlyEveryoneIsDecided() {
        RequestContext anonymous = RequestContext.builder().region("us-west-1").build();
        assertThat(endpointAllows("'Principal': '*'", anonymous)).isEqualTo(Decision.ALLOW);
        assertThat(endpointAllows("'Principal': {'AWS': '111122223333'}", anonymous)).isEqualTo(Decision.UNKNOWN);
    }
}
