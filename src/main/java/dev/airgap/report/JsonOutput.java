package dev.airgap.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;

/** The JSON layout {@code airgap.json} and {@code airgap.sarif} share: UTF-8, indented, one array item a line. */
public final class JsonOutput {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonOutput() {
    }

    /** A generator onto {@code out}; closing it flushes but leaves {@code out} open. */
    public static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
        pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        g.setPrettyPrinter(pp);
        return g;
    }
}
