package dev.airgap.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The last guard: whatever a caller puts in a message, it reaches the log as one bounded line. */
class InputExceptionTest {

    @Test
    void aProblemQuotingAWholeFileIsCut() {
        String file = "root:x:0:0:root:/root:/bin/bash\n".repeat(100);
        InputException e = new InputException(new SourcePosition("t.yaml", 3, 7), "bad value '" + file + "'", "fix it");
        assertThat(e.problem()).hasSizeLessThan(InputException.MAX_CHARS + 40).endsWith(" more characters)");
        assertThat(e.getMessage()).startsWith("t.yaml:3:7: bad value 'root:x").endsWith(". fix it")
                .doesNotContain("\n");
    }

    @Test
    void controlCharactersAreEscapedAndShortMessagesKept() {
        InputException e = new InputException(SourcePosition.of("t.json"), "id 'A\u0000B\u001b[31m'", "rename\nit");
        assertThat(e.problem()).isEqualTo("id 'A\\u0000B\\u001B[31m'");
        assertThat(e.hint()).isEqualTo("rename\\u000Ait");
    }
}
