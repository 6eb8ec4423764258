package dev.airgap.template;

import java.util.List;

/** A sequence. */
public record ListNode(List<Node> items, SourcePosition position) implements Node {

    public ListNode {
        items = List.copyOf(items);
    }

    public int size() {
        return items.size();
    }

    public Node get(int index) {
        return items.get(index);
    }

    @Override
    public String describe() {
        return "a list of " + items.size();
    }
}
