package dev.airgap.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a CDK cloud assembly (the folder {@code cdk synth} writes): every {@code aws:cloudformation:stack} artifact
 * with its environment, nested cloud assemblies of CDK stages, and nested stacks whose templates are local assets.
 * Construct paths come from {@code aws:cdk:path} metadata in the templates when present, else from
 * {@code tree.json} (apps synthesized with {@code --no-path-metadata}).
 */
final class CloudAssemblyReader {

    private static final String UNKNOWN_ACCOUNT = "unknown-account";
    private static final String UNKNOWN_REGION = "unknown-region";

    private final TemplateReader reader;
    private final Function<Path, String> display;
    private final ObjectMapper mapper = new ObjectMapper();

    CloudAssemblyReader(TemplateReader reader, Function<Path, String> display) {
        this.reader = reader;
        this.display = display;
    }

    void read(Path assembly, List<StackTemplate> out, Set<Path> seen) {
        read(assembly, out, seen, null);
    }

    private void read(Path assembly, List<StackTemplate> out, Set<Path> seen, ConstructTree inheritedTree) {
        JsonNode manifest = json(assembly.resolve("manifest.json"));
        JsonNode artifacts = manifest.path("artifacts");
        if (!artifacts.isObject()) {
            throw new InputException(SourcePosition.of(display.apply(assembly.resolve("manifest.json"))),
                    "a cloud assembly manifest without an 'artifacts' map", "run cdk synth again");
        }
        ConstructTree tree = inheritedTree;
        Path treeFile = assembly.resolve("tree.json");
        if (Files.isRegularFile(treeFile)) {
            tree = ConstructTree.of(json(treeFile));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = artifacts.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> artifact = it.next();
            JsonNode a = artifact.getValue();
            String type = a.path("type").asText();
            if ("cdk:cloud-assembly".equals(type)) {
                String dir = a.path("properties").path("directoryName").asText(null);
                if (dir != null && Files.isRegularFile(assembly.resolve(dir).resolve("manifest.json"))) {
                    read(assembly.resolve(dir), out, seen, tree);
                }
            } else if ("aws:cloudformation:stack".equals(type)) {
                readStack(assembly, artifact.getKey(), a, tree, out, seen);
            }
        }
    }

    private void readStack(Path assembly, String artifactId, JsonNode a, ConstructTree tree, List<StackTemplate> out,
                           Set<Path> seen) {
        JsonNode props = a.path("properties");
        String templateFile = props.path("templateFile").asText(null);
        if (templateFile == null) {
            return;
        }
        Path file = assembly.resolve(templateFile).normalize();
        if (!seen.add(file)) {
            return;
        }
        String shown = display.apply(file);
        MapNode root = reader.read(shown, TemplateLoader.readBytes(file, shown));
        String name = props.path("stackName").asText(artifactId);
        String[] env = environment(a.path("environment").asText(""));
        String constructPath = a.path("displayName").asText(artifactId);
        StackTemplate stack = new StackTemplate(name, shown, root, env[1], env[0],
                constructPaths(root, tree, constructPath), null, null);
        out.add(stack);
        addNested(assembly, stack, constructPath, tree, out, seen);
    }

    /** Nested stacks: {@code AWS::CloudFormation::Stack} resources whose template is a local asset. */
    private void addNested(Path assembly, StackTemplate parent, String parentPath, ConstructTree tree,
                           List<StackTemplate> out, Set<Path> seen) {
        for (Map.Entry<String, Node> e : parent.resources().entries().entrySet()) {
            if (!(e.getValue() instanceof MapNode res)
                    || !"AWS::CloudFormation::Stack".equals(res.text("Type").orElse(""))) {
                continue;
            }
            String asset = res.map("Metadata").flatMap(m -> m.text("aws:asset:path")).orElse(null);
            if (asset == null) {
                continue;
            }
            Path file = assembly.resolve(asset).normalize();
            if (!Files.isRegularFile(file) || !seen.add(file)) {
                continue;
            }
            String shown = display.apply(file);
            MapNode root = reader.read(shown, TemplateLoader.readBytes(file, shown));
            String nestedPath = nestedConstructPath(parent, e.getKey(), parentPath);
            StackTemplate nested = new StackTemplate(parent.name() + "/" + e.getKey(), shown, root, parent.region(),
                    parent.account(), constructPaths(root, tree, nestedPath), parent.name(), e.getKey());
            out.add(nested);
            addNested(assembly, nested, nestedPath, tree, out, seen);
        }
    }

    /**
     * CDK puts a nested stack's resource at {@code <Parent>/<Id>.NestedStack/<Id>.NestedStackResource}; the nested
     * stack's own constructs live under {@code <Parent>/<Id>}.
     */
    private static String nestedConstructPath(StackTemplate parent, String logicalId, String parentPath) {
        String resourcePath = parent.constructPaths().get(logicalId);
        if (resourcePath != null) {
            int marker = resourcePath.indexOf(".NestedStack/");
            if (marker > 0) {
                return resourcePath.substring(0, marker);
            }
        }
        return parentPath + "/" + logicalId;
    }

    /** {@code aws://ACCOUNT/REGION}; "unknown-*" parts mean the stack is environment-agnostic. */
    private static String[] environment(String env) {
        String account = null;
        String region = null;
        if (env.startsWith("aws://")) {
            String[] parts = env.substring("aws://".length()).split("/", 2);
            account = parts.length > 0 && !parts[0].isEmpty() && !UNKNOWN_ACCOUNT.equals(parts[0]) ? parts[0] : null;
            region = parts.length > 1 && !parts[1].isEmpty() && !UNKNOWN_REGION.equals(parts[1]) ? parts[1] : null;
        }
        return new String[] {account, region};
    }

    private static Map<String, String> constructPaths(MapNode root, ConstructTree tree, String stackPath) {
        Map<String, String> paths = new HashMap<>();
        if (tree != null) {
            paths.putAll(tree.logicalIdsUnder(stackPath));
        }
        for (Map.Entry<String, Node> e : root.map("Resources").map(MapNode::entries).orElse(Map.of()).entrySet()) {
            if (e.getValue() instanceof MapNode res) {
                res.map("Metadata").flatMap(m -> m.text("aws:cdk:path")).ifPresent(p -> paths.put(e.getKey(), p));
            }
        }
        return paths;
    }

    private JsonNode json(Path file) {
        String shown = display.apply(file);
        try {
            return mapper.readTree(TemplateLoader.readBytes(file, shown));
        } catch (IOException e) {
            throw new InputException(SourcePosition.of(shown), "the cloud assembly file cannot be read: "
                    + e.getMessage().lines().findFirst().orElse(""), "run cdk synth again", e);
        }
    }
}
