package dev.airgap.template;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reading limits hold in both formats and every error they raise is located; no message quotes more than an
 * excerpt of the file.
 */
class ReaderLimitsTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    /** Files up to 10 000 bytes, 5 levels of maps and lists, strings and keys of up to 100 characters. */
    private final TemplateReader small = new TemplateReader(new ReadLimits(10_000, 5, 100));

    private final TemplateReader standard = new TemplateReader();

    private static InputException refused(TemplateReader reader, String file, String text) {
        return catchThrowableOfType(InputException.class, () -> reader.read(file, text.getBytes(UTF_8)));
    }

    @Test
    void aYamlStringLongerThanTheLimitIsRefusedWhereItStarts() {
        assertThat(small.read("t.yaml", ("a: " + "s".repeat(100)).getBytes(UTF_8)).has("a")).isTrue();
        assertThat(refused(small, "t.yaml", "a: " + "s".repeat(101))).hasMessageStartingWith(
                "t.yaml:1:4: a string of 101 characters is longer than the limit of 100 characters");
        assertThat(refused(small, "t.yaml", "a: b\nc: |\n  " + "s".repeat(101) + "\n"))
                .hasMessageStartingWith("t.yaml:2:4: a string of 102 characters is longer than the limit");
        assertThat(refused(small, "t.yaml", "a: ['" + "s".repeat(101) + "']"))
                .hasMessageStartingWith("t.yaml:1:5: a string of 101 characters");
    }

    @Test
    void aYamlKeyLongerThanTheLimitIsRefusedWhereItStands() {
        assertThat(refused(small, "t.yaml", "b:\n  " + "k".repeat(101) + ": 1\n"))
                .hasMessageStartingWith("t.yaml:2:3: a key of 101 characters is longer than the limit of 100");
    }

    @Test
    void aJsonStringOrKeyLongerThanTheLimitIsRefusedAndLocated() {
        assertThat(refused(small, "t.json", "{\"a\": \"" + "s".repeat(101) + "\"}"))
                .hasMessageStartingWith("t.json:1:7: the document exceeds a reading limit")
                .hasMessageContaining("100");
        assertThat(refused(small, "t.json", "{\"a\": 1,\n \"" + "k".repeat(101) + "\": 1}"))
                .hasMessageStartingWith("t.json:")
                .hasMessageContaining("exceeds a reading limit")
                .hasMessageContaining("100")
                .message().doesNotStartWith("t.json: ");
    }

    @Test
    void aFiveMegabyteYamlStringIsRefusedLikeItsJsonTwin() {
        String big = "s".repeat(5 * 1024 * 1024);
        String bigOverLines = ("      " + "s".repeat(99) + "\n").repeat(5 * 1024 * 1024 / 100);
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            assertThat(refused(standard, "big.yaml", "Resources:\n  A:\n    Type: |\n" + bigOverLines))
                    .hasMessageStartingWith("big.yaml:3:11: a string of 5242800 characters is longer than the limit "
                            + "of 1048576 characters");
            assertThat(refused(standard, "big.json", "{\"Resources\": {\"A\": {\"Type\": \"" + big + "\"}}}"))
                    .hasMessageStartingWith("big.json:1:30: the document exceeds a reading limit")
                    .hasMessageContaining("1048576");
        });
    }

    @Test
    void aYamlLineLongerThanTheLimitIsRefusedBeforeParsing() {
        TemplateReader lines = new TemplateReader(new ReadLimits(10_000, 5, 10_000, 50));
        assertThat(lines.read("t.yaml", ("# " + "c ".repeat(24) + "\na: 1\n").getBytes(UTF_8)).has("a")).isTrue();
        assertThat(refused(lines, "t.yaml", "a: 1\n# " + "c ".repeat(25) + "\nb: 2\n")).hasMessageStartingWith(
                "t.yaml:2:51: the line has 52 characters, more than the limit of 50 for a line of YAML");
        // JSON has no such limit: Jackson reads a long line in linear time.
        assertThat(lines.read("t.json", ("{\"a\": \"" + "s".repeat(100) + "\"}").getBytes(UTF_8)).has("a")).isTrue();
        // Scanning one 5 MB line would take SnakeYAML seconds; the default limit refuses it at once.
        assertTimeoutPreemptively(HANG_GUARD, () -> assertThat(refused(standard, "big.yaml",
                "Resources:\n  A:\n    Type: " + "s ".repeat(5 * 512 * 1024) + "\n"))
                .hasMessageStartingWith("big.yaml:3:131073: the line has 5242890 characters, more than the limit of "
                        + "131072 for a line of YAML"));
    }

    @Test
    void nestingBeyondTheLimitIsRefusedAtTheLevelThatBreaksIt() {
        // The root map is level 1; the fifth bracket opens level 6.
        assertThat(small.read("t.yaml", "a: [[[[x]]]]".getBytes(UTF_8)).has("a")).isTrue();
        assertThat(refused(small, "t.yaml", "a: [[[[[x]]]]]")).hasMessageStartingWith(
                "t.yaml:1:8: maps and lists are nested deeper than the limit of 5 levels");
        assertThat(refused(small, "t.yaml", "a:\n b:\n  c:\n   d:\n    e:\n     f: 1\n"))
                .hasMessageStartingWith("t.yaml:6:6: maps and lists are nested deeper than the limit of 5 levels");
        assertThat(small.read("t.json", "{\"a\": [[[[]]]]}".getBytes(UTF_8)).has("a")).isTrue();
        assertThat(refused(small, "t.json", "{\"a\": [[[[[]]]]]}")).hasMessageStartingWith(
                "t.json:1:11: maps and lists are nested deeper than the limit of 5 levels");
    }

    @Test
    void deepNestingAtTheDefaultLimitIsLocatedInBothFormats() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            assertThat(refused(standard, "deep.json", "{\"a\": " + "[".repeat(20_000) + "]".repeat(20_000) + "}"))
                    .hasMessageStartingWith("deep.json:1:206: maps and lists are nested deeper than the limit of "
                            + "200 levels");
            assertThat(refused(standard, "deep.yaml", "a: " + "{b: ".repeat(20_000) + "}".repeat(20_000)))
                    .hasMessageStartingWith("deep.yaml:1:800: maps and lists are nested deeper than the limit of "
                            + "200 levels");
        });
    }

    @Test
    void aFileReadByMistakeIsQuotedOnlyAsAnExcerpt() throws IOException {
        String passwd;
        try (InputStream in = getClass().getResourceAsStream("/template/passwd-like.txt")) {
            passwd = new String(in.readAllBytes(), UTF_8);
        }
        assertThat(passwd.length()).isGreaterThan(2000);
        InputException e = refused(standard, "passwd", passwd);
        assertThat(e).hasMessageStartingWith("passwd:1:1: the template is the string 'root:x:0:0:root:/root:/bin/bash");
        assertThat(e.getMessage()).hasSizeLessThan(200);
        // A plain scalar folds its lines: compare with the text as read as well as with the file.
        for (String source : new String[] {passwd, passwd.replace('\n', ' ')}) {
            for (int i = 0; i + 61 <= source.length(); i++) {
                assertThat(e.getMessage()).doesNotContain(source.substring(i, i + 61));
            }
        }
    }

    @Test
    void repeatedKeysAndGetAttAreQuotedAsExcerpts() {
        String key = "k".repeat(500);
        List<ReadWarning> warnings = new java.util.ArrayList<>();
        standard.read("t.yaml", (key + ": 1\n" + key + ": 2\n").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                warnings::add);
        assertThat(warnings).singleElement().asString()
                .startsWith("t.yaml:2:1: key '" + "k".repeat(60) + "… (500 characters)' is repeated")
                .doesNotContain("k".repeat(61));
        assertThat(refused(standard, "t.yaml", "a: !GetAtt " + "x".repeat(500) + "\n"))
                .hasMessageStartingWith("t.yaml:1:4: !GetAtt '" + "x".repeat(60) + "… (500 characters)'")
                .message().doesNotContain("x".repeat(61));
    }

    @Test
    void libraryMessagesQuoteOnlyAnExcerptOfTheInput() {
        assertThat(refused(standard, "t.json", "{\"a\": tru" + "e".repeat(300) + "}"))
                .hasMessageStartingWith("t.json:1:7: syntax error: Unrecognized token")
                .message().doesNotContain("e".repeat(61));
        assertThat(refused(standard, "t.yaml", "a: !" + "x".repeat(300) + "!y z"))
                .hasMessageStartingWith("t.yaml:1:4: ")
                .hasMessageContaining("undefined tag handle")
                .message().doesNotContain("x".repeat(61));
    }

    @Test
    void badBytesAreLocatedInCharacters() {
        byte[] badUtf8 = {'a', ':', ' ', (byte) 0xC3, (byte) 0xA9, '\n', 'b', ':', ' ', (byte) 0xC3, (byte) 0x28};
        assertThat(catchThrowableOfType(InputException.class, () -> standard.read("t.yaml", badUtf8)))
                .hasMessageStartingWith("t.yaml:2:4: the file is not valid UTF-8");
        byte[] nulAfterBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ':', ' ', (byte) 0xC3, (byte) 0xA9, 0};
        assertThat(catchThrowableOfType(InputException.class, () -> standard.read("t.yaml", nulAfterBom)))
                .hasMessageStartingWith("t.yaml:1:5: the file contains a NUL byte");
    }

    @Test
    void aControlCharacterIsLocatedAndEscaped() {
        assertThat(refused(standard, "t.yaml", "a: b\nc: 'x\u0007y'\n"))
                .hasMessageStartingWith("t.yaml:2:6: the file contains the character U+0007, which YAML does not "
                        + "allow")
                .message().doesNotContain("\u0007");
        assertThatThrownBy(() -> standard.read("t.yaml", "a: b\n\u001b[31m: 1\n".getBytes(UTF_8)))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("t.yaml:2:1: the file contains the character U+001B")
                .message().doesNotContain("\u001b");
    }
}
