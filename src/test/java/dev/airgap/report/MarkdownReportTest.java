package dev.airgap.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.AnalysisResult;
import dev.airgap.report.markdown.MarkdownReport;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    static AnalysisResult result;

    @BeforeAll
    static void analyse() throws Exception {
        result = ReportFixtures.patterns();
    }

    @Test
    void comparisonTableHasOneRowPerSubnetAndServiceWithTheArticlesColumns() {
        String md = MarkdownReport.render(ReportInput.of(result, "test"), Locale.ENGLISH);
        assertThat(md).startsWith("# airgap: private access to AWS services\n");
        assertThat(md).contains("| Subnet | Region | AZ | CIDR | Service | Access | Private | IP type | DNS name "
                + "| Endpoint | Allowed buckets | On-premises |");
        // pattern 1: internet gateway, public IPs; pattern 2: gateway endpoint; pattern 3: interface endpoint
        assertThat(md).containsPattern("\\| pattern1-internet-gateway/PublicSubnet \\| us-west-1 \\| us-west-1a "
                + "\\| 10\\.0\\.0\\.0/24 \\| s3 \\| Internet gateway \\| no \\| PUBLIC \\| s3\\.us-west-1\\.amazonaws\\.com");
        assertThat(md).containsPattern("\\| pattern2-gateway-endpoint/\\S+ \\| us-west-1 \\|[^\\n]*\\| s3 \\| Gateway "
                + "endpoint \\| yes \\| PUBLIC \\|");
        assertThat(md).containsPattern("\\| s3 \\| Interface endpoint \\| yes \\| PRIVATE \\|[^\\n]*needs "
                + "--endpoint-url");
        assertThat(md).contains("No requirements are configured").contains("No violations.");
        assertThat(md).doesNotContain("<svg");
    }

    @Test
    void violationsCarryFixAndTheHopByHopPath() {
        String md = MarkdownReport.render(ReportFixtures.withViolation(result), Locale.ENGLISH);
        assertThat(md).contains("| Violations | 2 |");
        assertThat(md).contains("| isolated | noInternet | no internet path from any subnet | ✘ failed: 1 violation(s) |");
        assertThat(md).contains("| budget | maxMonthlyCost | at most 100 USD a month per region | ✔ passed |");
        assertThat(md).contains("### \\[private-s3\\] pattern1-internet-gateway/PublicSubnet in us-west-1: s3 through "
                + "INTERNET\\_GATEWAY (not private)");
        assertThat(md).contains("- **Fix**: add an S3 gateway endpoint on the subnet's route table");
        assertThat(md).contains("- **Declared at**: pattern1-internet-gateway.yaml:30");
        assertThat(md).contains("Path, hop by hop\n\n| # | Resource | Kind | What |");
        assertThat(md).containsPattern("\\| 1 \\| \\S+ \\|");
        assertThat(md).contains("InternetGateway");
    }

    @Test
    void costsPerRegionAndTheTotal() {
        String md = MarkdownReport.render(ReportInput.of(result, "test"), Locale.ENGLISH);
        assertThat(md).contains("## Costs per region").contains("### us-west-1");
        assertThat(md).containsPattern("\\| pattern3-interface-endpoint/S3InterfaceEndpoint \\| Interface endpoint s3 "
                + "\\| 1 \\|");
        assertThat(md).contains("Total of all regions: ");
    }

    @Test
    void japaneseTexts() {
        String md = MarkdownReport.render(ReportFixtures.withViolation(result), Locale.JAPANESE);
        assertThat(md).startsWith("# airgap: AWS サービスへのプライベート接続\n");
        assertThat(md).contains("## サブネットとサービス").contains("ゲートウェイエンドポイント").contains("**修正方法**");
    }

    @Test
    void sameInputSameBytes() {
        assertThat(MarkdownReport.render(ReportFixtures.withViolation(result), Locale.ENGLISH))
                .isEqualTo(MarkdownReport.render(ReportFixtures.withViolation(result), Locale.ENGLISH));
    }
}
