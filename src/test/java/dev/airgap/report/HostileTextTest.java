package dev.airgap.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airgap.AnalysisResult;
import dev.airgap.network.Subnet;
import dev.airgap.path.Access;
import dev.airgap.path.Hop;
import dev.airgap.path.PathResult;
import dev.airgap.path.ServiceVerdict;
import dev.airgap.path.SubnetResult;
import dev.airgap.path.VpcResult;
import dev.airgap.report.document.PathDiagram;
import dev.airgap.report.json.JsonReport;
import dev.airgap.report.markdown.MarkdownReport;
import dev.airgap.report.sarif.SarifReport;
import dev.airgap.report.text.ConsoleSummary;
import dev.airgap.report.text.ExplainRenderer;
import dev.airgap.require.Subject;
import dev.airgap.require.Violation;
import dev.airgap.resolve.ResourceId;
import dev.airgap.template.SourcePosition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A logical ID with a NUL, a terminal escape, a line break, Markdown table and HTML syntax reaches every report and the
 * console escaped. CloudFormation itself allows only alphanumeric logical IDs, but the reports must not trust that:
 * the analysis result is rewritten here rather than read from a template, so the test does not depend on what the
 * reader accepts.
 */
class HostileTextTest {

    /** Every kind of trouble at once. */
    static final String HOSTILE = "Sub\u0000net\u001b[31m|<script>alert(1)</script>`x`\nNext";
    /** The same as the reports show it: control characters as {@code \\uXXXX}, the line break as a space. */
    static final String SHOWN = "Sub\\u0000net\\u001B[31m|<script>alert(1)</script>`x`";

    static AnalysisResult plain;
    static AnalysisResult hostile;
    static ReportInput input;

    @BeforeAll
    static void analyse() throws Exception {
        plain = ReportFixtures.patterns();
        hostile = withHostileSubnet(plain);
        String stack = hostileSubnet().subnet().id().stack();
        Violation f = Violation.of("isolated", "noInternet", "Stack/" + HOSTILE)
                .subnet(new Subject(stack, HOSTILE, "Stack/" + HOSTILE, Map.of())).region(hostileSubnet().region())
                .service("s3").found("s3 through " + HOSTILE)
                .at(new ResourceId(stack, HOSTILE), new SourcePosition("network.yaml", 3, 1))
                .fix("remove " + HOSTILE).build();
        input = new ReportInput(hostile, List.of(new RequirementStatus("isolated", "noInternet", HOSTILE, 1)),
                List.of(f), "test");
    }

    /** The first subnet renamed, and its s3 verdict made UNKNOWN with a hop and a reason naming it. */
    private static AnalysisResult withHostileSubnet(AnalysisResult a) {
        PathResult p = a.paths();
        List<SubnetResult> subnets = new ArrayList<>(p.subnets());
        SubnetResult r = subnets.get(0);
        Subnet s = r.subnet();
        Subnet renamed = new Subnet(new ResourceId(s.id().stack(), HOSTILE), s.id().stack() + "/" + HOSTILE, s.vpc(),
                s.az(), s.cidr(), s.mapPublicIp(), s.ipv6(), s.ipv6Only(), Map.of("Name", HOSTILE), s.position());
        Map<String, ServiceVerdict> services = new LinkedHashMap<>(r.services());
        ServiceVerdict v = services.get("s3");
        List<Hop> hops = new ArrayList<>(v.hops());
        hops.add(0, new Hop(new ResourceId(s.id().stack(), HOSTILE), "AWS::EC2::Subnet", "starts at " + HOSTILE,
                SourcePosition.UNKNOWN));
        services.put("s3", new ServiceVerdict(v.service(), Access.UNKNOWN, false, v.ipType(), v.dnsName(),
                v.requiresEndpointUrl(), v.endpoint(), hops, v.codes(), "depends on " + HOSTILE, v.blockers(),
                v.securityGroups(), v.endpointId(), v.client(), v.buckets()));
        subnets.set(0, new SubnetResult(r.network(), renamed, r.internet(), services));
        return new AnalysisResult(a.stacks(), a.run(), a.model(), new PathResult(p.services(), subnets, p.vpcs()),
                a.costs(), a.availability());
    }

    private static SubnetResult hostileSubnet() {
        return hostile.paths().subnets().get(0);
    }

    @Test
    void markdownHasNoRawControlCharacterNoHtmlAndNoBrokenTable() {
        String md = MarkdownReport.render(input, Locale.ENGLISH);

        assertThat(rawControls(md.replace("\n", ""))).isEmpty();
        assertThat(md).contains("Sub\\\\u0000net\\\\u001B\\[31m\\|\\<script>alert(1)\\</script>\\`x\\` Next");
        assertThat(unescaped(md, '<')).as("raw HTML").isZero();
        assertThat(unescaped(md, '`')).as("code spans").isZero();
        // every row of every table has as many cells as its header
        String[] lines = md.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("|") && i + 1 < lines.length && lines[i + 1].startsWith("| --- |")) {
                int cells = unescaped(lines[i], '|');
                for (int j = i + 2; j < lines.length && lines[j].startsWith("|"); j++) {
                    assertThat(unescaped(lines[j], '|')).as(lines[j]).isEqualTo(cells);
                }
            }
        }
        // the line break did not start a line of its own
        assertThat(md).doesNotContain("\nNext");
    }

    @Test
    void markdownEscapesMarkupThatOnlyCountsAtTheStartOfALine() {
        assertThat(MarkdownReport.inline("1. not a list")).isEqualTo("1\\. not a list");
        assertThat(MarkdownReport.inline("2) not a list")).isEqualTo("2\\) not a list");
        assertThat(MarkdownReport.inline("# not a heading")).isEqualTo("\\# not a heading");
        assertThat(MarkdownReport.inline("&lt;b&gt;")).as("an entity would show as <b>").isEqualTo("\\&lt;b\\&gt;");
        assertThat(MarkdownReport.inline("line\r\nbreak")).isEqualTo("line break");
        assertThat(MarkdownReport.inline("10.0.0.0/16")).isEqualTo("10.0.0.0/16");
    }

    @Test
    void ordinaryIdentifiersRenderAsBefore() {
        // the same analysis without the hostile subnet: no escape sequences appear anywhere
        String md = MarkdownReport.render(ReportFixtures.withViolation(plain), Locale.ENGLISH);
        assertThat(md).doesNotContain("\\u00").contains("| pattern1-internet-gateway/PublicSubnet | us-west-1 |");
    }

    @Test
    void sarifAndJsonCarryTheTextJsonEscaped() throws Exception {
        ByteArrayOutputStream sarif = new ByteArrayOutputStream();
        SarifReport.write(sarif, input);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        JsonReport.write(json, ReportInput.of(hostile, "test"));

        for (ByteArrayOutputStream out : List.of(sarif, json)) {
            String text = out.toString(StandardCharsets.UTF_8);
            assertThat(rawControls(text.replace("\n", ""))).isEmpty();
            assertThat(text).contains("Sub\\u0000net\\u001B[31m|<script>");
        }
        // and the reader gets the identifier back exactly
        JsonNode root = new ObjectMapper().readTree(json.toByteArray());
        assertThat(root.get("subnets").findValuesAsText("logicalId")).contains(HOSTILE);
        JsonNode result = new ObjectMapper().readTree(sarif.toByteArray()).at("/runs/0/results/0");
        assertThat(result.at("/message/text").asText()).contains(HOSTILE);
    }

    @Test
    void explainPrintsOneLinePerLineWithControlsEscaped() {
        String text = ExplainRenderer.render(hostile.paths(), SubnetSelector.parse("*"), "s3");

        assertThat(rawControls(text.replace("\n", ""))).isEmpty();
        assertThat(text).contains("Subnet " + SHOWN + "\\u000ANext (").contains(" 1. " + SHOWN)
                .contains("why: depends on " + SHOWN);
        // the newline in the name did not start a line of its own
        assertThat(text.lines()).noneMatch(l -> l.startsWith("Next"));
        assertThat(ExplainRenderer.render(hostile.paths(), SubnetSelector.parse("Nope\u001b[2J"), "s3"))
                .startsWith("No subnet matches 'Nope\\u001B[2J'").doesNotContain("\u001b");
    }

    @Test
    void consoleLinesHaveNoControlCharacters() {
        List<String> lines = ConsoleSummary.lines(hostile.run(), hostile.paths());
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(SHOWN + "\\u000ANext"));
        assertThat(lines).allSatisfy(l -> assertThat(rawControls(l)).isEmpty());
    }

    @Test
    void diagramsStayWellFormedXml() throws Exception {
        PathResult p = hostile.paths();
        VpcResult vpc = p.vpcOf(hostileSubnet()).orElseThrow();
        String svg = PathDiagram.render(vpc, p, "s3", ReportTexts.of(Locale.ENGLISH));

        assertThat(rawControls(svg.replace("\n", ""))).isEmpty();
        assertThat(svg).doesNotContain("<script>");
        // a raw NUL is not even escapable in XML 1.0: the parser would reject the picture
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** The control characters of {@code s}, as code points. */
    static List<Integer> rawControls(String s) {
        return s.codePoints().filter(Character::isISOControl).boxed().toList();
    }

    /** How many times {@code c} occurs in Markdown source without a backslash escape before it. */
    static int unescaped(String markdown, char c) {
        int n = 0;
        for (int i = 0; i < markdown.length(); i++) {
            char x = markdown.charAt(i);
            if (x == '\\') {
                i++;
            } else if (x == c) {
                n++;
            }
        }
        return n;
    }
}
