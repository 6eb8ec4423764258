package dev.airgap.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The seeds and saved findings of one fuzz target ({@code src/test/resources/fuzz/<target>/}), replayed as plain
 * regression tests: each file must pass the target within the 5 s an input may take.
 */
final class Seeds {

    static final Duration PER_INPUT = Duration.ofSeconds(5);
    private static final Path ROOT = Path.of("src/test/resources/fuzz");

    private Seeds() {
    }

    /**
     * {@code count} inputs of random bytes from a fixed seed, so that the normal test run searches a little beyond
     * the saved seeds and still gives the same result every time.
     */
    static DynamicTest random(int count, int maxLength, Consumer<byte[]> test) {
        return DynamicTest.dynamicTest(count + " random inputs", () -> {
            java.util.Random random = new java.util.Random(20261128L);
            // One watchdog for the batch (a thread per input would cost more than the inputs); each input is
            // still held to PER_INPUT afterwards.
            assertTimeoutPreemptively(PER_INPUT.multipliedBy(6), () -> {
                for (int i = 0; i < count; i++) {
                    byte[] bytes = new byte[random.nextInt(maxLength + 1)];
                    random.nextBytes(bytes);
                    long start = System.nanoTime();
                    try {
                        test.accept(bytes);
                    } catch (Throwable t) {
                        throw new AssertionError("random input " + i + ": "
                                + java.util.HexFormat.of().formatHex(bytes), t);
                    }
                    if (System.nanoTime() - start > PER_INPUT.toNanos()) {
                        throw new AssertionError("random input " + i + " took longer than " + PER_INPUT + ": "
                                + java.util.HexFormat.of().formatHex(bytes));
                    }
                }
            });
        });
    }

    static Stream<DynamicTest> replay(String target, Consumer<byte[]> test) {
        List<Path> files;
        try (Stream<Path> s = Files.list(ROOT.resolve(target))) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no seeds in " + ROOT.resolve(target));
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            byte[] bytes = Files.readAllBytes(f);
            assertTimeoutPreemptively(PER_INPUT, () -> test.accept(bytes), f.toString());
        }));
    }
}
