package dev.airgap.resolve;

import static dev.airgap.resolve.Fixtures.out;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.airgap.template.InputException;
import org.junit.jupiter.api.Test;

/** Errors about values stay one bounded line however long the value they quote, and whatever it contains. */
class BoundedMessagesTest {

    @Test
    void anErrorQuotingAHugeValueQuotesABoundedPartOfIt() {
        String huge = "root:x:0:0:root:/root:/bin/bash ".repeat(2_000);
        InputException e = catchThrowableOfType(() -> out("""
                Resources:
                  T: {Type: AWS::SNS::Topic}
                Outputs:
                  Out: {Value: !Cidr ['%s', 2, 8]}
                """.formatted(huge)), InputException.class);
        assertThat(e.getMessage()).startsWith("Test.yaml:4:").contains("is not a valid CIDR block")
                .contains("characters)");
        assertThat(e.getMessage().length()).isLessThan(1_400);
        assertThat(e.problem().length()).isLessThan(200);
    }

    @Test
    void controlCharactersInAQuotedValueAreEscaped() {
        InputException e = catchThrowableOfType(() -> out("""
                Resources:
                  T: {Type: AWS::SNS::Topic}
                Outputs:
                  Out: {Value: !Select ["1\\n\\u001b[2J", [a, b]]}
                """), InputException.class);
        assertThat(e.getMessage()).contains("1\\u000A\\u001B[2J").doesNotContain("\n").doesNotContain("\u001b");
    }
}
