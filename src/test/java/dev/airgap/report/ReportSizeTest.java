package dev.airgap.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airgap.AnalysisRequest;
import dev.airgap.Analyzer;
import dev.airgap.Check;
import dev.airgap.change.Changes;
import dev.airgap.change.Snapshot;
import dev.airgap.change.SnapshotReader;
import dev.airgap.report.json.JsonReport;
import dev.airgap.report.markdown.MarkdownReport;
import dev.airgap.require.NoInternet;
import dev.airgap.require.PrivateAccess;
import dev.airgap.require.Requirement;
import dev.airgap.require.Selector;
import dev.airgap.resolve.ResolveOptions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports' sizes on inputs shaped like the benchmark's (issue 16 item 3): copies of its generated 257-resource
 * stack, each a stack of its own. Sizes, not times.
 */
class ReportSizeTest {

    private static final Path STACK = Path.of("src/test/resources/report/generated/MultiVpcStack.template.json");

    @TempDir
    Path dir;

    @Test
    void airgapJsonIsAtMostTwiceItsInput() throws Exception {
        long input = copies(20);
        byte[] json = json(check(List.of()));
        assertThat((double) json.length / input).as("airgap.json / input").isLessThanOrEqualTo(2.0);
        // what keeps it there: each hop detail written once, however many subnets and services pass that hop
        JsonNode root = new ObjectMapper().readTree(json);
        int hops = 0;
        for (JsonNode subnet : root.get("subnets")) {
            for (JsonNode service : subnet.get("services")) {
                hops += service.get("hops").size();
            }
        }
        assertThat(root.get("hopDetails").size()).isLessThan(hops / 20);
    }

    @Test
    void airgapMdStaysUnderItsBudgetAndSaysWhatItLeftOut() throws Exception {
        copies(30);
        Check check = check(List.of(new NoInternet("no-internet", Selector.parse("*"), false, List.of()),
                new PrivateAccess("private", Selector.parse("*"), List.of("s3", "ec2messages", "ecr.api", "kms", "logs",
                        "monitoring", "ssm", "ssmmessages", "sts"), false, List.of())));
        ReportInput input = RequirementReport.input(check, "test");
        int violations = input.violations().size();
        assertThat(violations).as("more than 200 KB of them").isGreaterThan(600);
        String md = MarkdownReport.render(input, Locale.ENGLISH);

        assertThat(md.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(200_000);
        // the short form, in the order a reviewer reads it, ending with where the rest is
        assertThat(md).containsSubsequence("## Summary", "| Violations | " + violations + " |", "## Violations",
                "## Subnets to look at first", "## The full report", "written to airgap.json", "Also left out");
        assertThat(md).doesNotContain("## Subnets and services").doesNotContain("## Costs per region");
        // exactly what was left out: the rows the note counts are the rows missing from the table
        Matcher left = Pattern.compile("Violations, (\\d+) of (\\d+) rows").matcher(md);
        assertThat(left.find()).as(md.substring(md.length() - 600)).isTrue();
        assertThat(Integer.parseInt(left.group(2))).isEqualTo(violations);
        String section = md.substring(md.indexOf("## Violations"), md.indexOf("## Subnets to look at first"));
        long shown = section.lines().filter(l -> l.startsWith("| \\[no-internet\\]") || l.startsWith("| \\[private\\]"))
                .count();
        assertThat(shown).isPositive().isEqualTo(violations - Integer.parseInt(left.group(1)));
        // the worst subnets (violations first) got their share of the budget too
        assertThat(md.substring(md.indexOf("## Subnets to look at first"))).contains("| Internet gateway |");

        // with a baseline, the change section comes after the violations, before the subnets
        Snapshot same = SnapshotReader.read(json(check), "baseline.json");
        String reviewed = MarkdownReport.render(input.withChanges(Changes.between(same, same)), Locale.ENGLISH);
        assertThat(reviewed.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(200_000);
        assertThat(reviewed).containsSubsequence("## Violations", "## What this change does to the network",
                "No network change", "## Subnets to look at first");
    }

    /** Writes {@code n} copies of the stack as templates of their own; their size in bytes. */
    private long copies(int n) throws Exception {
        long size = 0;
        for (int i = 0; i < n; i++) {
            Path copy = dir.resolve(String.format(Locale.ROOT, "Stack%03d.template.json", i));
            Files.copy(STACK, copy);
            size += Files.size(copy);
        }
        return size;
    }

    private Check check(List<Requirement> requirements) {
        AnalysisRequest request = AnalysisRequest.of(dir, List.of(Path.of(".")),
                new ResolveOptions(Map.of(), List.of("us-east-1"), Map.of()));
        return new Analyzer().check(request, requirements);
    }

    private static byte[] json(Check check) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonReport.write(out, RequirementReport.input(check, "test"));
        return out.toByteArray();
    }
}
