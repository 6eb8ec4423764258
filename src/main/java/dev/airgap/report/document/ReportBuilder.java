package dev.airgap.report.document;

import dev.airgap.path.PathResult;
import dev.airgap.path.VpcResult;
import dev.airgap.report.ReportInput;
import dev.airgap.report.ReportTexts;
import dev.airgap.report.document.ReportDocument.Block;
import dev.airgap.report.document.ReportDocument.Diagram;
import dev.airgap.report.document.ReportDocument.Heading;
import dev.airgap.report.document.ReportDocument.Link;
import dev.airgap.report.document.ReportDocument.Links;
import dev.airgap.report.document.ReportDocument.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds the report's content once, in the reader's language: summary, path diagrams, the per-subnet comparison
 * table, requirements, violations with their hop-by-hop paths, and costs, each section from its own class.
 * Deterministic: everything follows the analysis's own order (sorted by stack, logical ID, region).
 */
public final class ReportBuilder {

    private ReportBuilder() {
    }

    /** The whole report; {@code diagrams} false leaves the SVG pictures out (Markdown). */
    public static ReportDocument build(ReportInput input, ReportTexts t, boolean diagrams) {
        List<Block> out = new ArrayList<>();
        out.add(new Paragraph(t.get("report.intro", input.toolVersion())));
        List<Link> toc = new ArrayList<>();
        if (input.changes() != null) {
            toc.add(new Link(t.get("changes"), "#changes"));
        }
        toc.add(new Link(t.get("summary"), "#summary"));
        if (diagrams) {
            toc.add(new Link(t.get("diagrams"), "#diagrams"));
        }
        toc.add(new Link(t.get("subnets"), "#subnets"));
        toc.add(new Link(t.get("requirements"), "#requirements"));
        boolean needs = RequirementSection.needsAsked(input);
        if (needs) {
            toc.add(new Link(t.get("needs"), "#needs"));
        }
        toc.add(new Link(t.get("violations"), "#violations"));
        toc.add(new Link(t.get("costs"), "#costs"));
        out.add(new Links(toc));
        if (input.changes() != null) {
            // The first section, the text a pull-request comment shows first: what this change does to the network,
            // before what the network is.
            out.addAll(ChangeSection.blocks(input.changes(), t));
        }
        SummarySection.add(out, input, t);
        if (diagrams) {
            diagrams(out, input.analysis().paths(), t);
        }
        SubnetSection.add(out, input.analysis().paths(), t);
        RequirementSection.add(out, input, t);
        if (needs) {
            RequirementSection.addNeeds(out, input, t);
        }
        ViolationSection.add(out, input, t);
        CostSection.add(out, input.analysis().costs(), t);
        return new ReportDocument(t.get("report.title"), out);
    }

    private static void diagrams(List<Block> out, PathResult p, ReportTexts t) {
        String service = PathDiagram.defaultService(p);
        out.add(new Heading(1, t.get("diagrams"), "diagrams"));
        out.add(new Paragraph(t.get("diagrams.intro", service)));
        for (VpcResult v : p.vpcs()) {
            String title = t.get("diagram.title", v.vpc().path(), Cells.region(v.region(), t), service);
            String file = "airgap/" + (v.vpc().id().stack() + "-" + v.vpc().id().logicalId() + "-"
                    + Objects.toString(v.region(), "any")).replaceAll("[^A-Za-z0-9_.-]", "_") + ".svg";
            out.add(new Diagram(title, PathDiagram.render(v, p, service, t), file));
        }
    }
}
