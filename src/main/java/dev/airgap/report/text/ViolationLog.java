package dev.airgap.report.text;

import dev.airgap.report.ViolationText;
import dev.airgap.require.Evaluation;
import dev.airgap.require.Violation;
import dev.airgap.require.Waived;
import dev.airgap.template.Excerpt;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders requirement results for the build log (the mojo only picks the logger's level): one block per violation (requirement, subject, stack and region,
 * what was found, the component and its source line, the fix), a one-line total, and the failure message that alone
 * tells the story (CI summaries show only the last line). Subjects, components and reasons come from the templates
 * and the POM: every line has its control characters escaped, so a newline or terminal escape in a logical ID cannot
 * forge or recolour a log line.
 */
public final class ViolationLog {

    /** How many offenders the failure message names before "and N more". */
    public static final int FIRST = 3;

    private ViolationLog() {
    }

    /** How loud a line is: the build log's levels. */
    public enum Level { ERROR, WARN, INFO }

    /** One line for the build log at its level. */
    public record Line(Level level, String text) {
    }

    /**
     * Every violation as a block (errors, or warnings when the build is not to fail), the waived ones with their
     * reasons, the exceptions that waived nothing, and the total.
     */
    public static List<Line> lines(Evaluation evaluation, int requirements, boolean fail) {
        Level violated = fail ? Level.ERROR : Level.WARN;
        List<Line> out = new ArrayList<>();
        for (Violation v : evaluation.violations()) {
            block(v).forEach(l -> out.add(new Line(violated, l)));
        }
        for (Waived w : evaluation.waived()) {
            out.add(new Line(Level.INFO, waived(w)));
        }
        evaluation.unusedExceptions().forEach(u -> out.add(new Line(Level.WARN,
                Excerpt.escapeControls("airgap: " + u))));
        out.add(new Line(evaluation.passed() ? Level.INFO : violated, total(evaluation, requirements)));
        return out;
    }

    /** The lines of one violation's block. */
    public static List<String> block(Violation v) {
        List<String> out = new ArrayList<>();
        out.add("airgap: [" + v.requirement() + "]" + (v.requirement().equals(v.kind()) ? "" : " (" + v.kind() + ")")
                + (v.unknown() ? " UNKNOWN" : " violated") + ": " + v.subject());
        if (v.subnet() != null) {
            out.add("  subnet:    " + full(v.subnet()) + where(v));
        } else if (v.vpc() != null) {
            out.add("  vpc:       " + full(v.vpc()) + where(v));
        } else if (v.region() != null || v.stack() != null) {
            out.add("  where:     " + where(v).substring(2));
        }
        if (v.service() != null) {
            out.add("  service:   " + v.service());
        }
        out.add("  found:     " + v.found());
        String component = ViolationText.component(v);
        String source = ViolationText.source(v);
        if (component != null || source != null) {
            out.add("  component: " + (component == null ? "" : component)
                    + (source == null ? "" : (component == null ? "" : " ") + "(" + source + ")"));
        }
        out.add("  fix:       " + v.fix());
        return out.stream().map(Excerpt::escapeControls).toList();
    }

    /** The CDK path (or stack/logicalId) and the logical ID, always both. */
    private static String full(dev.airgap.require.Subject t) {
        return (t.path() == null ? t.stack() + "/" + t.logicalId() : t.path()) + " (logical ID " + t.logicalId() + ")";
    }

    private static String where(Violation v) {
        StringBuilder sb = new StringBuilder();
        if (v.stack() != null) {
            sb.append(", stack ").append(v.stack());
        }
        if (v.region() != null) {
            sb.append(", region ").append(v.region());
        }
        return sb.toString();
    }

    /** One line per waived violation, with its reason. */
    public static String waived(Waived w) {
        return Excerpt.escapeControls("airgap: [" + w.violation().requirement() + "] waived for "
                + w.violation().subject()
                + (w.violation().region() == null ? "" : " in " + w.violation().region())
                + (w.violation().service() == null ? "" : " (" + w.violation().service() + ")")
                + " by " + w.by() + ": " + w.reason());
    }

    /** {@code airgap: 3 requirement violations (noInternet 1, privateAccess 2), 1 waived}. */
    public static String total(Evaluation e, int requirements) {
        if (e.passed()) {
            return "airgap: " + requirements + " requirement" + (requirements == 1 ? "" : "s") + " met"
                    + (e.waived().isEmpty() ? "" : " (" + e.waived().size() + " violation"
                    + (e.waived().size() == 1 ? "" : "s") + " waived)");
        }
        Map<String, Integer> byRequirement = new LinkedHashMap<>();
        for (Violation v : e.violations()) {
            byRequirement.merge(v.requirement(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        byRequirement.forEach((k, n) -> parts.add(k + " " + n));
        return Excerpt.escapeControls("airgap: " + count(e.violations().size()) + " (" + String.join(", ", parts)
                + ")" + (e.waived().isEmpty() ? "" : ", " + e.waived().size() + " waived"));
    }

    /** The build failure: count, first offenders, where the reports are. */
    public static String failure(Evaluation e, Path report) {
        StringBuilder sb = new StringBuilder("airgap: ").append(count(e.violations().size())).append(": ");
        List<Violation> vs = e.violations();
        for (int i = 0; i < Math.min(FIRST, vs.size()); i++) {
            Violation v = vs.get(i);
            String source = ViolationText.source(v);
            sb.append(i == 0 ? "" : "; ").append(ViolationText.message(v)).append(v.component() == null ? ""
                    : " (" + ViolationText.component(v) + (source == null ? "" : " at " + source) + ")");
        }
        if (vs.size() > FIRST) {
            sb.append("; and ").append(vs.size() - FIRST).append(" more");
        }
        sb.append(". Each violation's block and fix is logged above");
        if (report != null) {
            sb.append("; the full report is ").append(report);
        }
        return Excerpt.escapeControls(sb.toString());
    }

    private static String count(int n) {
        return n + " requirement violation" + (n == 1 ? "" : "s");
    }
}
