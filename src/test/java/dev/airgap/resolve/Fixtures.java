package dev.airgap.resolve;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.airgap.template.MapNode;
import dev.airgap.template.StackTemplate;
import dev.airgap.template.TemplateReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Stacks built from inline templates, and shortcuts to resolve them. */
final class Fixtures {

    private static final TemplateReader READER = new TemplateReader();

    private Fixtures() {
    }

    static MapNode parse(String file, String text) {
        return READER.read(file, text.getBytes(UTF_8));
    }

    /** An environment-agnostic stack read from {@code <name>.yaml}. */
    static StackTemplate stack(String name, String text) {
        return new StackTemplate(name, name + ".yaml", parse(name + ".yaml", text), null, null, Map.of(), null, null);
    }

    static StackTemplate stack(String name, String region, String account, String text) {
        return new StackTemplate(name, name + ".yaml", parse(name + ".yaml", text), region, account, Map.of(), null,
                null);
    }

    static StackTemplate nested(StackTemplate parent, String logicalId, String text) {
        String name = parent.name() + "/" + logicalId;
        return new StackTemplate(name, logicalId + ".yaml", parse(logicalId + ".yaml", text), parent.region(),
                parent.account(), Map.of(), parent.name(), logicalId);
    }

    /** A template under {@code src/test/resources/resolve/}. */
    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/resolve/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource resolve/" + name);
            }
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResolvedRun resolve(ResolveOptions options, StackTemplate... stacks) {
        return new Resolver(options).resolve(Arrays.asList(stacks));
    }

    static ResolvedRun resolve(StackTemplate... stacks) {
        return resolve(ResolveOptions.defaults(), stacks);
    }

    /** The only instance of a single stack resolved in one region (null: no region). */
    static ResolvedStack one(String region, String text) {
        ResolveOptions options = region == null ? ResolveOptions.defaults()
                : new ResolveOptions(Map.of(), List.of(region), Map.of());
        return resolve(options, stack("Test", text)).stacks().get(0);
    }

    static ResolvedStack one(String text) {
        return one("us-east-1", text);
    }

    /** The resolved value of output {@code name}. */
    static Value output(ResolvedStack stack, String name) {
        Value v = stack.outputs().get(name);
        if (v == null) {
            throw new AssertionError("no output " + name + " in " + stack.outputs().keySet());
        }
        return v;
    }

    /** Resolves a template in us-east-1 whose output {@code Out} holds the expression under test. */
    static Value out(String text) {
        return output(one(text), "Out");
    }

    static Value text(String s) {
        return new Value.Text(s);
    }

    static Value list(String... items) {
        return new Value.ListValue(Arrays.stream(items).map(Value.Text::new).map(Value.class::cast).toList());
    }

    static Value.Ref ref(String stack, String logicalId) {
        return new Value.Ref(new ResourceId(stack, logicalId));
    }
}
