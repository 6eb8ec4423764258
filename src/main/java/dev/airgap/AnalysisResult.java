package dev.airgap;

import dev.airgap.template.StackTemplate;
import java.util.List;

/** What one analysis found, stage by stage. */
public record AnalysisResult(List<StackTemplate> stacks) {

    public AnalysisResult {
        stacks = List.copyOf(stacks);
    }
}
