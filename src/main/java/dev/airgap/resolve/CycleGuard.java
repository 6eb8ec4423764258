package dev.airgap.resolve;

import dev.airgap.template.InputException;
import dev.airgap.template.SourcePosition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Remembers what a run is evaluating right now, so that a value that depends on itself (circular conditions, stacks
 * that import from each other, attributes computed from properties that refer back) is reported instead of recursing
 * forever, and so that an evaluation nested deeper than {@link EvaluationLimits#MAX_DEPTH} is refused before it
 * exhausts the thread's stack. One per run; a run is evaluated by one thread.
 */
final class CycleGuard {

    /** One value under evaluation; {@code condition} marks a stack's {@code Conditions} entry. */
    record Frame(String key, String label, boolean condition) {}

    /**
     * A remembered result and how many levels its evaluation went below the level it was made at: taking the
     * result later counts as deep as computing it would, so that whether a long chain is refused does not depend
     * on which of its links happened to be evaluated first.
     */
    record Memo<T>(T value, int height) {}

    private final LinkedHashMap<String, Frame> active = new LinkedHashMap<>();
    /** Positions of the template nodes under evaluation, innermost first, for the message of a refusal. */
    private final Deque<SourcePosition> nodes = new ArrayDeque<>();
    /** Levels under evaluation: nodes and frames. */
    private int depth;
    /** The deepest level the evaluations in progress have reached (remembered results counted at their height). */
    private int reach;

    /** Marks a template node at {@code at} as under evaluation; pair with {@link #exit()} in a finally block. */
    void enter(SourcePosition at) {
        reached(depth + 1, at);
        depth++;
        nodes.push(at);
    }

    void exit() {
        nodes.pop();
        depth--;
    }

    /**
     * Evaluates {@code body} with {@code frame} marked active; if the frame is active already, gives {@code onCycle}
     * the frames of the cycle from its first occurrence, the repeated frame appended.
     */
    <T> T within(Frame frame, Supplier<T> body, Function<List<Frame>, T> onCycle) {
        if (active.containsKey(frame.key())) {
            return onCycle.apply(cycle(frame));
        }
        reached(depth + 1, here());
        active.put(frame.key(), frame);
        depth++;
        try {
            return body.get();
        } finally {
            depth--;
            active.remove(frame.key());
        }
    }

    /**
     * Evaluates {@code body} once per {@code key} and remembers the result in {@code memo} — except a result cut
     * short by a cycle, which only holds for the call that closed the cycle. The frame is made only when needed:
     * most calls find their value remembered.
     */
    <T> T memoised(Map<String, Memo<T>> memo, String key, Supplier<Frame> frame, Supplier<T> body,
                   Function<List<Frame>, T> onCycle) {
        Memo<T> known = memo.get(key);
        if (known != null) {
            return remembered(known);
        }
        // within() and measured() written out: every frame here is paid once per link of a chain of references.
        Frame f = frame.get();
        if (active.containsKey(f.key())) {
            return onCycle.apply(cycle(f));
        }
        reached(depth + 1, here());
        int outer = reach;
        reach = depth;
        active.put(f.key(), f);
        depth++;
        try {
            T value = body.get();
            memo.put(key, new Memo<>(value, reach - depth + 1));
            return value;
        } finally {
            depth--;
            active.remove(f.key());
            reach = Math.max(outer, reach);
        }
    }

    /** Evaluates {@code body}, noting how deep it went, for a result to be remembered. */
    <T> Memo<T> measured(Supplier<T> body) {
        int outer = reach;
        reach = depth;
        try {
            T value = body.get();
            return new Memo<>(value, reach - depth);
        } finally {
            reach = Math.max(outer, reach);
        }
    }

    /** A remembered result, counted as deep as its evaluation went. */
    <T> T remembered(Memo<T> memo) {
        reached(depth + memo.height(), here());
        return memo.value();
    }

    private void reached(int level, SourcePosition at) {
        if (level > EvaluationLimits.MAX_DEPTH) {
            throw new InputException(at, "the evaluation here is nested " + level + " deep, more than the limit of "
                    + EvaluationLimits.MAX_DEPTH + " (each function, list or map inside another counts, and so does "
                    + "each reference followed into another value: Ref, Fn::GetAtt, Fn::Sub, Fn::ImportValue, "
                    + "Fn::GetStackOutput, nested-stack outputs and parameters, Condition)",
                    "no real template nests this deep; look for a chain of references that runs on and on, "
                            + "and shorten it");
        }
        reach = Math.max(reach, level);
    }

    private SourcePosition here() {
        SourcePosition at = nodes.peek();
        return at == null ? SourcePosition.UNKNOWN : at;
    }

    private List<Frame> cycle(Frame repeated) {
        List<Frame> out = new ArrayList<>();
        boolean in = false;
        for (Map.Entry<String, Frame> e : active.entrySet()) {
            in = in || e.getKey().equals(repeated.key());
            if (in) {
                out.add(e.getValue());
            }
        }
        out.add(repeated);
        return out;
    }

    static String describe(List<Frame> cycle) {
        List<String> labels = new ArrayList<>();
        for (Frame f : cycle) {
            labels.add(f.label());
        }
        return String.join(" -> ", labels);
    }
}
