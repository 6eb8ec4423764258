package dev.airgap.resolve;

import dev.airgap.template.Excerpt;
import dev.airgap.template.InputException;
import dev.airgap.template.ListNode;
import dev.airgap.template.MapNode;
import dev.airgap.template.Node;
import dev.airgap.template.ScalarNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which {@code Conditions} name which others through {@code {Condition: Name}}, read from the template rather than
 * found while evaluating: CloudFormation rejects a circle of conditions whatever their values, while evaluation
 * stops early ({@code Fn::Or} at its first true operand, {@code Fn::And} at its first false one) and would never
 * reach the reference that closes the circle. Walks without recursion, so a chain of any length costs no stack.
 */
final class ConditionGraph {

    /** Names shown in full at each end of a long circle; the middle is counted, not listed. */
    private static final int SHOWN = 4;

    private ConditionGraph() {
    }

    /**
     * @throws InputException at the declaration of a condition that depends on itself, directly or through others
     */
    static void requireAcyclic(MapNode declarations, String stack) {
        Map<String, List<String>> edges = new HashMap<>();
        for (Map.Entry<String, Node> e : declarations.entries().entrySet()) {
            edges.put(e.getKey(), references(e.getValue(), declarations));
        }
        Set<String> done = new java.util.HashSet<>();
        for (String start : declarations.entries().keySet()) {
            if (done.contains(start)) {
                continue;
            }
            // Depth-first with an explicit stack: the path from start, and where each name's edges stand.
            LinkedHashSet<String> path = new LinkedHashSet<>();
            Deque<String> names = new ArrayDeque<>();
            Deque<Iterator<String>> pending = new ArrayDeque<>();
            path.add(start);
            names.push(start);
            pending.push(edges.get(start).iterator());
            while (!pending.isEmpty()) {
                Iterator<String> next = pending.peek();
                if (!next.hasNext()) {
                    pending.pop();
                    String finished = names.pop();
                    path.remove(finished);
                    done.add(finished);
                    continue;
                }
                String to = next.next();
                if (path.contains(to)) {
                    throw circle(declarations, stack, path, to);
                }
                if (!done.contains(to)) {
                    path.add(to);
                    names.push(to);
                    pending.push(edges.get(to).iterator());
                }
            }
        }
    }

    /** The declared conditions a condition expression names, in order of appearance. */
    private static List<String> references(Node condition, MapNode declarations) {
        List<String> out = new ArrayList<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(condition);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (n instanceof MapNode m) {
                if (m.singleKey() != null && m.singleKey().equals("Condition")
                        && m.get("Condition") instanceof ScalarNode s && !s.isNull()) {
                    if (declarations.has(s.value())) {
                        out.add(s.value());
                    }
                    continue;
                }
                List<Node> children = new ArrayList<>(m.entries().values());
                for (int i = children.size() - 1; i >= 0; i--) {
                    todo.push(children.get(i));
                }
            } else if (n instanceof ListNode l) {
                for (int i = l.size() - 1; i >= 0; i--) {
                    todo.push(l.get(i));
                }
            }
        }
        return out;
    }

    private static InputException circle(MapNode declarations, String stack, LinkedHashSet<String> path,
                                         String repeated) {
        List<String> names = new ArrayList<>();
        boolean in = false;
        for (String s : path) {
            in = in || s.equals(repeated);
            if (in) {
                names.add(Excerpt.of(s));
            }
        }
        names.add(Excerpt.of(repeated));
        String shown = names.size() <= 2 * SHOWN + 1 ? String.join(" -> ", names)
                : String.join(" -> ", names.subList(0, SHOWN)) + " -> … (" + (names.size() - 2 * SHOWN)
                        + " more) -> " + String.join(" -> ", names.subList(names.size() - SHOWN, names.size()));
        return new InputException(declarations.get(repeated).position(), "circular Conditions in stack "
                + Excerpt.of(stack) + ": " + shown, "a condition cannot depend on itself; break the circle");
    }
}
