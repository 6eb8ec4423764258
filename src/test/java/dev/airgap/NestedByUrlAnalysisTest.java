package dev.airgap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.path.Access;
import dev.airgap.path.SubnetResult;
import dev.airgap.resolve.ResolveOptions;
import dev.airgap.resolve.ResolvedStack;
import dev.airgap.resolve.ResourceId;
import dev.airgap.resolve.Value;
import dev.airgap.template.StackTemplate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The CloudFormation workshop's nested-stacks solution (aws-samples/cfn101-workshop, MIT-0): a root template naming
 * its children {@code !Sub https://${S3BucketName}.s3.amazonaws.com/vpc.yaml}, the children beside it.
 */
class NestedByUrlAnalysisTest {

    private static final Path PUBLIC_EXTRA = Path.of("src/test/resources/corpus/public-extra");

    private final List<String> info = new ArrayList<>();

    private AnalysisResult analyze() {
        ResolveOptions resolve = new ResolveOptions(Map.of("S3BucketName", "my-bucket",
                "AvailabilityZones", "us-east-1a,us-east-1b"), List.of("us-east-1"), Map.of());
        AnalysisRequest plain = AnalysisRequest.of(PUBLIC_EXTRA, List.of(Path.of("cfn101-nested-stacks")), resolve);
        AnalysisRequest request = new AnalysisRequest(plain.baseDir(), plain.templates(), plain.resolve(),
                List.of(), List.of(), List.of(), List.of(), plain.cost(), plain.deployed(), line -> { }, line -> { },
                plain.nestedTemplates(), info::add, List.of());
        return new Analyzer().analyze(request);
    }

    @Test
    void childrenNamedByS3UrlAreAnalysedOnceAsNestedStacksWithTheParentsParameters() {
        AnalysisResult result = analyze();

        assertThat(result.stacks()).extracting(StackTemplate::name)
                .containsExactly("main", "main/VpcStack", "main/IamStack", "main/EC2Stack");
        assertThat(info).hasSize(3).allSatisfy(line -> assertThat(line).contains("the one template of the run"));

        assertThat(result.paths().subnets()).extracting(s -> s.subnet().id())
                .containsExactly(new ResourceId("main/VpcStack", "VPCPublicSubnet1"),
                        new ResourceId("main/VpcStack", "VPCPublicSubnet2"));
        SubnetResult first = result.paths().subnets().get(0);
        // The parent's default reaches the child: the subnet's CIDR is known.
        assertThat(first.subnet().cidr().value()).hasValueSatisfying(c -> assertThat(c).hasToString("10.0.0.0/24"));
        // The instance of the sibling EC2Stack sits there (SubnetId from VpcStack.Outputs.PublicSubnet1), and its
        // security group lets only port 80 out: S3 is decided with the workload of another child.
        assertThat(first.services().get("s3").access()).isEqualTo(Access.NONE);
        assertThat(first.services().get("s3").reason()).contains("WebServerSecurityGroup").contains("tcp/443");
        assertThat(result.paths().subnets().get(1).services().get("s3").access()).isEqualTo(Access.INTERNET_GATEWAY);
    }

    @Test
    void aSiblingsOutputReachesTheOtherChildThroughGetAttOutputs() {
        ResolvedStack ec2 = analyze().run().stacks().stream().filter(s -> s.name().equals("main/EC2Stack"))
                .findFirst().orElseThrow();

        Value vpc = ec2.resources().get("WebServerSecurityGroup").property("VpcId");

        assertThat(vpc).isEqualTo(new Value.Ref(new ResourceId("main/VpcStack", "VPC")));
    }
}
