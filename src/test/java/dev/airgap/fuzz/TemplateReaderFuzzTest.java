package dev.airgap.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.airgap.template.InputException;
import dev.airgap.template.TemplateReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Any bytes given to the template reader are read or rejected with an {@link InputException}; every other exception,
 * a hang or running out of memory is a bug. Seeds: templates of the project's corpus and CDK fixtures (JSON, YAML long
 * and short form).
 */
class TemplateReaderFuzzTest {

    private static final TemplateReader READER = new TemplateReader();

    static void read(byte[] bytes) {
        try {
            READER.read("fuzz.yaml", bytes);
        } catch (InputException expected) {
            if (expected.getMessage() == null || expected.getMessage().isBlank()) {
                throw new AssertionError("an InputException without a message", expected);
            }
        }
    }

    @FuzzTest
    void readsOrRejects(byte[] bytes) {
        read(bytes);
    }

    @TestFactory
    Stream<DynamicTest> seedsAndSavedInputs() {
        return Stream.concat(Seeds.replay("template", TemplateReaderFuzzTest::read),
                Stream.of(Seeds.random(2000, 200, TemplateReaderFuzzTest::read)));
    }
}
