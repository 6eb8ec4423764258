package dev.airgap.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.airgap.network.Cidrs;
import dev.airgap.template.InputException;
import dev.airgap.template.SourcePosition;
import inet.ipaddr.IPAddress;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * CIDR text from a template (two blocks, split at the first newline): parsing never throws anything but an
 * {@link InputException}, and the answers are consistent — a parsed block is its own prefix block, its text parses
 * back to it, containment implies overlap, overlap is symmetric, nothing mixes IPv4 and IPv6, every private block is
 * IPv4. Route lookup with such blocks runs in {@link ResolverFuzzTest} (whole pipeline). Seeds: the CIDRs of the
 * project's fixtures and a few edge cases.
 */
class CidrFuzzTest {

    static void check(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        String second = nl < 0 ? "0.0.0.0/0" : text.substring(nl + 1);
        IPAddress a = parse(first);
        IPAddress b = parse(second);
        for (IPAddress x : new IPAddress[] {a, b}) {
            if (x == null) {
                continue;
            }
            assertThat(Cidrs.prefixLength(x)).isBetween(0, x.getBitCount());
            assertThat(Cidrs.parseOrNull(Cidrs.text(x))).as("text of %s parses back", x).isEqualTo(x);
            assertThat(Cidrs.contains(x, x)).isTrue();
            if (Cidrs.isPrivateV4(x)) {
                assertThat(x.isIPv4()).isTrue();
            }
            assertThat(Cidrs.contains(x.isIPv4() ? Cidrs.ANY_V4 : Cidrs.ANY_V6, x)).isTrue();
        }
        if (a != null && b != null) {
            boolean ab = Cidrs.contains(a, b);
            boolean ba = Cidrs.contains(b, a);
            assertThat(Cidrs.overlaps(a, b)).isEqualTo(Cidrs.overlaps(b, a)).isEqualTo(ab || ba);
            if (a.isIPv4() != b.isIPv4()) {
                assertThat(Cidrs.overlaps(a, b)).isFalse();
            }
            if (ab && ba) {
                assertThat(a).isEqualTo(b);
            }
        }
    }

    private static IPAddress parse(String text) {
        IPAddress lenient = Cidrs.parseOrNull(text);
        try {
            IPAddress strict = Cidrs.parse(text, SourcePosition.of("fuzz.yaml"), "CidrBlock");
            assertThat(strict).isEqualTo(lenient);
            return strict;
        } catch (InputException rejected) {
            return lenient;
        }
    }

    /** Found by fuzzing: "____" (four single-digit wildcards) threw IncompatibleAddressException out of the reader. */
    @org.junit.jupiter.api.Test
    void wildcardSegmentsAreNotACidrBlock() {
        assertThat(Cidrs.parseOrNull("____")).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Cidrs.parse("____",
                SourcePosition.of("t.yaml"), "CidrBlock")).isInstanceOf(InputException.class)
                .hasMessageContaining("'____' is not a valid CIDR block");
    }

    /**
     * Found by fuzzing: wildcards and zones read as address sets that are no block ("*%9" vs "*"); a prefix length
     * overflowing an int threw ArrayIndexOutOfBoundsException out of the library.
     */
    @org.junit.jupiter.api.Test
    void wildcardsRangesAndZonesAreNotCidrBlocks() {
        for (String text : new String[] {"*", "*%9", "10.0.*.*", "10.0.0.1-5", "fe80::1%eth0", "", "  "}) {
            assertThat(Cidrs.parseOrNull(text)).as(text).isNull();
        }
        assertThat(Cidrs.parseOrNull("0000000/110000000000")).as("prefix length overflowing an int").isNull();
        assertThat(Cidrs.parseOrNull("10.0.0.5")).hasToString("10.0.0.5");
        assertThat(Cidrs.parseOrNull("10.0.0.5/16")).hasToString("10.0.0.0/16");
        assertThat(Cidrs.parseOrNull("2001:db8::/56")).isNotNull();
    }

    @FuzzTest
    void parsesOrRejectsConsistently(byte[] bytes) {
        check(bytes);
    }

    @TestFactory
    Stream<DynamicTest> seedsAndSavedInputs() {
        return Stream.concat(Seeds.replay("cidr", CidrFuzzTest::check),
                Stream.of(Seeds.random(2000, 40, CidrFuzzTest::check)));
    }
}
