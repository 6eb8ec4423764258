package dev.airgap.metamorphic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airgap.AnalysisResult;
import dev.airgap.metamorphic.Templates.Form;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Metamorphic tests: a template transformed without changing its network keeps every verdict, cost and on-premises
 * answer; a transformation that changes the network moves the verdicts the known way. Over real CDK output
 * ({@code src/test/resources/cdk}) and the bundled article patterns (YAML short form).
 */
class MetamorphicTest {

    /** A few fixtures that together have IGW, NAT, gateway and interface endpoints and on-premises networks. */
    private static final List<Path> FIXTURES = List.of(
            Path.of("src/test/resources/cdk/01-public/PublicOnlyStack.template.json"),
            Path.of("src/test/resources/cdk/02-nat/NatStack.template.json"),
            Path.of("src/test/resources/cdk/03-s3-gateway/S3GatewayStack.template.json"),
            Path.of("src/test/resources/cdk/05-hybrid-vpn-interface/HybridVpnInterfaceStack.template.json"),
            Path.of("examples/article-patterns/src/main/cloudformation/pattern1-internet-gateway.yaml"),
            Path.of("examples/article-patterns/src/main/cloudformation/pattern3-interface-endpoint.yaml"));

    @TempDir
    Path dir;

    private static String name(Path fixture) {
        return fixture.getParent().getFileName() + "/" + fixture.getFileName();
    }

    private Map<String, String> verdicts(String name, List<ObjectNode> templates, Form form,
                                         UnaryOperator<String> originalId) throws IOException {
        Path sub = Files.createDirectories(dir.resolve(name));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < templates.size(); i++) {
            Path file = sub.resolve("Stack" + i + (form == Form.JSON ? ".template.json" : ".yaml"));
            Templates.write(templates.get(i), file, form);
            files.add(dir.relativize(file));
        }
        return Verdicts.of(Verdicts.analyse(dir, files), originalId);
    }

    private Map<String, String> original(ObjectNode template) throws IOException {
        Map<String, String> v = verdicts("original", List.of(template), Form.JSON, UnaryOperator.identity());
        if (System.getProperty("airgap.debug.verdicts") != null) {
            v.forEach((k, val) -> System.out.println(k + " = " + val));
        }
        assertThat(v).as("the fixture has subnets").anySatisfy((k, val) -> assertThat(k).endsWith(" internet"));
        return v;
    }

    @TestFactory
    Stream<DynamicNode> theNetworkKeepsItsVerdicts() {
        return FIXTURES.stream().map(fixture -> DynamicTest.dynamicTest(name(fixture), () -> {
            ObjectNode template = Templates.read(fixture);
            Map<String, String> expected = original(template);

            Map<String, String> renames = Templates.renaming(template);
            Map<String, String> back = renames.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
            assertThat(verdicts("renamed", List.of(Templates.rename(template, renames)), Form.JSON,
                    id -> back.getOrDefault(id, id))).as("logical IDs renamed").isEqualTo(expected);

            assertThat(verdicts("reordered", List.of(Templates.reorder(template)), Form.JSON,
                    UnaryOperator.identity())).as("resources, map keys and set lists reordered").isEqualTo(expected);

            assertThat(verdicts("yaml-long", List.of(template), Form.YAML_LONG, UnaryOperator.identity()))
                    .as("YAML long form").isEqualTo(expected);
            assertThat(verdicts("yaml-short", List.of(template), Form.YAML_SHORT, UnaryOperator.identity()))
                    .as("YAML short form").isEqualTo(expected);
            assertThat(Files.readString(dir.resolve("yaml-short/Stack0.yaml"))).contains("!Ref \"");

            assertThat(verdicts("split", Templates.split(template, "mm"), Form.JSON, UnaryOperator.identity()))
                    .as("VPC split into its own stack, joined by Export/Fn::ImportValue").isEqualTo(expected);

            assertThat(verdicts("unrelated", List.of(Templates.addUnrelated(template)), Form.JSON,
                    UnaryOperator.identity())).as("a bucket, a queue and a role added").isEqualTo(expected);
        }));
    }

    /** Lines of the subnets' verdicts (internet and every service) whose value starts with {@code access}. */
    private static Map<String, String> withAccess(Map<String, String> verdicts, String access) {
        return verdicts.entrySet().stream().filter(e -> !e.getKey().contains(" on-premises")
                        && !e.getKey().endsWith(" cost") && e.getValue().startsWith(access))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static String access(String line) {
        return line.split(" ", 2)[0];
    }

    @TestFactory
    Stream<DynamicNode> removingTheIgwRouteEndsEveryIgwPath() {
        return FIXTURES.stream().map(fixture -> DynamicTest.dynamicTest(name(fixture), () -> {
            ObjectNode template = Templates.read(fixture);
            Map<String, String> before = withAccess(original(template), "INTERNET_GATEWAY");
            if (!Templates.ofType(template, "AWS::EC2::InternetGateway").isEmpty()) {
                assertThat(before).as("a template with an internet gateway has IGW verdicts to move").isNotEmpty();
            }
            Map<String, String> after = verdicts("no-igw-route", List.of(Templates.removeIgwRoutes(template)),
                    Form.JSON, UnaryOperator.identity());
            before.keySet().forEach(k -> assertThat(access(after.get(k))).as(k).isEqualTo("NONE"));
            assertThat(withAccess(after, "INTERNET_GATEWAY")).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicNode> anS3GatewayEndpointCarriesTheS3Traffic() {
        return FIXTURES.stream().map(fixture -> DynamicTest.dynamicTest(name(fixture), () -> {
            ObjectNode template = Templates.read(fixture);
            Map<String, String> before = original(template);
            Map<String, String> after = verdicts("s3-gateway", List.of(Templates.addS3GatewayEndpoint(template)),
                    Form.JSON, UnaryOperator.identity());
            List<String> viaGateways = before.entrySet().stream().filter(e -> e.getKey().endsWith(" s3")
                    && (e.getValue().startsWith("NAT_GATEWAY") || e.getValue().startsWith("INTERNET_GATEWAY")))
                    .map(Map.Entry::getKey).toList();
            viaGateways.forEach(k -> assertThat(access(after.get(k))).as(k).isEqualTo("GATEWAY_ENDPOINT"));
            if (Templates.ofType(template, "AWS::EC2::VPCEndpoint").isEmpty()
                    && !Templates.ofType(template, "AWS::EC2::NatGateway").isEmpty()) {
                assertThat(viaGateways).as("S3 verdicts through a NAT gateway to move").isNotEmpty();
            }
        }));
    }

    @TestFactory
    Stream<DynamicNode> withoutPublicIpsNoInstanceUsesTheIgw() {
        return FIXTURES.stream().map(fixture -> DynamicTest.dynamicTest(name(fixture), () -> {
            ObjectNode template = Templates.read(fixture);
            Map<String, String> before = withAccess(original(template), "INTERNET_GATEWAY");
            if (!Templates.ofType(template, "AWS::EC2::InternetGateway").isEmpty()) {
                assertThat(before).as("a template with an internet gateway has IGW verdicts to move").isNotEmpty();
            }
            Map<String, String> after = verdicts("no-public-ip", List.of(Templates.removePublicIps(template)),
                    Form.JSON, UnaryOperator.identity());
            before.keySet().forEach(k -> assertThat(access(after.get(k))).as(k).isEqualTo("NONE"));
        }));
    }
}
