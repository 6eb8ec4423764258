package dev.airgap.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Writes a CDK cloud assembly ({@code manifest.json} + templates) holding {@code copies} generated stacks. */
final class Assemblies {

    static final String ACCOUNT = "123456789012";

    private Assemblies() {
    }

    static Path write(Path dir, int copies, ObjectMapper mapper) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
        ObjectNode manifest = mapper.createObjectNode();
        manifest.put("version", "55.0.0");
        ObjectNode artifacts = manifest.putObject("artifacts");
        for (int n = 0; n < copies; n++) {
            String stack = String.format("BenchStack%03d", n);
            String file = stack + ".template.json";
            // pretty-printed like cdk synth output, so that the parse floor reads the same bytes airgap reads
            mapper.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(file).toFile(),
                    MultiVpcStack.template(stack, n));
            ObjectNode artifact = artifacts.putObject(stack);
            artifact.put("type", "aws:cloudformation:stack");
            artifact.put("environment", "aws://" + ACCOUNT + "/" + MultiVpcStack.REGION);
            artifact.putObject("properties").put("templateFile", file);
            artifact.put("displayName", stack);
        }
        mapper.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("manifest.json").toFile(), manifest);
        return dir;
    }
}
