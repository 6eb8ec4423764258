package dev.airgap.require;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.airgap.AnalysisRequest;
import dev.airgap.AnalysisResult;
import dev.airgap.Analyzer;
import dev.airgap.cost.RegionCost;
import dev.airgap.cost.availability.Availability;
import dev.airgap.cost.availability.AvailabilityVerdict;
import dev.airgap.cost.availability.EndpointType;
import dev.airgap.report.ViolationText;
import dev.airgap.resolve.ResolveOptions;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requirements judged against the article's three patterns (templates as in examples/article-patterns, written here
 * so the test has no outside input), analysed for us-west-1.
 */
class RequirementEvaluatorTest {

    @TempDir
    static Path dir;

    static AnalysisResult result;

    @BeforeAll
    static void analyse() throws IOException {
        Files.writeString(dir.resolve("pattern1.yaml"), Templates.PATTERN1);
        Files.writeString(dir.resolve("pattern2.yaml"), Templates.PATTERN2);
        Files.writeString(dir.resolve("pattern3.yaml"), Templates.PATTERN3);
        AnalysisRequest request = AnalysisRequest.of(dir, List.of(Path.of(".")),
                new ResolveOptions(Map.of(), List.of("us-west-1"), Map.of())).withOnPremisesCidrs(List.of("192.168.0.0/16"));
        result = new Analyzer().analyze(request);
    }

    private static Evaluation evaluate(Requirement... requirements) {
        return new RequirementEvaluator(result.evidence()).evaluate(List.of(requirements));
    }

    private static NoInternet noInternet(String subnets, Waiver... except) {
        return new NoInternet(null, Selector.parse(subnets), false, List.of(except));
    }

    @Test
    void noInternetFailsOnlyPatternOneWithTheGatewayAndItsSourceLine() {
        Evaluation e = evaluate(noInternet("*"));

        assertThat(e.violations()).hasSize(1);
        Violation v = e.violations().get(0);
        assertThat(v.requirement()).isEqualTo("noInternet");
        assertThat(v.subnet().logicalId()).isEqualTo("PublicSubnet");
        assertThat(v.stack()).isEqualTo("pattern1");
        assertThat(v.region()).isEqualTo("us-west-1");
        assertThat(v.found()).isEqualTo("internet egress INTERNET_GATEWAY: PublicSubnet -> PublicRouteTable "
                + "[route 0.0.0.0/0 -> gateway InternetGateway] -> InternetGateway");
        assertThat(v.component().logicalId()).isEqualTo("InternetGateway");
        assertThat(v.source().fileAndLine()).isEqualTo("pattern1.yaml:10");
        assertThat(v.fix()).startsWith("remove the route to InternetGateway from PublicRouteTable");
        assertThat(v.unknown()).isFalse();
        assertThat(ViolationText.message(v)).startsWith("[noInternet] pattern1/PublicSubnet in us-west-1: internet egress");
    }

    @Test
    void privateAccessFailsPatternOneAndPassesTheEndpoints() {
        Evaluation e = evaluate(new PrivateAccess("s3-private", Selector.ALL, List.of("s3"), false,
                List.of()));

        assertThat(e.violations()).extracting(Violation::stack).containsExactly("pattern1");
        Violation v = e.violations().get(0);
        assertThat(v.requirement()).isEqualTo("s3-private");
        assertThat(v.kind()).isEqualTo("privateAccess");
        assertThat(v.service()).isEqualTo("s3");
        assertThat(v.found()).startsWith("s3 access INTERNET_GATEWAY: PublicSubnet -> ");
        assertThat(v.fix()).contains("gateway VPC endpoint for s3 with RouteTableIds [PublicRouteTable]");
    }

    @Test
    void allowedBucketsPassesThePolicyRestrictedPatternsAndFailsTheOpenOne() {
        Evaluation e = evaluate(new AllowedBuckets(null, Selector.ALL, List.of("test-us-west-bt"), false,
                List.of()));

        assertThat(e.violations()).extracting(Violation::stack).containsExactly("pattern1");
        assertThat(e.violations().get(0).found()).startsWith("s3 over INTERNET_GATEWAY reaches bucket * outside "
                + "[test-us-west-bt] (scope ALL)");
    }

    @Test
    void onPremisesAccessFailsVpcsWithoutAConnectionAndPassesPatternThree() {
        Evaluation e = evaluate(new OnPremisesAccess(null, Selector.ALL, List.of("s3"),
                List.of("192.168.0.0/16"), false, List.of()));

        assertThat(e.violations()).extracting(Violation::stack).containsExactly("pattern1", "pattern2");
        Violation v = e.violations().get(1);
        assertThat(v.vpc().logicalId()).isEqualTo("Vpc");
        assertThat(v.subnet()).isNull();
        assertThat(v.found()).contains("Vpc has no connection to on-premises").endsWith("; gateway endpoint "
                + "S3GatewayEndpoint serves only clients inside the VPC");
        assertThat(v.fix()).startsWith("attach a VPN gateway");
        assertThat(v.source().fileAndLine()).isEqualTo("pattern2.yaml:4");
    }

    @Test
    void throughANatGatewayTheNatIsTheOffendingComponent() throws IOException {
        Path nat = Files.createTempDirectory(dir, "nat");
        Files.writeString(nat.resolve("nat.yaml"), """
                Resources:
                  Vpc:
                    Type: AWS::EC2::VPC
                    Properties: {CidrBlock: 10.9.0.0/16}
                  Igw:
                    Type: AWS::EC2::InternetGateway
                  IgwAttachment:
                    Type: AWS::EC2::VPCGatewayAttachment
                    Properties: {VpcId: !Ref Vpc, InternetGatewayId: !Ref Igw}
                  PublicSubnet:
                    Type: AWS::EC2::Subnet
                    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.9.0.0/24, AvailabilityZone: us-west-1a}
                  PublicTable:
                    Type: AWS::EC2::RouteTable
                    Properties: {VpcId: !Ref Vpc}
                  PublicDefault:
                    Type: AWS::EC2::Route
                    Properties: {RouteTableId: !Ref PublicTable, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw}
                  PublicAssociation:
                    Type: AWS::EC2::SubnetRouteTableAssociation
                    Properties: {SubnetId: !Ref PublicSubnet, RouteTableId: !Ref PublicTable}
                  NatEip:
                    Type: AWS::EC2::EIP
                    Properties: {Domain: vpc}
                  Nat:
                    Type: AWS::EC2::NatGateway
                    Properties: {SubnetId: !Ref PublicSubnet, AllocationId: !GetAtt NatEip.AllocationId}
                  AppSubnet:
                    Type: AWS::EC2::Subnet
                    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.9.1.0/24, AvailabilityZone: us-west-1a}
                  AppTable:
                    Type: AWS::EC2::RouteTable
                    Properties: {VpcId: !Ref Vpc}
                  AppDefault:
                    Type: AWS::EC2::Route
                    Properties: {RouteTableId: !Ref AppTable, DestinationCidrBlock: 0.0.0.0/0, NatGatewayId: !Ref Nat}
                  AppAssociation:
                    Type: AWS::EC2::SubnetRouteTableAssociation
                    Properties: {SubnetId: !Ref AppSubnet, RouteTableId: !Ref AppTable}
                """);
        AnalysisResult r = new Analyzer().analyze(AnalysisRequest.of(nat, List.of(Path.of(".")),
                new ResolveOptions(Map.of(), List.of("us-west-1"), Map.of())));
        Evaluation e = new RequirementEvaluator(r.evidence()).evaluate(List.of(noInternet("App*")));

        assertThat(e.violations()).hasSize(1);
        Violation v = e.violations().get(0);
        assertThat(v.found()).startsWith("internet egress NAT_GATEWAY: AppSubnet -> ");
        assertThat(v.component().logicalId()).isEqualTo("Nat");
        assertThat(v.fix()).startsWith("remove the route to Nat from AppTable");
    }

    @Test
    void aSelectorThatMatchesNothingIsAViolation() {
        Evaluation e = evaluate(noInternet("PrivateSubnt"));

        assertThat(e.violations()).hasSize(1);
        assertThat(e.violations().get(0).kind()).isEqualTo("selector");
        assertThat(e.violations().get(0).found()).isEqualTo("selector 'PrivateSubnt' matches no subnet (analysed: "
                + "pattern1/PublicSubnet, pattern2/PrivateSubnet, pattern3/PrivateSubnet)");
    }

    @Test
    void exceptionsWaiveWithTheirReasonAndUnusedOnesAreReported() {
        Evaluation e = evaluate(noInternet("*",
                new Waiver(Selector.parse("pattern1/*"), null, null, null, "public web tier"),
                new Waiver(Selector.parse("Bastion*"), null, null, null, "stale")));

        assertThat(e.passed()).isTrue();
        assertThat(e.waived()).hasSize(1);
        assertThat(e.waived().get(0).reason()).isEqualTo("public web tier");
        assertThat(e.waived().get(0).by()).isEqualTo("<except> subnet pattern1/*");
        assertThat(e.unusedExceptions()).containsExactly(
                "[noInternet] <except> subnet Bastion* waives nothing (reason: stale); remove it if it is stale");
    }

    @Test
    void anExceptionByRegionOrServiceMustMatchToo() {
        Evaluation e = evaluate(noInternet("*", new Waiver(null, null, "ap-northeast-1", null, "another region")));
        assertThat(e.violations()).hasSize(1);
    }

    @Test
    void unknownFailsUnlessAllowed() {
        Violation unknown = Violation.of("r", "noInternet", "s").found("x").fix("f").unknown(true).build();
        assertThat(unknown.unknown()).isTrue();
        // maxMonthlyCost without a cost estimate is UNKNOWN: it fails, and passes (waived) when unknowns are allowed.
        Evidence noCosts = new Evidence(result.run(), result.model(), result.paths(), null, null);
        MaxMonthlyCost strict = new MaxMonthlyCost(null, BigDecimal.TEN, "USD", null, false,
                List.of());
        MaxMonthlyCost lenient = new MaxMonthlyCost(null, BigDecimal.TEN, "USD", null, true,
                List.of());
        Evaluation failed = new RequirementEvaluator(noCosts).evaluate(List.of(strict));
        assertThat(failed.violations()).hasSize(1);
        assertThat(failed.violations().get(0).unknown()).isTrue();
        Evaluation allowed = new RequirementEvaluator(noCosts).evaluate(List.of(lenient));
        assertThat(allowed.passed()).isTrue();
        assertThat(allowed.waived()).extracting(Waived::by).containsExactly("<allowUnknown>");
    }

    @Test
    void maxMonthlyCostConvertsThroughUsd() {
        // Pattern 3's interface endpoint priced in ap-northeast-1, in USD; the budget is in JPY at 150 per USD.
        AnalysisResult tokyo = new Analyzer().analyze(AnalysisRequest.of(dir, List.of(Path.of("pattern3.yaml")),
                new ResolveOptions(Map.of(), List.of("ap-northeast-1"), Map.of())));
        RegionCost region = tokyo.costs().regions().get(0);
        assertThat(tokyo.costs().currency()).isEqualTo("USD");
        assertThat(region.complete()).isTrue();
        assertThat(region.monthlyTotal().signum()).isPositive();
        BigDecimal jpy = region.monthlyTotal().multiply(new BigDecimal("150"));
        RequirementEvaluator evaluator = new RequirementEvaluator(tokyo.evidence());

        Evaluation under = evaluator.evaluate(List.of(new MaxMonthlyCost(null, jpy, "JPY",
                new BigDecimal("150"), false, List.of())));
        Evaluation over = evaluator.evaluate(List.of(new MaxMonthlyCost("budget",
                jpy.subtract(BigDecimal.ONE), "JPY", new BigDecimal("150"), false, List.of())));

        assertThat(under.passed()).isTrue();
        assertThat(over.violations()).hasSize(1);
        Violation v = over.violations().get(0);
        assertThat(v.requirement()).isEqualTo("budget");
        assertThat(v.region()).isEqualTo("ap-northeast-1");
        assertThat(v.found()).isEqualTo("estimated monthly total " + jpy.setScale(0, java.math.RoundingMode.HALF_UP)
                + " JPY exceeds " + jpy.subtract(BigDecimal.ONE).toPlainString() + " JPY (1 interface endpoint, "
                + "0 NAT gateways)");
        assertThat(v.component().logicalId()).isEqualTo("S3InterfaceEndpoint");
        assertThat(v.source().fileAndLine()).startsWith("pattern3.yaml:");
    }

    @Test
    void aRegionWithoutKnownPricesIsUnknownForTheBudget() {
        List<RegionCost> incomplete = result.costs().regions().stream().filter(r -> !r.complete()).toList();
        assertThat(incomplete).as("the bundled catalog has no us-west-1 endpoint price").isNotEmpty();
        Evaluation e = evaluate(new MaxMonthlyCost(null, new BigDecimal("1000000"), "USD", null, false,
                List.of()));
        assertThat(e.violations()).hasSize(incomplete.size());
        assertThat(e.violations()).allSatisfy(v -> {
            assertThat(v.unknown()).isTrue();
            assertThat(v.found()).startsWith("estimated monthly total UNKNOWN: ");
        });
    }

    @Test
    void aBudgetInAThirdCurrencyNeedsAnExchangeRate() {
        assertThatThrownBy(() -> evaluate(new MaxMonthlyCost(null, BigDecimal.TEN, "EUR", null, false,
                List.of()))).isInstanceOf(RequirementException.class).hasMessageContaining("needs <exchangeRate>");
    }

    @Test
    void availabilityVerdictsBecomeViolationsNamingTheEndpoint() {
        List<AvailabilityVerdict> verdicts = List.of(
                new AvailabilityVerdict("s3", EndpointType.INTERFACE, "us-west-1", Availability.NOT_AVAILABLE,
                        "test", "not offered"),
                new AvailabilityVerdict("s3", EndpointType.GATEWAY, "us-west-1", Availability.NOT_AVAILABLE,
                        "test", "gateway endpoints are not the question"));
        Evidence evidence = new Evidence(result.run(), result.model(), result.paths(), result.costs(), verdicts);
        Evaluation e = new RequirementEvaluator(evidence).evaluate(List.of(
                new AvailableInRegions(null, false, List.of())));

        assertThat(e.violations()).hasSize(1);
        Violation v = e.violations().get(0);
        assertThat(v.subject()).isEqualTo("s3 in us-west-1");
        assertThat(v.component().logicalId()).isEqualTo("S3InterfaceEndpoint");
        assertThat(v.source().fileAndLine()).startsWith("pattern3.yaml:");
        assertThat(v.fix()).startsWith("drop us-west-1 from <regions>");
    }

    @Test
    void suppressionMetadataWaivesWithItsReasonAndNeedsOne() throws IOException {
        Path other = Files.createTempDirectory(dir, "suppressed");
        Files.writeString(other.resolve("p1.yaml"), Templates.PATTERN1.replace("""
                  PublicSubnet:
                    Type: AWS::EC2::Subnet
                """, """
                  PublicSubnet:
                    Type: AWS::EC2::Subnet
                    Metadata:
                      airgap:suppress:
                        - requirement: noInternet
                          reason: bastion, SEC-43
                """));
        AnalysisResult r = new Analyzer().analyze(AnalysisRequest.of(other, List.of(Path.of(".")),
                new ResolveOptions(Map.of(), List.of("us-west-1"), Map.of())));
        Evaluation e = new RequirementEvaluator(r.evidence()).evaluate(List.of(noInternet("*")));
        assertThat(e.passed()).isTrue();
        assertThat(e.waived().get(0).reason()).isEqualTo("bastion, SEC-43");
        assertThat(e.waived().get(0).by()).isEqualTo("airgap:suppress at p1.yaml:20");

        Files.writeString(other.resolve("p1.yaml"), Files.readString(other.resolve("p1.yaml"))
                .replace("          reason: bastion, SEC-43\n", ""));
        AnalysisResult noReason = new Analyzer().analyze(AnalysisRequest.of(other, List.of(Path.of(".")),
                new ResolveOptions(Map.of(), List.of("us-west-1"), Map.of())));
        assertThatThrownBy(() -> new RequirementEvaluator(noReason.evidence()).evaluate(List.of(noInternet("*"))))
                .isInstanceOf(RequirementException.class)
                .hasMessage("p1.yaml:20: airgap:suppress entry of PublicSubnet for noInternet has no reason: add "
                        + "'reason: why it does not apply'");
    }

    @Test
    void evaluationIsDeterministic() {
        Requirement[] all = {noInternet("*"), new PrivateAccess(null, Selector.ALL, List.of(), false,
                List.of()), new OnPremisesAccess(null, Selector.ALL, List.of(), List.of(), false,
                List.of())};
        assertThat(evaluate(all)).isEqualTo(evaluate(all));
    }

}
