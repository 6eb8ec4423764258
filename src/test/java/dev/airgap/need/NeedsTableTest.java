package dev.airgap.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airgap.template.InputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeedsTableTest {

    private static final String SOURCE = "\"source\": { \"url\": \"https://docs.aws.amazon.com/x.html\", "
            + "\"title\": \"X\", \"read\": \"2026-12-04\" }";

    private static NeedsTable read(String json) throws Exception {
        return NeedsTable.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "needs.json");
    }

    private static String table(String entry) {
        return "{\n\"formatVersion\": 1,\n\"workloads\": [\n" + entry + "\n]\n}";
    }

    @Test
    void bundledTableSourcesEveryNeedWithAnAwsPageAndADate() {
        NeedsTable t = NeedsTable.bundled();
        assertEquals(List.of(WorkloadKind.SSM_MANAGED_INSTANCE, WorkloadKind.ECS_TASK, WorkloadKind.EKS_NODE),
                t.entries().stream().map(TableEntry::kind).toList());
        for (TableEntry e : t.entries()) {
            for (TableNeed n : e.needs()) {
                assertTrue(n.source().url().startsWith("https://docs.aws.amazon.com/"), n.service());
                assertTrue(n.source().read().matches("\\d{4}-\\d{2}-\\d{2}"), n.service());
            }
        }
        TableEntry ssm = t.entry(WorkloadKind.SSM_MANAGED_INSTANCE).orElseThrow();
        assertEquals(List.of("ssm", "ssmmessages", "ec2messages"), ssm.needs().stream()
                .filter(n -> n.when() == Condition.ALWAYS).map(TableNeed::service).toList());
        TableEntry ecs = t.entry(WorkloadKind.ECS_TASK).orElseThrow();
        assertEquals(List.of("ecr.api", "ecr.dkr", "s3"), ecs.needs().stream()
                .filter(n -> n.when() == Condition.IMAGE_IN_ECR).map(TableNeed::service).toList());
    }

    @Test
    void aNeedWithoutItsOwnSourceTakesItsKindsPage() throws Exception {
        NeedsTable t = read(table("{ \"kind\": \"eksNode\", \"description\": \"d\", " + SOURCE
                + ", \"needs\": [ { \"service\": \"ec2\", \"when\": \"always\" } ] }"));
        assertEquals("https://docs.aws.amazon.com/x.html",
                t.entry(WorkloadKind.EKS_NODE).orElseThrow().needs().get(0).source().url());
    }

    @Test
    void anUnknownFieldIsLocated() {
        InputException e = assertThrows(InputException.class, () -> read(table(
                "{ \"kind\": \"eksNode\", \"description\": \"d\", " + SOURCE
                        + ", \"needs\": [ { \"service\": \"ec2\", \"when\": \"always\", \"sevrity\": 1 } ] }")));
        assertEquals("needs.json", e.position().file());
        assertEquals(4, e.position().line());
        assertTrue(e.problem().contains("unknown field 'sevrity'"), e.problem());
        assertTrue(e.hint().contains("service"), e.hint());
    }

    @Test
    void anEntryWithoutASourceIsLocated() {
        InputException e = assertThrows(InputException.class, () -> read(table(
                "{ \"kind\": \"eksNode\", \"description\": \"d\",\n"
                        + " \"needs\": [ { \"service\": \"ec2\", \"when\": \"always\" } ] }")));
        assertTrue(e.problem().contains("has no \"source\""), e.problem());
        assertTrue(e.position().line() >= 4, e.getMessage());
    }

    @Test
    void aSourceOutsideAwsDocumentationOrWithoutADateIsRefused() {
        InputException blog = assertThrows(InputException.class, () -> read(table(
                "{ \"kind\": \"eksNode\", \"description\": \"d\", \"source\": { \"url\": \"https://blog.example/x\","
                        + " \"title\": \"X\", \"read\": \"2026-12-04\" }, \"needs\": [ { \"service\": \"ec2\","
                        + " \"when\": \"always\" } ] }")));
        assertTrue(blog.problem().contains("AWS documentation page"), blog.problem());
        InputException undated = assertThrows(InputException.class, () -> read(table(
                "{ \"kind\": \"eksNode\", \"description\": \"d\", \"source\": { \"url\": "
                        + "\"https://docs.aws.amazon.com/x\", \"title\": \"X\", \"read\": \"last week\" }, "
                        + "\"needs\": [ { \"service\": \"ec2\", \"when\": \"always\" } ] }")));
        assertTrue(undated.problem().contains("YYYY-MM-DD"), undated.problem());
    }

    @Test
    void anUnknownConditionNamesTheKnownOnes() {
        InputException e = assertThrows(InputException.class, () -> read(table(
                "{ \"kind\": \"eksNode\", \"description\": \"d\", " + SOURCE
                        + ", \"needs\": [ { \"service\": \"ec2\", \"when\": \"sometimes\" } ] }")));
        assertTrue(e.problem().contains("'sometimes' is not a Condition"), e.problem());
        assertTrue(e.hint().contains("imageInEcr"), e.hint());
        assertEquals(4, e.position().line());
    }

    @Test
    void anotherFormatVersionIsRefused() {
        InputException e = assertThrows(InputException.class, () -> read("{ \"formatVersion\": 2, \"workloads\": [] }"));
        assertTrue(e.problem().contains("formatVersion 2"), e.problem());
    }

    @Test
    void notJsonIsAnInputErrorWithoutQuotingMuch() {
        String junk = "{ \"formatVersion\": 1, \"workloads\": [ " + "x".repeat(500);
        InputException e = assertThrows(InputException.class, () -> read(junk));
        assertTrue(e.problem().length() < 200, e.problem());
    }
}
