package dev.airgap.report.document;

import dev.airgap.path.Blocker;
import dev.airgap.path.Hop;
import dev.airgap.path.ServiceVerdict;
import dev.airgap.path.SubnetResult;
import dev.airgap.report.ReportInput;
import dev.airgap.report.ReportTexts;
import dev.airgap.report.ViolationText;
import dev.airgap.report.document.ReportDocument.Block;
import dev.airgap.report.document.ReportDocument.Definitions;
import dev.airgap.report.document.ReportDocument.Heading;
import dev.airgap.report.document.ReportDocument.Paragraph;
import dev.airgap.report.document.ReportDocument.Table;
import dev.airgap.require.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** "Violations": each with what was found, the offending component, the fix, and its hop-by-hop path. */
final class ViolationSection {

    private final ReportInput input;
    private final ReportTexts t;

    private ViolationSection(ReportInput input, ReportTexts t) {
        this.input = input;
        this.t = t;
    }

    static void add(List<Block> out, ReportInput input, ReportTexts t) {
        new ViolationSection(input, t).violations(out);
    }

    /** The violations as one table, a row each (the short form of the report: no paths). */
    static void addTable(List<Block> out, ReportInput input, ReportTexts t) {
        out.add(new Heading(1, t.get("violations"), "violations"));
        if (input.violations().isEmpty()) {
            out.add(new Paragraph(t.get("violations.none")));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Violation f : input.violations()) {
            rows.add(List.of(ViolationText.message(f), Cells.orDash(ViolationText.component(f)),
                    Cells.orDash(ViolationText.source(f)), Cells.orDash(f.fix())));
        }
        out.add(new Table(List.of(t.get("violations"), t.get("violation.component"), t.get("violation.source"),
                t.get("violation.fix")), rows));
    }

    private void violations(List<Block> out) {
        out.add(new Heading(1, t.get("violations"), "violations"));
        if (input.violations().isEmpty()) {
            out.add(new Paragraph(t.get("violations.none")));
            return;
        }
        int n = 0;
        for (Violation f : input.violations()) {
            n++;
            out.add(new Heading(2, ViolationText.message(f), "violation-" + n));
            List<List<String>> defs = new ArrayList<>();
            defs.add(List.of(t.get("violation.found"), f.found()));
            if (f.component() != null) {
                defs.add(List.of(t.get("violation.component"), ViolationText.component(f)));
            }
            if (f.source() != null) {
                defs.add(List.of(t.get("violation.source"), ViolationText.source(f)));
            }
            if (f.fix() != null) {
                defs.add(List.of(t.get("violation.fix"), f.fix()));
            }
            if (f.unknown()) {
                defs.add(List.of(t.get("access.UNKNOWN"), t.get("violation.unknown")));
            }
            out.add(new Definitions(defs));
            path(out, f);
        }
    }

    /** The hop-by-hop path of the violation's subnet and service (internet egress when no service is named). */
    private void path(List<Block> out, Violation f) {
        if (f.subnet() == null) {
            return;
        }
        Optional<SubnetResult> subnet = input.analysis().paths().subnets().stream()
                .filter(r -> r.subnet().id().logicalId().equals(f.subnet().logicalId())
                        && (f.subnet().stack() == null || r.subnet().id().stack().equals(f.subnet().stack()))
                        && (f.region() == null || Objects.equals(f.region(), r.region())))
                .findFirst();
        if (subnet.isEmpty()) {
            return;
        }
        List<Hop> hops;
        List<Blocker> blockers;
        ServiceVerdict v = f.service() == null ? null : subnet.get().services().get(f.service());
        if (v != null) {
            hops = v.hops();
            blockers = v.blockers();
        } else {
            hops = subnet.get().internet().hops();
            blockers = subnet.get().internet().blockers();
        }
        if (!hops.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            int i = 0;
            for (Hop h : hops) {
                rows.add(List.of(String.valueOf(++i), h.component(), Cells.orDash(h.type()),
                        Cells.orDash(h.detail())));
            }
            out.add(new Paragraph(t.get("violation.path")));
            out.add(new Table(List.of("#", t.get("col.resource"), t.get("col.kind"), t.get("col.what")), rows));
        }
        if (!blockers.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (Blocker b : blockers) {
                rows.add(List.of(b.component(), b.code().name(), Cells.orDash(b.message()), Cells.orDash(b.fix())));
            }
            out.add(new Paragraph(t.get("violation.blockers")));
            out.add(new Table(List.of(t.get("col.resource"), t.get("col.kind"), t.get("col.what"),
                    t.get("violation.fix")), rows));
        }
    }
}
