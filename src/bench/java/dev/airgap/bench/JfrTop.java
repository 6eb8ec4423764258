package dev.airgap.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * The top frames of a JFR recording's {@code jdk.ExecutionSample} events, as Markdown, over the samples taken inside
 * the goal: the nearest airgap frame of each sample, inclusive time (a method anywhere on the stack, counted once per
 * sample) over airgap's own methods, and self time (the sampled top frame) over all methods. JDK 17's {@code jfr} tool has no {@code view hot-methods}; this is that view plus the inclusive one,
 * which is what points at a stage. Record with {@code stackdepth} raised so outer frames are not cut off.
 */
final class JfrTop {

    private static final String GOAL = "dev.airgap.maven.CheckMojo.execute";

    private JfrTop() {
    }

    static String summarise(Path recording, int top) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> nearest = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        int goal = 0;
        int truncated = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                RecordedStackTrace stack = event.getStackTrace();
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                List<RecordedFrame> frames = stack.getFrames();
                // Maven's own start-up (model building, Guice, class loading) is the skipped run's cost: only the
                // goal's samples are ranked
                if (frames.stream().noneMatch(f -> name(f).equals(GOAL))) {
                    continue;
                }
                goal++;
                truncated += stack.isTruncated() ? 1 : 0;
                self.merge(name(frames.get(0)), 1, Integer::sum);
                frames.stream().map(JfrTop::name).filter(n -> n.startsWith("dev.airgap.")).findFirst()
                        .ifPresent(n -> nearest.merge(n, 1, Integer::sum));
                Set<String> seen = new HashSet<>();
                for (RecordedFrame frame : frames) {
                    String name = name(frame);
                    if (name.startsWith("dev.airgap.") && seen.add(name)) {
                        inclusive.merge(name, 1, Integer::sum);
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d execution samples, %d (%.0f %%) under `CheckMojo.execute` (%d of those"
                + " with a truncated stack); percentages of the goal's samples.%n%n", samples, goal,
                pct(goal, samples), truncated));
        // the nearest airgap frame charges JDK and library frames to the airgap method that called them: what
        // String.equals or HashMap.getNode at the top of a stack was doing
        out.append("| nearest airgap frame (self + JDK/library callees) | % | inclusive, airgap methods | % |"
                + " self (top frame) | % |\n|---|---|---|---|---|---|\n");
        List<Map.Entry<String, Integer>> byNearest = sorted(nearest);
        List<Map.Entry<String, Integer>> byInclusive = sorted(inclusive);
        List<Map.Entry<String, Integer>> bySelf = sorted(self);
        for (int i = 0; i < top; i++) {
            out.append(cell(byNearest, i, goal)).append(cell(byInclusive, i, goal)).append(cell(bySelf, i, goal))
                    .append("|\n");
        }
        return out.toString();
    }

    private static String cell(List<Map.Entry<String, Integer>> entries, int i, int samples) {
        if (i >= entries.size()) {
            return "| | ";
        }
        Map.Entry<String, Integer> e = entries.get(i);
        return String.format(Locale.ROOT, "| `%s` | %.1f ", e.getKey().replace("dev.airgap.", ""),
                pct(e.getValue(), samples));
    }

    private static List<Map.Entry<String, Integer>> sorted(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
    }

    private static double pct(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    /** Class and method; a lambda's generated class counts as the class that wrote it. */
    private static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        int lambda = type.indexOf("$$Lambda");
        return (lambda < 0 ? type : type.substring(0, lambda) + ".lambda") + "." + frame.getMethod().getName();
    }

    public static void main(String[] args) throws IOException {
        System.out.print(summarise(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 20));
    }
}
