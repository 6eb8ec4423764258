package dev.airgap.fuzz;

import java.util.List;

/**
 * Turns fuzzer bytes into choices: each call consumes bytes from the front, and an exhausted input keeps answering
 * with the first choice, so every byte string (also the empty one and the saved seed files) is a valid input. Plain
 * bytes rather than Jazzer's FuzzedDataProvider so that the normal test run can replay any saved file without Jazzer.
 */
final class FuzzBytes {

    private final byte[] data;
    private int next;

    FuzzBytes(byte[] data) {
        this.data = data;
    }

    boolean exhausted() {
        return next >= data.length;
    }

    int nextByte() {
        return exhausted() ? 0 : data[next++] & 0xff;
    }

    /** A number in [0, bound). */
    int pick(int bound) {
        if (bound <= 1) {
            return 0;
        }
        int v = bound > 256 ? (nextByte() << 8) | nextByte() : nextByte();
        return v % bound;
    }

    boolean flag() {
        return (nextByte() & 1) == 1;
    }

    <T> T pick(List<T> choices) {
        return choices.get(pick(choices.size()));
    }

    /** A short string of arbitrary characters, at most {@code max} long. */
    String text(int max) {
        int n = pick(max + 1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) (flag() ? 32 + pick(95) : pick(0x3000)));
        }
        return b.toString();
    }
}
