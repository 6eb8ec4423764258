package dev.airgap.policy;

import static dev.airgap.policy.TestValues.doc;
import static dev.airgap.policy.TestValues.id;
import static dev.airgap.policy.TestValues.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.resolve.Value;
import org.junit.jupiter.api.Test;

/** Condition operators, decided from what the path knows and UNKNOWN otherwise. */
class ConditionTest {

    private static final Value ENDPOINT = new Value.Ref(id("S3Endpoint"));
    private static final Value VPC = new Value.Ref(id("Vpc"));

    private static final RequestContext VIA_ENDPOINT = RequestContext.builder().region("us-west-1")
            .throughEndpoint(ENDPOINT, VPC).caller(Caller.role(id("Role"), "111122223333")).build();
    private static final RequestContext VIA_NAT = RequestContext.builder().region("us-west-1")
            .notThroughEndpoint().caller(Caller.role(id("Role"), "111122223333")).build();

    static Decision allowIf(String condition, RequestContext context) {
        String p = "{'Version': '2012-10-17', 'Statement': {'Effect': 'Allow', 'Action': 's3:*', 'Resource': '*',"
                + " 'Condition': " + condition + "}}";
        return new AccessEvaluator(PolicySet.builder().build(), context)
                .evaluate(doc(Layer.IDENTITY, "p", p),
                        new AccessQuestion("s3:GetObject", ResourceArn.arn("arn:aws:s3:::b/k")))
                .decision();
    }

    static Decision allowIf(String condition) {
        return allowIf(condition, VIA_ENDPOINT);
    }

    @Test
    void stringEqualsOnSourceVpceMatchesARefToTheSameEndpoint() {
        assertThat(allowIf("{'StringEquals': {'aws:SourceVpce': {'Ref': 'S3Endpoint'}}}")).isEqualTo(Decision.ALLOW);
        assertThat(allowIf("{'StringEquals': {'aws:sourcevpce': [{'Ref': 'Other'}, {'Ref': 'S3Endpoint'}]}}"))
                .isEqualTo(Decision.ALLOW);
    }

    @Test
    void stringEqualsOnSourceVpceFailsForAnotherEndpointOrWithoutOne() {
        assertThat(allowIf("{'StringEquals': {'aws:SourceVpce': {'Ref': 'OtherEndpoint'}}}")).isEqualTo(Decision.DENY);
        assertThat(allowIf("{'StringEquals': {'aws:SourceVpce': 'vpce-1a2b3c4d'}}", VIA_NAT)).isEqualTo(Decision.DENY);
    }

    @Test
    void aLiteralEndpointIdAgainstAnEndpointOfTheRunIsUnknown() {
        assertThat(allowIf("{'StringEquals': {'aws:SourceVpce': 'vpce-1a2b3c4d'}}")).isEqualTo(Decision.UNKNOWN);
    }

    @Test
    void stringNotEqualsHoldsWhenTheKeyIsAbsent() {
        assertThat(allowIf("{'StringNotEquals': {'aws:SourceVpce': {'Ref': 'S3Endpoint'}}}")).isEqualTo(Decision.DENY);
        assertThat(allowIf("{'StringNotEquals': {'aws:SourceVpce': {'Ref': 'S3Endpoint'}}}", VIA_NAT))
                .isEqualTo(Decision.ALLOW);
    }

    @Test
    void stringLikeAndNotLike() {
        assertThat(allowIf("{'StringLike': {'aws:RequestedRegion': 'us-*'}}")).isEqualTo(Decision.ALLOW);
        assertThat(allowIf("{'StringLike': {'aws:RequestedRegion': 'eu-*'}}")).isEqualTo(Decision.DENY);
        assertThat(allowIf("{'StringNotLike': {'aws:RequestedRegion': 'eu-*'}}")).isEqualTo(Decision.ALLOW);
    }

    @Test
    void stringEqualsIgnoreCase() {
        assertThat(allowIf("{'StringEqualsIgnoreCase': {'aws:RequestedRegion': 'US-WEST-1'}}"))
                .isEqualTo(Decision.ALLOW);
        assertThat(allowIf("{'StringEquals': {'aws:RequestedRegion': 'US-WEST-1'}}")).isEqualTo(Decision.DENY);
    }

    @Test
    void arnEqualsAndArnLikeOnThePrincipalArn() {
        RequestContext ctx = RequestContext.builder().region("us-west-1")
                .caller(new Caller(id("Role"), json("'arn:aws:iam::111122223333:role/app'"), json("'111122223333'")))
                .build();
        assertThat(allowIf("{'ArnEquals': {'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/app'}}", ctx))
                .isEqualTo(Decision.ALLOW);
        assertThat(allowIf("{'ArnLike': {'aws:PrincipalArn': 'arn:aws:iam::*:role/a*'}}", ctx))
                .isEqualTo(Decision.ALLOW);
        assertThat(allowIf("{'ArnNotLike': {'aws:PrincipalArn': 'arn:aws:iam::*:role/a*'}}", ctx))
                .isEqualTo(Decision.DENY);
    }

    @Test
    void arnLikeAgainstTheRoleOfTheRunIsDecidedByItsAttribute() {
        assertThat(allowIf("{'ArnEquals': {'aws:PrincipalArn': {'Fn::GetAtt': ['Role', 'Arn']}}}"))
                .isEqualTo(Decision.ALLOW);
        assertThat(allowIf("{'ArnEquals': {'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/other'}}"))
                .isEqualTo(Decision.UNKNOWN);
    }

    @Test
    void boolOnSecureTransport() {
        assertThat(allowIf("{'Bool': {'aws:SecureTransport': 'true'}}")).isEqualTo(Decision.ALLOW);
        assertThat(allowIf("{'Bool': {'aws:SecureTransport': 'false'}}")).isEqualTo(Decision.DENY);
    }

    @Test
    void nullTestsPresence() {
        assertThat(allowIf("{'Null': {'aws:SourceVpce': 'false'}}")).isEqualTo(Decision.ALLOW);
        assertThat(allowIf("{'Null': {'aws:SourceVpce': 'true'}}")).isEqualTo(Decision.DENY);
        assertThat(allowIf("{'Null': {'aws:SourceVpce': 'true'}}", VIA_NAT)).isEqualTo(Decision.ALLOW);
        assertThat(allowIf("{'Null': {'aws:MultiFactorAuthAge': 'true'}}")).isEqualTo(Decision.UNKNOWN);
    }

    @Test
    void ifExistsHoldsWhenTheKeyIsAbsent() {
        assertThat(allowIf("{'StringEqualsIfExists': {'aws:SourceVpc': {'Ref': 'OtherVpc'}}}", VIA_NAT))
                .isEqualTo(Decision.ALLOW);
        assertThat(allowIf("{'StringEqualsIfExists': {'aws:SourceVpc': {'Ref': 'OtherVpc'}}}"))
                .isEqualTo(Decision.DENY);
        assertThat(allowIf("{'StringEquals': {'aws:SourceVpc': {'Ref': 'Vpc'}}}")).isEqualTo(Decision.ALLOW);
    }

    @Test
    void forAnyValueAndForAllValues() {
        assertThat(allowIf("{'ForAnyValue:StringEquals': {'aws:SourceVpce': [{'Ref': 'S3Endpoint'}]}}"))
                .isEqualTo(Decision.ALLOW);
        assertThat(allowIf("{'ForAnyValue:StringEquals': {'aws:SourceVpce': [{'Ref': 'S3Endpoint'}]}}", VIA_NAT))
                .isEqualTo(Decision.DENY);
        assertThat(allowIf("{'ForAllValues:StringEquals': {'aws:SourceVpce': [{'Ref': 'Other'}]}}", VIA_NAT))
                .isEqualTo(Decision.ALLOW);
        assertThat(allowIf("{'ForAllValues:StringEquals': {'aws:SourceVpce': [{'Ref': 'Other'}]}}"))
                .isEqualTo(Decision.DENY);
    }

    @Test
    void aConditionKeyTheTemplatesCannotAnswerIsUnknownNeverAllow() {
        assertThat(allowIf("{'StringLike': {'s3:prefix': 'home/*'}}")).isEqualTo(Decision.UNKNOWN);
        assertThat(allowIf("{'StringEquals': {'aws:PrincipalTag/team': 'data'}}")).isEqualTo(Decision.UNKNOWN);
    }

    @Test
    void anOperatorTheAnalysisDoesNotEvaluateIsUnknown() {
        assertThat(allowIf("{'NumericLessThan': {'aws:MultiFactorAuthAge': '3600'}}")).isEqualTo(Decision.UNKNOWN);
        assertThat(allowIf("{'IpAddress': {'aws:SourceVpce': '10.0.0.0/8'}}")).isEqualTo(Decision.UNKNOWN);
        assertThat(allowIf("{'IpAddress': {'aws:SourceVpce': '10.0.0.0/8'}}", VIA_NAT)).isEqualTo(Decision.DENY);
    }

    @Test
    void operatorsAndKeysAreAnded() {
        assertThat(allowIf("{'Bool': {'aws:SecureTransport': 'true'},"
                + " 'StringEquals': {'aws:SourceVpce': {'Ref': 'S3Endpoint'}, 'aws:SourceVpc': {'Ref': 'Vpc'}}}"))
                .isEqualTo(Decision.ALLOW);
        assertThat(allowIf("{'Bool': {'aws:SecureTransport': 'true'},"
                + " 'StringEquals': {'aws:SourceVpce': {'Ref': 'S3Endpoint'}, 'aws:SourceVpc': {'Ref': 'Other'}}}"))
                .isEqualTo(Decision.DENY);
    }

    @Test
    void principalAccountComparesWithTheCallersAccount() {
        assertThat(allowIf("{'StringEquals': {'aws:PrincipalAccount': '111122223333'}}")).isEqualTo(Decision.ALLOW);
        assertThat(allowIf("{'StringEquals': {'aws:PrincipalAccount': '999999999999'}}")).isEqualTo(Decision.DENY);
        RequestContext unknownAccount = RequestContext.builder().region("us-west-1")
                .caller(Caller.role(id("Role"))).build();
        assertThat(allowIf("{'StringEquals': {'aws:PrincipalAccount': '111122223333'}}", unknownAccount))
                .isEqualTo(Decision.UNKNOWN);
        assertThat(allowIf("{'StringEquals': {'aws:PrincipalAccount': {'Ref': 'AWS::AccountId'}}}", unknownAccount))
                .isEqualTo(Decision.ALLOW);
    }
}
