package dev.airgap.report.document;

import dev.airgap.AnalysisResult;
import dev.airgap.cost.CostReport;
import dev.airgap.cost.RegionCost;
import dev.airgap.path.Access;
import dev.airgap.path.PathResult;
import dev.airgap.path.ServiceVerdict;
import dev.airgap.path.SubnetResult;
import dev.airgap.report.ReportInput;
import dev.airgap.report.ReportTexts;
import dev.airgap.report.RequirementStatus;
import dev.airgap.report.document.ReportDocument.Block;
import dev.airgap.report.document.ReportDocument.Bullets;
import dev.airgap.report.document.ReportDocument.Heading;
import dev.airgap.report.document.ReportDocument.Paragraph;
import dev.airgap.report.document.ReportDocument.Table;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** "Summary": the counts (stacks, VPCs, subnets, requirements, violations, monthly cost), access per service, trust. */
final class SummarySection {

    private SummarySection() {
    }

    static void add(List<Block> out, ReportInput input, ReportTexts t) {
        AnalysisResult a = input.analysis();
        PathResult p = a.paths();
        out.add(new Heading(1, t.get("summary"), "summary"));
        List<List<String>> rows = new ArrayList<>();
        long stacks = a.run().stacks().stream().map(s -> s.name()).distinct().count();
        rows.add(List.of(t.get("summary.stacks"), String.valueOf(stacks)));
        rows.add(List.of(t.get("summary.vpcs"), String.valueOf(p.vpcs().size())));
        rows.add(List.of(t.get("summary.subnets"), String.valueOf(p.subnets().size())));
        if (!input.requirements().isEmpty()) {
            long passed = input.requirements().stream().filter(RequirementStatus::passed).count();
            rows.add(List.of(t.get("summary.requirements"), passed + " / " + input.requirements().size() + " "
                    + t.get("requirement.passed")));
        }
        rows.add(List.of(t.get("summary.violations"), String.valueOf(input.violations().size())));
        CostReport costs = a.costs();
        if (costs != null) {
            for (RegionCost r : costs.regions()) {
                String amount = Cells.money(r.monthlyTotal());
                rows.add(List.of(t.get("summary.cost", costs.currency()) + " · " + r.region(),
                        r.complete() ? amount : t.get("summary.costIncomplete", amount)));
            }
        }
        out.add(new Table(List.of("", ""), rows));
        List<String> headers = new ArrayList<>();
        headers.add(t.get("col.service"));
        for (Access k : Access.values()) {
            headers.add(t.get("access." + k.name()));
        }
        List<List<String>> access = new ArrayList<>();
        for (String service : p.services()) {
            Map<Access, Integer> counts = new EnumMap<>(Access.class);
            for (SubnetResult r : p.subnets()) {
                ServiceVerdict v = r.services().get(service);
                if (v != null) {
                    counts.merge(v.access(), 1, Integer::sum);
                }
            }
            List<String> row = new ArrayList<>();
            row.add(service);
            for (Access k : Access.values()) {
                row.add(String.valueOf(counts.getOrDefault(k, 0)));
            }
            access.add(row);
        }
        out.add(new Paragraph(t.get("summary.access", String.join(", ", p.services()))));
        out.add(new Table(headers, access));
        if (!p.trusted().isEmpty()) {
            // Every waiver of the fail-closed rule is visible where the verdicts are read.
            out.add(new Paragraph(t.get("summary.trusted")));
            out.add(new Bullets(p.trusted().stream().map(u -> t.get("summary.trustedItem", u.resource().logicalId(),
                    u.type(), String.join(", ", u.handed()), u.trust().reason())).toList()));
        }
    }
}
