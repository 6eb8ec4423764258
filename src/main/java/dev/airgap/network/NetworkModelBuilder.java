package dev.airgap.network;

import dev.airgap.resolve.ResolvedRun;
import dev.airgap.resolve.ResolvedStack;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns resolved resources into the typed model, region by region. One pass reads every resource into records and
 * pending pieces (standalone rules, extra CIDR blocks, routes), a second pass assembles what depends on several
 * resources (local routes, main route tables, default groups and ACLs, gateway-endpoint routes, workloads); see
 * {@link RegionBuilder}.
 */
final class NetworkModelBuilder {

    NetworkModel build(ResolvedRun run) {
        // Group stacks by region; TreeMap with nulls first keeps the order deterministic.
        Map<String, List<ResolvedStack>> byRegion = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        for (ResolvedStack s : run.stacks()) {
            byRegion.computeIfAbsent(s.region(), k -> new ArrayList<>()).add(s);
        }
        List<RegionNetwork> regions = new ArrayList<>();
        for (Map.Entry<String, List<ResolvedStack>> e : byRegion.entrySet()) {
            RegionBuilder r = new RegionBuilder(e.getKey(), e.getValue());
            r.read();
            r.assemble();
            regions.add(new RegionNetwork(r));
        }
        return new NetworkModel(regions, run);
    }
}
