package dev.airgap.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airgap.network.NetworkModel;
import dev.airgap.path.PathAnalyzer;
import dev.airgap.path.PathOptions;
import dev.airgap.resolve.ResolveOptions;
import dev.airgap.resolve.ResolvedRun;
import dev.airgap.resolve.Resolver;
import dev.airgap.template.InputException;
import dev.airgap.template.StackTemplate;
import dev.airgap.template.TemplateReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Random well-formed templates ({@link TemplateGenerator}) through the resolver, the network model and the path
 * analysis (route lookup, CIDR containment, endpoint policies): each stage may reject the template only with an
 * {@link InputException}. Seeds: byte strings in {@code src/test/resources/fuzz/resolver/}.
 */
class ResolverFuzzTest {

    private static final TemplateReader READER = new TemplateReader();

    static void analyse(byte[] bytes) {
        FuzzBytes in = new FuzzBytes(bytes);
        boolean bound = in.flag();
        List<ObjectNode> generated = TemplateGenerator.stacks(in);
        List<StackTemplate> stacks = new ArrayList<>();
        try {
            for (int i = 0; i < generated.size(); i++) {
                byte[] text = TemplateGenerator.JSON.writeValueAsString(generated.get(i))
                        .getBytes(StandardCharsets.UTF_8);
                String file = "Stack" + i + ".template.json";
                stacks.add(new StackTemplate("Stack" + i, file, READER.read(file, text),
                        bound ? "us-east-1" : null, bound ? "123456789012" : null, Map.of(), null, null));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        try {
            ResolveOptions options = bound ? ResolveOptions.defaults()
                    : new ResolveOptions(Map.of(), List.of("us-east-1", "eu-west-1"), Map.of());
            ResolvedRun run = new Resolver(options).resolve(stacks);
            NetworkModel model = NetworkModel.build(run);
            new PathAnalyzer().analyze(model, PathOptions.defaults());
        } catch (InputException rejected) {
            // a located error for the user: allowed
        }
    }

    @FuzzTest
    void resolvesOrRejects(byte[] bytes) {
        analyse(bytes);
    }

    @TestFactory
    Stream<DynamicTest> seedsAndSavedInputs() {
        return Stream.concat(Seeds.replay("resolver", ResolverFuzzTest::analyse),
                Stream.of(Seeds.random(200, 512, ResolverFuzzTest::analyse)));
    }
}
