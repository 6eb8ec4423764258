package dev.airgap.bench;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The user-path floor: {@link Bench#parse} (Jackson's {@code readTree} over every template and the manifest) once,
 * in the fresh JVM this main starts, so that the whole process is what the cheapest possible reader of the same files
 * costs cold. Prints the in-process parse time. Usage: {@code java -cp ... dev.airgap.bench.ParseFloor ASSEMBLY}.
 */
public final class ParseFloor {

    private ParseFloor() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        int nodes = Bench.parse(Path.of(args[0]));
        System.out.printf(Locale.ROOT, "parse %.1f ms (%d top-level nodes)%n", (System.nanoTime() - start) / 1e6, nodes);
    }
}
