package dev.airgap.report;

import dev.airgap.path.PathResult;
import dev.airgap.path.SubnetResult;
import dev.airgap.require.Selector;
import dev.airgap.require.Subject;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses subnets as {@code -Dairgap.subnet=…} names them, in the syntax of {@code <subnets>} ({@link Selector}):
 * logical-ID, CDK path or {@code stack/logicalId} globs and {@code tag:KEY=VALUE}, separated by commas; an empty
 * selector matches every subnet. The older {@code KEY=VALUE} form (without {@code tag:}) still selects by tag, with a
 * deprecation warning.
 *
 * @param text     the selector as written
 * @param warnings what the caller should log (the deprecated form)
 */
public record SubnetSelector(String text, Selector selector, List<String> warnings) {

    public SubnetSelector {
        warnings = List.copyOf(warnings);
    }

    /**
     * @throws dev.airgap.require.RequirementException for a malformed selector, as {@code <subnets>} would
     */
    public static SubnetSelector parse(String text) {
        if (text == null || text.isBlank()) {
            return new SubnetSelector("", Selector.ALL, List.of());
        }
        List<String> terms = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (String raw : text.split(",", -1)) {
            String t = raw.trim();
            if (!t.startsWith("tag:") && t.indexOf('=') > 0) {
                warnings.add("airgap: -Dairgap.subnet term '" + t + "' is deprecated: write tag:" + t
                        + " (the syntax of <subnets>)");
                t = "tag:" + t;
            }
            terms.add(t);
        }
        return new SubnetSelector(text.trim(), Selector.parse(String.join(",", terms)), warnings);
    }

    public List<SubnetResult> select(PathResult result) {
        return result.subnets().stream().filter(r -> selector.matches(Subject.of(r.subnet()))).toList();
    }
}
