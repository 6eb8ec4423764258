package dev.airgap.policy;

import static dev.airgap.policy.TestValues.id;
import static dev.airgap.policy.TestValues.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.resolve.ResolvedRun;
import dev.airgap.resolve.Value;
import org.junit.jupiter.api.Test;

/** Gathering the policy layers of a path from a resolved run. */
class RunPoliciesTest {

    private static final String ARTICLE = """
            {
              'Vpc': {'Type': 'AWS::EC2::VPC', 'Properties': {'CidrBlock': '10.2.0.0/16'}},
              'S3Endpoint': {'Type': 'AWS::EC2::VPCEndpoint', 'Properties': {
                'VpcId': {'Ref': 'Vpc'}, 'ServiceName': {'Fn::Sub': 'com.amazonaws.${AWS::Region}.s3'},
                'PolicyDocument': {'Version': '2008-10-17', 'Statement': [{'Effect': 'Allow', 'Principal': '*',
                  'Action': '*', 'Resource': ['arn:aws:s3:::test-us-west-bt', 'arn:aws:s3:::test-us-west-bt/*']}]}}},
              'Role': {'Type': 'AWS::IAM::Role', 'Properties': {
                'AssumeRolePolicyDocument': {'Statement': [{'Effect': 'Allow',
                  'Principal': {'Service': 'ec2.amazonaws.com'}, 'Action': 'sts:AssumeRole'}]},
                'ManagedPolicyArns': [{'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/AmazonS3FullAccess'}]}},
              'Profile': {'Type': 'AWS::IAM::InstanceProfile', 'Properties': {'Roles': [{'Ref': 'Role'}]}},
              'Instance': {'Type': 'AWS::EC2::Instance', 'Properties': {'IamInstanceProfile': {'Ref': 'Profile'}}}
            }""";

    private final ResolvedRun article = TestRuns.run("us-west-1", null, ARTICLE);

    @Test
    void theArticleTemplateRestrictsTheInstanceToOneBucket() {
        RunPolicies policies = RunPolicies.of(article, "us-west-1");
        var role = policies.roleOfInstanceProfile(new Value.Ref(id("Profile")));
        assertThat(role).contains(id("Role"));
        AccessEvaluator access = policies.evaluator(id("S3Endpoint"), role.get());

        ResourceScope scope = ScopeAnalyzer.buckets(access);
        assertThat(scope.scope()).isEqualTo(Scope.RESTRICTED);
        assertThat(scope.allowed()).containsExactly("test-us-west-bt");
        assertThat(access.decide(AccessQuestion.s3("s3:ListBucket", BucketRef.named("test-us-west-bt2"))).decision())
                .isEqualTo(Decision.DENY);
        assertThat(access.decide(AccessQuestion.s3("s3:CreateBucket", BucketRef.named("test-us-west-bt6")))
                .decision()).isEqualTo(Decision.DENY);
        assertThat(access.decide(AccessQuestion.s3("s3:GetObject", BucketRef.named("test-us-west-bt"))).decision())
                .isEqualTo(Decision.ALLOW);
    }

    @Test
    void withoutARoleTheScopeIsUnknown() {
        AccessEvaluator access = RunPolicies.of(article, "us-west-1").evaluator(id("S3Endpoint"), null);
        assertThat(ScopeAnalyzer.buckets(access).scope()).isEqualTo(Scope.UNKNOWN);
    }

    @Test
    void theRolesPoliciesComeFromEveryWayOfAttachingThem() {
        ResolvedRun run = TestRuns.run("us-west-1", "111122223333", """
                {
                  'Role': {'Type': 'AWS::IAM::Role', 'Properties': {'RoleName': 'app',
                    'Policies': [{'PolicyName': 'Inline', 'PolicyDocument': {'Version': '2012-10-17',
                      'Statement': {'Effect': 'Allow', 'Action': 's3:GetObject', 'Resource': '*'}}}],
                    'ManagedPolicyArns': [{'Ref': 'Customer'}, 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore',
                      'arn:aws:iam::111122223333:policy/ByName', 'arn:aws:iam::111122223333:policy/Elsewhere']}},
                  'Customer': {'Type': 'AWS::IAM::ManagedPolicy', 'Properties': {'PolicyDocument': {
                    'Version': '2012-10-17',
                    'Statement': {'Effect': 'Allow', 'Action': 's3:ListBucket', 'Resource': '*'}}}},
                  'Named': {'Type': 'AWS::IAM::ManagedPolicy', 'Properties': {'ManagedPolicyName': 'ByName',
                    'PolicyDocument': {'Version': '2012-10-17',
                    'Statement': {'Effect': 'Allow', 'Action': 's3:PutObject', 'Resource': '*'}}}},
                  'Attached': {'Type': 'AWS::IAM::Policy', 'Properties': {'PolicyName': 'a', 'Roles': ['app'],
                    'PolicyDocument': {'Version': '2012-10-17',
                    'Statement': {'Effect': 'Deny', 'Action': 's3:DeleteObject', 'Resource': '*'}}}},
                  'Other': {'Type': 'AWS::IAM::Policy', 'Properties': {'PolicyName': 'o',
                    'Roles': [{'Ref': 'OtherRole'}],
                    'PolicyDocument': {'Version': '2012-10-17', 'Statement': {'Effect': 'Deny', 'Action': '*',
                    'Resource': '*'}}}},
                  'RolePol': {'Type': 'AWS::IAM::RolePolicy', 'Properties': {'RoleName': {'Ref': 'Role'},
                    'PolicyName': 'rp', 'PolicyDocument': {'Version': '2012-10-17', 'Statement': {'Effect': 'Allow',
                    'Action': 'dynamodb:GetItem', 'Resource': '*'}}}}
                }""");
        IdentityPolicies id = RunPolicies.of(run, "us-west-1").identityOf(id("Role"));
        assertThat(id.mode()).isEqualTo(IdentityPolicies.Mode.KNOWN);
        assertThat(id.policies()).extracting(d -> d.source().name()).containsExactly(
                "inline policy Inline of role Role",
                "managed policy Customer",
                "AWS managed policy AmazonSSMManagedInstanceCore (v2, 2019-05-23)",
                "managed policy Named",
                "customer managed policy arn:aws:iam::111122223333:policy/Elsewhere",
                "Policy Attached",
                "RolePolicy RolePol");
        assertThat(id.policies().get(4).problem()).contains("not declared in the templates");
    }

    @Test
    void aBucketPolicyDataPerimeterFollowsTheEndpointOfThePath() {
        ResolvedRun run = TestRuns.run("eu-west-1", null, """
                {
                  'Vpc': {'Type': 'AWS::EC2::VPC'},
                  'S3Endpoint': {'Type': 'AWS::EC2::VPCEndpoint', 'Properties': {'VpcId': {'Ref': 'Vpc'}}},
                  'OtherEndpoint': {'Type': 'AWS::EC2::VPCEndpoint', 'Properties': {'VpcId': {'Ref': 'Vpc'}}},
                  'Role': {'Type': 'AWS::IAM::Role', 'Properties': {
                    'ManagedPolicyArns': ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess']}},
                  'Data': {'Type': 'AWS::S3::Bucket'},
                  'DataPolicy': {'Type': 'AWS::S3::BucketPolicy', 'Properties': {'Bucket': {'Ref': 'Data'},
                    'PolicyDocument': {'Version': '2012-10-17', 'Statement': [{'Sid': 'OnlyThroughOurEndpoint',
                      'Effect': 'Deny', 'Principal': '*', 'Action': 's3:*',
                      'Resource': [{'Fn::GetAtt': ['Data', 'Arn']},
                                   {'Fn::Join': ['', [{'Fn::GetAtt': ['Data', 'Arn']}, '/*']]}],
                      'Condition': {'StringNotEquals': {'aws:SourceVpce': {'Ref': 'S3Endpoint'}}}}]}}}
                }""");
        RunPolicies policies = RunPolicies.of(run, "eu-west-1");
        AccessQuestion get = AccessQuestion.s3("s3:GetObject", policies.buckets().get(0));
        assertThat(policies.evaluator(id("S3Endpoint"), id("Role")).decide(get).decision()).isEqualTo(Decision.ALLOW);
        AccessAnswer other = policies.evaluator(id("OtherEndpoint"), id("Role")).decide(get);
        assertThat(other.decision()).isEqualTo(Decision.DENY);
        assertThat(other.because()).extracting(DecidingStatement::label)
                .containsExactly("bucket policy DataPolicy, Statement[0] (Sid OnlyThroughOurEndpoint)");
        assertThat(policies.evaluator(null, id("Role")).decide(get).decision()).isEqualTo(Decision.DENY);
    }

    @Test
    void aPolicyThatMayNotExistIsUnknown() {
        ResolvedRun run = TestRuns.run("us-west-1", null, """
                {
                  'Role': {'Type': 'AWS::IAM::Role'},
                  'Maybe': {'Type': 'AWS::IAM::Policy', 'Unsure': true, 'Properties': {'Roles': [{'Ref': 'Role'}],
                    'PolicyDocument': {'Version': '2012-10-17', 'Statement': {'Effect': 'Allow', 'Action': 's3:*',
                    'Resource': '*'}}}}
                }""");
        AccessEvaluator access = RunPolicies.of(run, "us-west-1").evaluator(null, id("Role"));
        AccessAnswer a = access.decide(AccessQuestion.s3("s3:GetObject", BucketRef.named("b")));
        assertThat(a.decision()).isEqualTo(Decision.UNKNOWN);
        assertThat(a.reasons()).anySatisfy(r -> assertThat(r).contains("condition IsProd is not known"));
    }

    @Test
    void anInstanceProfileByNameAndALaunchTemplateProfile() {
        ResolvedRun run = TestRuns.run("us-west-1", null, """
                {
                  'Role': {'Type': 'AWS::IAM::Role', 'Properties': {'RoleName': 'app'}},
                  'Profile': {'Type': 'AWS::IAM::InstanceProfile', 'Properties': {'InstanceProfileName': 'app-profile',
                    'Roles': ['app']}}
                }""");
        RunPolicies policies = RunPolicies.of(run, "us-west-1");
        assertThat(policies.roleOfInstanceProfile(json("'app-profile'"))).contains(id("Role"));
        assertThat(policies.roleOfInstanceProfile(json("{'Arn': {'Fn::GetAtt': ['Profile', 'Arn']}}")))
                .contains(id("Role"));
        assertThat(policies.roleOfInstanceProfile(json("'missing'"))).isEmpty();
    }
}
