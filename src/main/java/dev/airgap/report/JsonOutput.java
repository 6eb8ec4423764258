package dev.airgap.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The JSON layout {@code airgap.json} and {@code airgap.sarif} share: UTF-8, indented, one array item a line; a value
 * written through {@link #inline} (a hop, a list of codes) takes one line of its own, so that a report of thousands of
 * paths stays readable line by line without being mostly indentation.
 */
public final class JsonOutput {

    private static final JsonFactory JSON = new JsonFactory();

    /** What a writer writes on one line. */
    @FunctionalInterface
    public interface Value {
        void write() throws IOException;
    }

    private JsonOutput() {
    }

    /** A generator onto {@code out}; closing it flushes but leaves {@code out} open. */
    public static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        Switch inline = new Switch();
        DefaultPrettyPrinter pp = new Printer(inline);
        pp.indentArraysWith(new Switchable(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE, inline));
        pp.indentObjectsWith(new Switchable(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE, inline));
        g.setPrettyPrinter(pp);
        return g;
    }

    /**
     * Writes one value (an object or array with everything inside it) on a single line, {@code { "a" : 1, "b" : 2 }};
     * on a generator of another layout, as that layout writes it.
     */
    public static void inline(JsonGenerator g, Value value) throws IOException {
        if (!(g.getPrettyPrinter() instanceof Printer p) || p.inline.on) {
            value.write();
            return;
        }
        // Armed, not on: the separator and line break before the value are written by the same call that starts it,
        // and belong to the enclosing layout; the printer switches to one line at the value's own start.
        p.inline.armed = true;
        try {
            value.write();
        } finally {
            p.inline.armed = false;
        }
    }

    /** Whether the value being written goes on one line, and how deep inside it the generator is; one per generator. */
    private static final class Switch {
        boolean armed;
        boolean on;
        int depth;

        void enter() {
            if (on) {
                depth++;
            } else if (armed) {
                armed = false;
                on = true;
                depth = 1;
            }
        }

        void leave() {
            if (on && --depth == 0) {
                on = false;
            }
        }
    }

    /** The default layout, one line for the value {@link #inline} arms, from its opening to its closing bracket. */
    private static final class Printer extends DefaultPrettyPrinter {

        private static final long serialVersionUID = 1L;

        private final transient Switch inline;

        Printer(Switch inline) {
            this.inline = inline;
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            throw new UnsupportedOperationException("one printer per generator: JsonOutput.generator makes it");
        }

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            inline.enter();
            super.writeStartObject(g);
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            inline.enter();
            super.writeStartArray(g);
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            super.writeEndArray(g, values);
            inline.leave();
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) throws IOException {
            super.writeEndObject(g, entries);
            inline.leave();
        }
    }

    /** Indents as {@code delegate} does, or writes one space while the switch is on. */
    private record Switchable(DefaultPrettyPrinter.Indenter delegate, Switch inline)
            implements DefaultPrettyPrinter.Indenter {

        @Override
        public void writeIndentation(JsonGenerator g, int level) throws IOException {
            if (inline.on) {
                g.writeRaw(' ');
            } else {
                delegate.writeIndentation(g, level);
            }
        }

        @Override
        public boolean isInline() {
            return inline.on || delegate.isInline();
        }
    }
}
