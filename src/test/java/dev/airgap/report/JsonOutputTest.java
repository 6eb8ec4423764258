package dev.airgap.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonOutputTest {

    @Test
    void anInlineValueTakesOneLineAndTheLayoutAroundItIsUnchanged() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JsonOutput.generator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("hops");
            for (int i = 0; i < 2; i++) {
                int n = i;
                JsonOutput.inline(g, () -> {
                    g.writeStartObject();
                    g.writeNumberField("detail", n);
                    g.writeFieldName("codes");
                    // nested: stays on the enclosing value's line
                    JsonOutput.inline(g, () -> {
                        g.writeStartArray();
                        g.writeString("A");
                        g.writeString("B");
                        g.writeEndArray();
                    });
                    g.writeEndObject();
                });
            }
            g.writeEndArray();
            g.writeObjectFieldStart("after");
            g.writeStringField("x", "y");
            g.writeEndObject();
            g.writeEndObject();
        }
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("""
                {
                  "hops" : [
                    { "detail" : 0, "codes" : [ "A", "B" ] },
                    { "detail" : 1, "codes" : [ "A", "B" ] }
                  ],
                  "after" : {
                    "x" : "y"
                  }
                }""");
        assertThat(new ObjectMapper().readTree(json).at("/hops/1/codes/1").asText()).isEqualTo("B");
    }
}
