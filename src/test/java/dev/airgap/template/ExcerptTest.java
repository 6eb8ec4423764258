package dev.airgap.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void shortTextIsQuotedWhole() {
        assertEquals("subnet-a", Excerpt.of("subnet-a"));
    }

    @Test
    void longTextIsCutAndCounted() {
        String passwd = "root:x:0:0:root:/root:/bin/bash\n".repeat(40);
        String e = Excerpt.of(passwd);
        assertTrue(e.startsWith("root:x:0:0:root:/root:/bin/bash\\u000Aroot:x"), e);
        assertTrue(e.endsWith("… (" + passwd.length() + " characters)"), e);
        assertTrue(e.length() < 100, e);
    }

    @Test
    void controlCharactersAreEscaped() {
        assertEquals("A\\u0000B\\u001B[31m", Excerpt.of("A\u0000B\u001b[31m"));
        assertEquals("Sub\\u0000net\\u202E", Excerpt.escapeControls("Sub\u0000net\u202e"));
    }

    @Test
    void surrogatePairsCountAsOne() {
        assertEquals("😀".repeat(60) + "… (61 characters)", Excerpt.of("😀".repeat(61)));
    }
}
