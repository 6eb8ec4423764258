package dev.airgap.report.document;

import dev.airgap.path.Access;
import dev.airgap.path.Egress;
import dev.airgap.path.PathResult;
import dev.airgap.path.ServiceVerdict;
import dev.airgap.path.SubnetResult;
import dev.airgap.report.ReportInput;
import dev.airgap.report.ReportTexts;
import dev.airgap.report.document.ReportDocument.Block;
import dev.airgap.report.document.ReportDocument.Heading;
import dev.airgap.report.document.ReportDocument.Paragraph;
import dev.airgap.report.document.ReportDocument.Table;
import dev.airgap.require.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The subnets a reviewer looks at first, one row each: those named by a violation (most violations first), then
 * those with an {@code UNKNOWN} verdict, then those that reach the internet; within each, the analysis's order.
 */
final class WorstSubnetSection {

    private WorstSubnetSection() {
    }

    /** What makes a subnet worth a row, and how it sorts. */
    private record Row(SubnetResult subnet, int violations, List<String> unknown, List<String> notPrivate) {

        boolean worst() {
            return violations > 0 || !unknown.isEmpty() || subnet.internet().egress() != Egress.NONE;
        }

        int rank() {
            return violations > 0 ? 0 : !unknown.isEmpty() || subnet.internet().egress() == Egress.UNKNOWN ? 1 : 2;
        }
    }

    static void add(List<Block> out, ReportInput input, ReportTexts t) {
        PathResult p = input.analysis().paths();
        Map<String, Integer> violations = new HashMap<>();
        for (Violation v : input.violations()) {
            if (v.subnet() != null) {
                violations.merge(key(v.subnet().stack(), v.subnet().logicalId(), v.region()), 1, Integer::sum);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (SubnetResult r : p.subnets()) {
            String stack = r.subnet().id().stack();
            String id = r.subnet().id().logicalId();
            // a violation that names no stack or region counts for every subnet of that logical ID
            int n = 0;
            for (String k : new LinkedHashSet<>(List.of(key(stack, id, r.region()), key(null, id, r.region()),
                    key(stack, id, null), key(null, id, null)))) {
                n += violations.getOrDefault(k, 0);
            }
            List<String> unknown = new ArrayList<>();
            List<String> notPrivate = new ArrayList<>();
            for (Map.Entry<String, ServiceVerdict> e : r.services().entrySet()) {
                if (e.getValue().access() == Access.UNKNOWN) {
                    unknown.add(e.getKey());
                } else if (!e.getValue().privatePath() && e.getValue().access() != Access.NONE) {
                    notPrivate.add(e.getKey());
                }
            }
            Row row = new Row(r, n, unknown, notPrivate);
            if (row.worst()) {
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparingInt(Row::rank)
                .thenComparing(Comparator.comparingInt(Row::violations).reversed()));
        out.add(new Heading(1, t.get("worst"), "worst-subnets"));
        if (rows.isEmpty()) {
            out.add(new Paragraph(t.get("worst.none")));
            return;
        }
        out.add(new Paragraph(t.get("worst.intro", rows.size(), p.subnets().size())));
        List<List<String>> cells = new ArrayList<>();
        for (Row r : rows) {
            SubnetResult s = r.subnet();
            cells.add(List.of(s.subnet().path(), Cells.region(s.region(), t),
                    t.get("access." + s.internet().egress().name()), list(r.notPrivate()), list(r.unknown()),
                    String.valueOf(r.violations())));
        }
        out.add(new Table(List.of(t.get("col.subnet"), t.get("col.region"), t.get("col.internet"),
                t.get("col.notPrivate"), t.get("col.unknownServices"), t.get("violations")), cells));
    }

    private static String key(String stack, String logicalId, String region) {
        return Objects.toString(stack, "") + '\u0000' + logicalId + '\u0000' + Objects.toString(region, "");
    }

    private static String list(List<String> services) {
        return services.isEmpty() ? "—" : String.join(", ", services);
    }
}
