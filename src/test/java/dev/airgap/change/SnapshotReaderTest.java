package dev.airgap.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airgap.path.Access;
import dev.airgap.path.Egress;
import dev.airgap.report.document.ChangeSection;
import dev.airgap.report.markdown.MarkdownReport;
import dev.airgap.template.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotReaderTest {

    private static InputException bad(String json) {
        return assertThrows(InputException.class,
                () -> SnapshotReader.read(json.getBytes(StandardCharsets.UTF_8), "old.json"));
    }

    @Test
    void readsTheVerdictsViolationsEndpointsAndCostsOfABuild() throws Exception {
        Snapshot s = Builds.snapshot("igw");
        SubnetState subnet = s.subnets().get(0);
        assertEquals(new SubnetRef("network", "IsolatedSubnet", "Network/Vpc/IsolatedSubnet1/Subnet", "us-west-1"),
                subnet.ref());
        assertEquals(Egress.INTERNET_GATEWAY, subnet.internet());
        ServiceState s3 = subnet.services().get("s3");
        assertEquals(Access.GATEWAY_ENDPOINT, s3.access());
        assertTrue(s3.privatePath());
        assertEquals("S3GatewayEndpoint", s3.endpoint());
        assertEquals("gateway", s.endpoints().get(0).type());
        assertEquals("USD", s.costs().currency());
        assertTrue(s.costs().monthly().containsKey("us-west-1"));
        assertFalse(s.violations().isEmpty());
    }

    @Test
    void anotherSchemaVersionIsALocatedOneLineError() {
        InputException e = bad("{\n  \"schemaVersion\" : 3,\n  \"subnets\" : 3\n}\n");
        assertEquals("old.json:2:21: has schemaVersion 3; this airgap reads schema versions 1 to 2. give the "
                + "airgap.json a previous build of airgap (schema version 1 to 2) wrote, e.g. "
                + "-Dairgap.baseline=baseline/airgap.json", e.getMessage());
        assertTrue(bad("{\"schemaVersion\": 0, \"subnets\": 3}").getMessage()
                .startsWith("old.json:1:19: has schemaVersion 0; this airgap reads schema versions 1 to 2"));
    }

    @Test
    void aReportWithoutSchemaVersionIsNoAirgapReport() {
        assertTrue(bad("{\"subnets\": []}").getMessage().startsWith("old.json:1:15: has no schemaVersion"));
        assertTrue(bad("[1, 2]").getMessage().startsWith("old.json:1:1: is not a JSON object"));
    }

    @Test
    void malformedJsonIsLocatedAndQuotesOnlyAnExcerpt() {
        String junk = "x".repeat(500) + "\u001b[31m";
        InputException e = bad("{\"schemaVersion\": 1, \"subnets\": [" + junk + "]}");
        assertTrue(e.getMessage().startsWith("old.json:1:"), e.getMessage());
        assertFalse(e.getMessage().contains("x".repeat(61)), e.getMessage());
        assertFalse(e.getMessage().contains("\u001b"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void aFieldOfTheWrongShapeIsNamedByItsPath() {
        InputException e = bad("{\"schemaVersion\": 1, \"subnets\": [{\"stack\": \"S\", \"logicalId\": \"A\", "
                + "\"internet\": {\"egress\": \"NONE\"}, \"services\": {\"s3\": {\"access\": \"" + "Y".repeat(300)
                + "\", \"private\": true}}}]}");
        assertTrue(e.problem().startsWith("is not a readable airgap.json report: subnets[0].services.s3.access: 'YYY"),
                e.problem());
        assertFalse(e.getMessage().contains("Y".repeat(61)), e.getMessage());
        assertTrue(e.getMessage().startsWith("old.json:1:"), e.getMessage());
    }

    @Test
    void aSubnetWithoutItsIdentityIsRefused() {
        InputException e = bad("{\"schemaVersion\": 1, \"subnets\": [{\"stack\": \"S\", \"logicalId\": null, "
                + "\"internet\": {\"egress\": \"NONE\"}}]}");
        assertTrue(e.problem().contains("subnets[0]: a subnet needs stack, logicalId and internet"), e.problem());
        InputException missing = bad("{\"schemaVersion\": 1}");
        assertTrue(missing.problem().contains("a required field is missing"), missing.problem());
    }

    @Test
    void aMissingFileNamesTheFile(@TempDir Path dir) {
        InputException e = assertThrows(InputException.class,
                () -> SnapshotReader.read(dir.resolve("none.json"), "baseline/none.json"));
        assertEquals("baseline/none.json", e.position().toString());
        assertTrue(e.problem().equals("no such file"), e.problem());
    }

    @Test
    void aFileOnDiskReadsAsTheSameBytesInMemory(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("airgap.json");
        Files.write(file, Builds.json(Builds.check("base")));
        assertEquals(Builds.snapshot("base").subnets(), SnapshotReader.read(file, "base").subnets());
    }

    @Test
    void readsTheSchemaItsBuildWritesAndABaselineOfTheSchemaBefore() throws Exception {
        assertEquals(dev.airgap.report.json.JsonReport.SCHEMA_VERSION, SnapshotReader.SCHEMA_VERSION);
        String now = new String(Builds.json(Builds.check("base")), StandardCharsets.UTF_8);
        assertTrue(now.contains("\"schemaVersion\" : 2"), "the build writes schema 2");
        // schema 1 differed only in the hops' detail, which a snapshot does not read
        String before = now.replace("\"schemaVersion\" : 2", "\"schemaVersion\" : 1")
                .replaceAll("\"detail\" : (\\d+)", "\"detail\" : \"text $1\"");
        assertTrue(before.contains("\"detail\" : \"text 0\""), "a hop's detail as text, as schema 1 wrote it");
        assertEquals(Builds.snapshot("base").subnets(),
                SnapshotReader.read(before.getBytes(StandardCharsets.UTF_8), "old.json").subnets());
    }

    @Test
    void deepNestingIsRefusedWithALocatedMessage() {
        String deep = "{\"schemaVersion\": 1, \"subnets\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> bad(deep));
        assertTrue(e.getMessage().startsWith("old.json:1:"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void hostileNamesInABaselineReachTheMarkdownAsText() throws Exception {
        String hostile = "Sub\\u0000net\\u001b[31m|<script>x</script>\\n# heading";
        String json = "{\"schemaVersion\": 1, \"services\": [], \"subnets\": [{\"stack\": \"S\", \"logicalId\": \""
                + hostile + "\", \"internet\": {\"egress\": \"NONE\"}}]}";
        Snapshot was = SnapshotReader.read(json.getBytes(StandardCharsets.UTF_8), "old.json");
        Snapshot now = new Snapshot("new", List.of(), List.of(), List.of(), List.of(), List.of(), was.costs());
        String md = MarkdownReport.render(ChangeSection.document(Changes.between(was, now), Locale.ENGLISH));
        // Control characters arrive as their escapes, markup characters backslash-escaped, the line break a space.
        assertTrue(md.contains("- S/Sub\\\\u0000net\\\\u001B\\[31m\\|\\<script>x\\</script> # heading in an unknown "
                + "region: subnet removed: was internet egress NONE\n"), md);
        assertFalse(md.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n'), md);
    }
}
