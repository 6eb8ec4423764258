package dev.airgap.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Remembers what a run is evaluating right now, so that a value that depends on itself (circular conditions, stacks
 * that import from each other, attributes computed from properties that refer back) is reported instead of recursing
 * forever. One per run; a run is evaluated by one thread.
 */
final class CycleGuard {

    /** One value under evaluation; {@code condition} marks a stack's {@code Conditions} entry. */
    record Frame(String key, String label, boolean condition) {}

    private final LinkedHashMap<String, Frame> active = new LinkedHashMap<>();

    /**
     * Evaluates {@code body} with {@code frame} marked active; if the frame is active already, gives {@code onCycle}
     * the frames of the cycle from its first occurrence, the repeated frame appended.
     */
    <T> T within(Frame frame, Supplier<T> body, Function<List<Frame>, T> onCycle) {
        if (active.containsKey(frame.key())) {
            return onCycle.apply(cycle(frame));
        }
        active.put(frame.key(), frame);
        try {
            return body.get();
        } finally {
            active.remove(frame.key());
        }
    }

    /**
     * Evaluates {@code body} once per {@code key} and remembers the result in {@code memo} — except a result cut
     * short by a cycle, which only holds for the call that closed the cycle. The frame is made only when needed:
     * most calls find their value remembered.
     */
    <T> T memoised(Map<String, T> memo, String key, Supplier<Frame> frame, Supplier<T> body,
                   Function<List<Frame>, T> onCycle) {
        T known = memo.get(key);
        if (known != null) {
            return known;
        }
        boolean[] cut = new boolean[1];
        T value = within(frame.get(), body, cycle -> {
            cut[0] = true;
            return onCycle.apply(cycle);
        });
        if (!cut[0]) {
            memo.put(key, value);
        }
        return value;
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
