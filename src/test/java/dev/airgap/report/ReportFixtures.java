package dev.airgap.report;

import dev.airgap.AnalysisRequest;
import dev.airgap.AnalysisResult;
import dev.airgap.Analyzer;
import dev.airgap.resolve.ResolveOptions;
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
        Finding f = new Finding("isolated", "noInternet",
                "pattern1-internet-gateway/PublicSubnet", "pattern1-internet-gateway", "PublicSubnet", "us-west-1",
                null, "internet egress through INTERNET_GATEWAY InternetGateway", "DefaultRoute",
                "pattern1-internet-gateway.yaml:30", "remove the 0.0.0.0/0 route to the internet gateway", false);
        Finding g = new Finding("private-s3", "privateAccess",
                "pattern1-internet-gateway/PublicSubnet", "pattern1-internet-gateway", "PublicSubnet", "us-west-1",
                "s3", "s3 through INTERNET_GATEWAY (not private)", "DefaultRoute", "pattern1-internet-gateway.yaml:30",
                "add an S3 gateway endpoint on the subnet's route table", false);
        return new ReportInput(result, List.of(
                new RequirementStatus("isolated", "noInternet", "no internet path from any subnet", 1),
                new RequirementStatus("private-s3", "privateAccess", "s3 only through VPC endpoints", 1),
                new RequirementStatus("budget", "maxMonthlyCost", "at most 100 USD a month per region", 0)),
                List.of(f, g), "test");
    }
}
