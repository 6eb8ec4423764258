package dev.airgap.need;

import java.util.List;

/** The needs of one kind of workload, from the page in {@code source} unless a need names its own. */
public record TableEntry(WorkloadKind kind, String description, Source source, List<TableNeed> needs) {

    public TableEntry {
        if (kind == null) {
            throw new IllegalArgumentException("an entry needs a \"kind\"");
        }
        if (source == null) {
            throw new IllegalArgumentException("the entry of " + kind.key() + " has no \"source\"");
        }
        if (needs == null || needs.isEmpty()) {
            throw new IllegalArgumentException("the entry of " + kind.key() + " lists no \"needs\"");
        }
        Source page = source;
        needs = needs.stream().map(n -> n.sourcedBy(page)).toList();
    }
}
