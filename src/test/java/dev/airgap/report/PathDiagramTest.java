package dev.airgap.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.AnalysisResult;
import dev.airgap.path.VpcResult;
import dev.airgap.report.document.PathDiagram;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class PathDiagramTest {

    static AnalysisResult result;

    @BeforeAll
    static void analyse() throws Exception {
        result = ReportFixtures.patterns();
    }

    private static String svg(String stack, Locale locale) {
        VpcResult vpc = result.paths().vpcs().stream().filter(v -> v.vpc().id().stack().equals(stack)).findFirst()
                .orElseThrow();
        return PathDiagram.render(vpc, result.paths(), "s3", ReportTexts.of(locale));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<String> all(Document d, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, d, XPathConstants.NODESET);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void wellFormedSvgWithTheSubnetTheTargetsAndTheColouredPath() throws Exception {
        String svg = svg("pattern2-gateway-endpoint", Locale.ENGLISH);
        Document d = parse(svg);
        assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(d.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(all(d, "//*[local-name()='g'][@data-access]/@data-access")).containsExactly("GATEWAY_ENDPOINT");
        List<String> texts = all(d, "//*[local-name()='text']");
        assertThat(texts).contains("S3: → Gateway endpoint · private", "Route targets", "S3");
        assertThat(texts).anyMatch(s -> s.startsWith("Gateway endpoint s3"));
        assertThat(texts).contains("us-west-1a");
        // the subnet -> endpoint and endpoint -> S3 edges, in the gateway endpoint's green
        assertThat(all(d, "//*[local-name()='path'][@stroke='#1a7f37']/@d")).hasSize(2);
    }

    @Test
    void internetGatewayPathIsRedAndNotPrivate() throws Exception {
        Document d = parse(svg("pattern1-internet-gateway", Locale.ENGLISH));
        assertThat(all(d, "//*[local-name()='text']")).contains("S3: → Internet gateway · not private",
                "Internet gateway");
        assertThat(all(d, "//*[local-name()='path'][@stroke='#cf222e']/@d")).hasSize(2);
    }

    @Test
    void deterministicAndLocalised() throws Exception {
        assertThat(svg("pattern3-interface-endpoint", Locale.ENGLISH))
                .isEqualTo(svg("pattern3-interface-endpoint", Locale.ENGLISH));
        String ja = svg("pattern3-interface-endpoint", Locale.JAPANESE);
        parse(ja);
        assertThat(ja).contains("インターフェイスエンドポイント").contains("プライベート");
    }

    @Test
    void idsAreUniquePerVpcSoPicturesShareAPage() throws Exception {
        List<String> ids = new ArrayList<>();
        for (VpcResult v : result.paths().vpcs()) {
            ids.addAll(all(parse(PathDiagram.render(v, result.paths(), "s3", ReportTexts.of(Locale.ENGLISH))),
                    "//@id"));
        }
        assertThat(ids).doesNotHaveDuplicates().isNotEmpty();
    }
}
