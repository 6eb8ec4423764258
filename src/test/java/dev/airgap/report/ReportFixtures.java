package dev.airgap.report;

import dev.airgap.AnalysisRequest;
import dev.airgap.AnalysisResult;
import dev.airgap.Analyzer;
import dev.airgap.require.Subject;
import dev.airgap.require.Violation;
import dev.airgap.resolve.ResolveOptions;
import dev.airgap.resolve.ResourceId;
import dev.airgap.template.SourcePosition;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The article's three patterns (copied from examples/article-patterns) analysed for us-west-1, and a violation. */
final class ReportFixtures {

    static final Path PATTERNS = Path.of("src/test/resources/report/patterns");

    private ReportFixtures() {
    }

    static AnalysisResult patterns() throws Exception {
        AnalysisRequest request = AnalysisRequest.of(PATTERNS.toAbsolutePath(), List.of(Path.of(".")),
                new ResolveOptions(Map.of(), List.of("us-west-1"), Map.of()));
        return new Analyzer().analyze(request);
    }

    /** Pattern 1's public subnet breaks a noInternet requirement (the shape the require stage reports). */
    static ReportInput withViolation(AnalysisResult result) {
        Subject subnet = new Subject("pattern1-internet-gateway", "PublicSubnet",
                "pattern1-internet-gateway/PublicSubnet", Map.of());
        ResourceId route = new ResourceId("pattern1-internet-gateway", "DefaultRoute");
        SourcePosition at = new SourcePosition("pattern1-internet-gateway.yaml", 30, 3);
        Violation f = Violation.of("isolated", "noInternet", subnet.describe()).subnet(subnet)
                .stack(subnet.stack()).region("us-west-1")
                .found("internet egress through INTERNET_GATEWAY InternetGateway").at(route, at)
                .fix("remove the 0.0.0.0/0 route to the internet gateway").build();
        Violation g = Violation.of("private-s3", "privateAccess", subnet.describe()).subnet(subnet)
                .stack(subnet.stack()).region("us-west-1").service("s3")
                .found("s3 through INTERNET_GATEWAY (not private)").at(route, at)
                .fix("add an S3 gateway endpoint on the subnet's route table").build();
        return new ReportInput(result, List.of(
                new RequirementStatus("isolated", "noInternet", "no internet path from any subnet", 1),
                new RequirementStatus("private-s3", "privateAccess", "s3 only through VPC endpoints", 1),
                new RequirementStatus("budget", "maxMonthlyCost", "at most 100 USD a month per region", 0)),
                List.of(f, g), "test");
    }
}
