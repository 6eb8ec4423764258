package dev.airgap.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The {@code Export}s of every stack of a run by export name, for {@code Fn::ImportValue}. */
final class ExportIndex {

    /** An output of a stack instance that exports a name. */
    record Exporter(StackScope scope, String output) {}

    private final Map<String, List<Exporter>> byName = new HashMap<>();

    /** Evaluates the export names of all stacks (each once; they are needed for the results anyway). */
    static ExportIndex build(List<StackScope> scopes) {
        ExportIndex index = new ExportIndex();
        for (StackScope s : scopes) {
            for (String output : s.outputs().names()) {
                Value name = s.outputs().exportName(output);
                if (name instanceof Value.Text t && !s.outputs().condition(output).isFalse()) {
                    index.byName.computeIfAbsent(t.value(), k -> new ArrayList<>()).add(new Exporter(s, output));
                }
            }
        }
        return index;
    }

    /**
     * The exporters an importing stack can see: other stacks in the same region, where a stack without a known
     * region matches any; those in exactly the same region are preferred.
     */
    List<Exporter> candidates(String name, StackScope importer) {
        List<Exporter> exact = new ArrayList<>();
        List<Exporter> loose = new ArrayList<>();
        for (Exporter e : byName.getOrDefault(name, List.of())) {
            if (e.scope().template() == importer.template()) {
                continue;
            }
            if (Objects.equals(e.scope().region(), importer.region())) {
                exact.add(e);
            } else if (e.scope().region() == null || importer.region() == null) {
                loose.add(e);
            }
        }
        return exact.isEmpty() ? loose : exact;
    }
}
