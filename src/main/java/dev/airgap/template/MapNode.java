package dev.airgap.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A mapping; keys keep their source order. A key written twice holds its last value at the place of its first
 * occurrence (see {@link ReadWarning}).
 */
public record MapNode(Map<String, Node> entries, SourcePosition position) implements Node {

    public MapNode {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public Node get(String key) {
        return entries.get(key);
    }

    public Optional<MapNode> map(String key) {
        return entries.get(key) instanceof MapNode m ? Optional.of(m) : Optional.empty();
    }

    public Optional<String> text(String key) {
        return entries.get(key) instanceof ScalarNode s && s.value() != null ? Optional.of(s.value()) : Optional.empty();
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public int size() {
        return entries.size();
    }

    /** The single key of a one-entry map (the shape of every intrinsic function), or null. */
    public String singleKey() {
        return entries.size() == 1 ? entries.keySet().iterator().next() : null;
    }

    @Override
    public String describe() {
        return "a map";
    }
}
