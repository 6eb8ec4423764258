package dev.airgap.template;

import java.util.Iterator;
import java.util.Map;

/** Compares node trees by content, ignoring source positions and how a scalar was quoted. */
final class NodeEquality {

    private NodeEquality() {
    }

    static boolean same(Node a, Node b) {
        if (a instanceof ScalarNode x && b instanceof ScalarNode y) {
            return java.util.Objects.equals(x.value(), y.value());
        }
        if (a instanceof ListNode x && b instanceof ListNode y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof MapNode x && b instanceof MapNode y) {
            if (!x.entries().keySet().equals(y.entries().keySet())) {
                return false;
            }
            for (Iterator<Map.Entry<String, Node>> it = x.entries().entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, Node> e = it.next();
                if (!same(e.getValue(), y.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
