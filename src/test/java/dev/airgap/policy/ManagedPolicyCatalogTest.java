package dev.airgap.policy;

import static dev.airgap.policy.TestValues.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Looking up AWS-managed policies by ARN in the bundled catalog. */
class ManagedPolicyCatalogTest {

    private final ManagedPolicyCatalog catalog = ManagedPolicyCatalog.bundled();
    private final RequestContext context = RequestContext.builder().region("us-west-1").build();

    private Decision decide(PolicyDocument d, String action, ResourceArn target) {
        return new AccessEvaluator(PolicySet.builder().build(), context)
                .evaluate(d, new AccessQuestion(action, target)).decision();
    }

    private PolicyDocument lookup(String arnJson) {
        return catalog.document(json(arnJson), context.symbols()).orElseThrow();
    }

    @Test
    void everyBundledPolicyIsAWellFormedDatedDocument() {
        assertThat(catalog.names()).contains("AmazonS3FullAccess", "AmazonS3ReadOnlyAccess",
                "AmazonDynamoDBFullAccess", "AmazonDynamoDBReadOnlyAccess", "AmazonSSMManagedInstanceCore",
                "AdministratorAccess", "ReadOnlyAccess");
        for (String name : catalog.names()) {
            ManagedPolicyCatalog.Entry e = catalog.byName(name).orElseThrow();
            assertThat(e.versionId()).matches("v\\d+");
            assertThat(e.versionDate()).matches("\\d{4}-\\d\\d-\\d\\dT.*");
            assertThat(e.source()).startsWith("https://");
            PolicyDocument d = PolicyDocument.parse(PolicySource.of(Layer.IDENTITY, name), e.document());
            assertThat(d.problem()).isNull();
            assertThat(d.statements()).allSatisfy(s -> assertThat(s.problem()).isNull());
        }
    }

    @Test
    void amazonS3FullAccessByLiteralArn() {
        PolicyDocument d = lookup("'arn:aws:iam::aws:policy/AmazonS3FullAccess'");
        assertThat(d.source().name()).isEqualTo("AWS managed policy AmazonS3FullAccess (v2, 2021-09-27)");
        assertThat(decide(d, "s3:CreateBucket", ResourceArn.bucket(BucketRef.named("any")))).isEqualTo(Decision.ALLOW);
        assertThat(decide(d, "dynamodb:GetItem", ResourceArn.arn("arn:aws:dynamodb:us-west-1:1:table/t")))
                .isEqualTo(Decision.DENY);
    }

    @Test
    void theSubFormWithAnUnknownPartitionIsFoundByName() {
        RequestContext noRegion = RequestContext.builder().build();
        Optional<PolicyDocument> d = catalog.document(
                json("{'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/AmazonS3ReadOnlyAccess'}"),
                noRegion.symbols());
        assertThat(d).hasValueSatisfying(doc -> assertThat(doc.problem()).isNull());
        assertThat(decide(d.get(), "s3:GetObject", ResourceArn.object(BucketRef.named("b"), "k"))).isEqualTo(Decision.ALLOW);
        assertThat(decide(d.get(), "s3:PutObject", ResourceArn.object(BucketRef.named("b"), "k"))).isEqualTo(Decision.DENY);
    }

    @Test
    void readOnlyAccessReadsS3AndDynamoDbButWritesNothing() {
        PolicyDocument d = lookup("'arn:aws:iam::aws:policy/ReadOnlyAccess'");
        assertThat(d.source().name()).isEqualTo("AWS managed policy ReadOnlyAccess (v178, 2026-02-12)");
        ResourceArn object = ResourceArn.object(BucketRef.named("b"), "k");
        assertThat(decide(d, "s3:GetObject", object)).isEqualTo(Decision.ALLOW);
        assertThat(decide(d, "s3:ListBucket", ResourceArn.bucket(BucketRef.named("b")))).isEqualTo(Decision.ALLOW);
        assertThat(decide(d, "s3:PutObject", object)).isEqualTo(Decision.DENY);
        assertThat(decide(d, "dynamodb:GetItem", ResourceArn.arn("arn:aws:dynamodb:us-west-1:1:table/t")))
                .isEqualTo(Decision.ALLOW);
        assertThat(decide(d, "dynamodb:PutItem", ResourceArn.arn("arn:aws:dynamodb:us-west-1:1:table/t")))
                .isEqualTo(Decision.DENY);
        assertThat(decide(d, "ssm:GetParameter", ResourceArn.arn("arn:aws:ssm:us-west-1:1:parameter/p")))
                .isEqualTo(Decision.ALLOW);
    }

    @Test
    void otherPartitionsNameTheSamePolicies() {
        assertThat(lookup("'arn:aws-cn:iam::aws:policy/AmazonDynamoDBFullAccess'").problem()).isNull();
        assertThat(lookup("'arn:aws-us-gov:iam::aws:policy/AmazonSSMManagedInstanceCore'").problem()).isNull();
    }

    @Test
    void anAwsManagedPolicyMissingFromTheCatalogIsUnknown() {
        PolicyDocument d = lookup("'arn:aws:iam::aws:policy/AmazonKinesisFullAccess'");
        assertThat(d.problem()).contains("AmazonKinesisFullAccess is not in the bundled catalog");
        assertThat(decide(d, "s3:GetObject", ResourceArn.object(BucketRef.named("b"), null))).isEqualTo(Decision.UNKNOWN);
    }

    @Test
    void pathsArePartOfTheName() {
        assertThat(lookup("'arn:aws:iam::aws:policy/service-role/AmazonS3FullAccess'").problem())
                .contains("service-role/AmazonS3FullAccess is not in the bundled catalog");
    }

    @Test
    void customerManagedArnsAreLeftToTheRun() {
        assertThat(catalog.document(json("'arn:aws:iam::111122223333:policy/Mine'"), context.symbols())).isEmpty();
        assertThat(catalog.document(json("{'Fn::Sub': 'arn:aws:iam::${AWS::AccountId}:policy/Mine'}"),
                context.symbols())).isEmpty();
    }

    @Test
    void anUnreadableArnIsUnknown() {
        assertThat(lookup("{'Unknown': 'Fn::ImportValue PolicyArn'}").problem()).contains("cannot be read");
        assertThat(lookup("'AmazonS3FullAccess'").problem()).contains("cannot be read");
    }
}
