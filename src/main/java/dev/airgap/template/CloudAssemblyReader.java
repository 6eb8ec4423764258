package dev.airgap.template;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a CDK cloud assembly (the folder {@code cdk synth} writes): every {@code aws:cloudformation:stack} artifact
 * with its environment, nested cloud assemblies of CDK stages, and nested stacks whose templates are local assets.
 * Construct paths come from {@code aws:cdk:path} metadata in the templates when present, else from
 * {@code tree.json} (apps synthesized with {@code --no-path-metadata}).
 *
 * <p>A manifest is read as strictly as CDK writes it: an artifact it cannot understand is a located error, never
 * skipped, and every path it names (templateFile, directoryName, a nested stack's {@code aws:asset:path}) must lead,
 * after links, to a file inside the top assembly folder. Nothing outside it is read.
 */
final class CloudAssemblyReader {

    private static final String UNKNOWN_ACCOUNT = "unknown-account";
    private static final String UNKNOWN_REGION = "unknown-region";
    private static final String RESYNTH = "run cdk synth again";
    private static final String OUTSIDE = "CDK writes every path of a manifest inside its cloud assembly: synthesize "
            + "again, and check where this cloud assembly came from";

    private final LoadSession session;
    private final TemplateReader manifestReader;
    private final ObjectMapper treeMapper;
    /** Where each (stack name, environment) was first declared: CloudFormation holds one stack of a name there. */
    private final Map<String, SourcePosition> declared = new HashMap<>();

    CloudAssemblyReader(LoadSession session) {
        this.session = session;
        LoadLimits limits = session.limits;
        // The template reader gives manifest values their line and column; manifests nest no deeper than templates.
        this.manifestReader = new TemplateReader(new ReadLimits((int) Math.min(limits.manifestBytes(),
                Integer.MAX_VALUE - 8), ReadLimits.DEFAULT.maxNesting(), ReadLimits.DEFAULT.maxStringChars()),
                session.warnings);
        this.treeMapper = new ObjectMapper(JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(limits.treeBytes()).maxNestingDepth(1000).build()).build());
    }

    /** Reads the assembly at {@code root}, which is also the folder every path it names must stay in. */
    void read(InputRoot root) {
        session.assemblies.add(root.real());
        new Assembly(root, root.real(), 1).read(null);
    }

    /** One manifest.json and the folder it lies in. */
    private final class Assembly {

        private final InputRoot root;
        private final Path dir;
        private final int depth;
        private String manifestShown;

        Assembly(InputRoot root, Path dir, int depth) {
            this.root = root;
            this.dir = dir;
            this.depth = depth;
        }

        void read(ConstructTree inheritedTree) {
            Path manifestPath = dir.resolve("manifest.json");
            manifestShown = shown(manifestPath);
            MapNode manifest = manifest(contained(manifestPath, manifestShown));
            if (!(manifest.get("artifacts") instanceof MapNode artifacts)) {
                throw new InputException(manifest.has("artifacts") ? manifest.get("artifacts").position()
                        : manifest.position(), "a cloud assembly manifest without an 'artifacts' map", RESYNTH);
            }
            ConstructTree tree = inheritedTree;
            Path treeFile = dir.resolve("tree.json");
            if (Files.exists(treeFile, LinkOption.NOFOLLOW_LINKS)) {
                tree = tree(contained(treeFile, shown(treeFile)), shown(treeFile));
            }
            for (Map.Entry<String, Node> entry : artifacts.entries().entrySet()) {
                String id = entry.getKey();
                if (!(entry.getValue() instanceof MapNode artifact)) {
                    throw new InputException(entry.getValue().position(), "artifact '" + Excerpt.of(id) + "' is "
                            + Excerpt.of(entry.getValue().describe()) + ", not a map", RESYNTH);
                }
                String type = string(artifact, "type", id);
                if (type == null) {
                    throw new InputException(artifact.position(), "artifact '" + Excerpt.of(id) + "' has no type",
                            RESYNTH);
                }
                if ("cdk:cloud-assembly".equals(type)) {
                    nestedAssembly(id, artifact, tree);
                } else if ("aws:cloudformation:stack".equals(type)) {
                    stack(id, artifact, tree);
                }
            }
        }

        /** A manifest or tree file: must be inside the root, like everything else. */
        private Path contained(Path file, String shown) {
            try {
                return session.files.inside(root.real(), file, display(root.shownAs()));
            } catch (InputFiles.Refused refused) {
                throw new InputException(SourcePosition.of(shown), "the cloud assembly file " + refused.reason(),
                        OUTSIDE);
            }
        }

        private MapNode manifest(Path real) {
            byte[] bytes = session.files.read(real, manifestShown, session.limits.manifestBytes());
            if (!startsLikeJsonObject(bytes)) {
                throw new InputException(SourcePosition.of(manifestShown), "a cloud assembly manifest is a JSON "
                        + "object, and this file does not start with '{'", RESYNTH);
            }
            try {
                return manifestReader.read(manifestShown, bytes);
            } catch (InputException e) {
                throw new InputException(e.position(), "the cloud assembly file cannot be read: " + e.problem(),
                        RESYNTH, e);
            }
        }

        private ConstructTree tree(Path real, String shown) {
            byte[] bytes = session.files.read(real, shown, session.limits.treeBytes());
            try {
                return ConstructTree.of(treeMapper.readTree(bytes));
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                SourcePosition pos = at == null || at.getLineNr() <= 0 ? SourcePosition.of(shown)
                        : new SourcePosition(shown, at.getLineNr(), Math.max(1, at.getColumnNr()));
                throw new InputException(pos, "the cloud assembly file cannot be read: "
                        + Excerpt.of(e.getOriginalMessage()), RESYNTH, e);
            } catch (IOException e) {
                throw new InputException(SourcePosition.of(shown), "the cloud assembly file cannot be read ("
                        + e.getClass().getSimpleName() + ")", RESYNTH, e);
            }
        }

        private void nestedAssembly(String id, MapNode artifact, ConstructTree tree) {
            MapNode props = properties(id, artifact);
            Node dirNode = props.get("directoryName");
            String dirName = string(props, "directoryName", id);
            if (dirName == null) {
                throw new InputException(props.position(), "nested cloud assembly '" + Excerpt.of(id)
                        + "' has no directoryName", RESYNTH);
            }
            String what = "the directoryName '" + Excerpt.of(dirName) + "' of artifact '" + Excerpt.of(id) + "'";
            Path nested = path(dirName, dirNode, what);
            if (nested.equals(dir) || session.assemblies.contains(nested)) {
                throw new InputException(dirNode.position(), what + " leads to a cloud assembly that is already "
                        + "read (a cycle)", RESYNTH);
            }
            if (depth + 1 > session.limits.assemblyDepth()) {
                throw new InputException(dirNode.position(), what + " nests cloud assemblies deeper than "
                        + session.limits.assemblyDepth() + " levels", RESYNTH);
            }
            if (!Files.isDirectory(nested, LinkOption.NOFOLLOW_LINKS)
                    || !Files.exists(nested.resolve("manifest.json"), LinkOption.NOFOLLOW_LINKS)) {
                throw new InputException(dirNode.position(), what + " is not a folder with a manifest.json",
                        RESYNTH);
            }
            session.assemblies.add(nested);
            new Assembly(root, nested, depth + 1).read(tree);
        }

        private void stack(String id, MapNode artifact, ConstructTree tree) {
            MapNode props = properties(id, artifact);
            Node fileNode = props.get("templateFile");
            String templateFile = string(props, "templateFile", id);
            if (templateFile == null) {
                throw new InputException(props.position(), "stack artifact '" + Excerpt.of(id)
                        + "' has no templateFile", RESYNTH);
            }
            String what = "the templateFile '" + Excerpt.of(templateFile) + "' of artifact '" + Excerpt.of(id) + "'";
            Path file = path(templateFile, fileNode, what);
            String shown = shown(resolve(templateFile, fileNode, what));
            MapNode template = session.template(file, shown);
            String name = orElse(string(props, "stackName", id), id);
            String environment = orElse(string(artifact, "environment", id), "");
            String[] env = environment(environment);
            SourcePosition first = declared.putIfAbsent(name + "\n" + env[0] + "\n" + env[1],
                    props.has("stackName") ? props.get("stackName").position() : artifact.position());
            if (first != null) {
                throw new InputException(artifact.position(), "artifact '" + Excerpt.of(id) + "' deploys the stack '"
                        + Excerpt.of(name) + "' to " + (env[1] == null ? "the same environment" : Excerpt.of(
                        environment)) + " as the artifact at " + first + ": one would replace the other", RESYNTH);
            }
            String constructPath = orElse(string(artifact, "displayName", id), id);
            FoundStack stack = new FoundStack(name, shown, file, template, env[1], env[0],
                    constructPaths(template, tree, constructPath), null, null);
            session.topLevelFiles.add(file);
            session.add(stack);
            addNested(stack, constructPath, tree);
        }

        /** Nested stacks: {@code AWS::CloudFormation::Stack} resources whose template is a local asset. */
        private void addNested(FoundStack parent, String parentPath, ConstructTree tree) {
            for (Map.Entry<String, MapNode> e : parent.nestedStackResources().entrySet()) {
                MapNode res = e.getValue();
                Node assetNode = res.map("Metadata").map(m -> m.get("aws:asset:path")).orElse(null);
                if (!(assetNode instanceof ScalarNode s) || s.kind() != ScalarNode.Kind.STRING) {
                    continue; // not a CDK asset: a stack the run does not see
                }
                String what = "the aws:asset:path '" + Excerpt.of(s.value()) + "' of nested stack "
                        + Excerpt.of(e.getKey());
                Path named = resolve(s.value(), s, what);
                Path file;
                try {
                    file = session.files.inside(root.real(), named, display(root.shownAs()));
                } catch (InputFiles.Refused refused) {
                    if (refused.missing()) {
                        session.warnings.accept("airgap: " + s.position() + ": " + what + " names no file; the "
                                + "nested stack is analysed as one the run does not see");
                        continue;
                    }
                    throw new InputException(s.position(), what + " " + refused.reason(), OUTSIDE);
                }
                if (parent.isOrDescendsFrom(file)) {
                    throw new InputException(s.position(), what + " is the template of the stack itself or of one "
                            + "of its parents (a cycle)", RESYNTH);
                }
                if (parent.depth() + 1 > session.limits.nestedStackDepth()) {
                    throw new InputException(s.position(), what + " nests stacks deeper than "
                            + session.limits.nestedStackDepth() + " levels", RESYNTH);
                }
                String shown = shown(named);
                MapNode template = session.template(file, shown);
                String nestedPath = nestedConstructPath(parent, e.getKey(), parentPath);
                FoundStack nested = new FoundStack(e.getKey(), shown, file, template, parent.region(),
                        parent.account(), constructPaths(template, tree, nestedPath), parent, e.getKey());
                session.add(nested);
                addNested(nested, nestedPath, tree);
            }
        }

        private MapNode properties(String id, MapNode artifact) {
            Node props = artifact.get("properties");
            if (props instanceof MapNode map) {
                return map;
            }
            throw new InputException(props == null ? artifact.position() : props.position(), "artifact '"
                    + Excerpt.of(id) + "' has " + (props == null ? "no properties" : "properties that are "
                    + Excerpt.of(props.describe()) + ", not a map"), RESYNTH);
        }

        /** The real path a manifest value leads to, inside the root; a located error when it leads elsewhere. */
        private Path path(String value, Node at, String what) {
            try {
                return session.files.inside(root.real(), resolve(value, at, what), display(root.shownAs()));
            } catch (InputFiles.Refused refused) {
                throw new InputException(at.position(), what + " " + refused.reason(),
                        refused.missing() ? RESYNTH : OUTSIDE);
            }
        }

        private Path resolve(String value, Node at, String what) {
            try {
                return dir.resolve(value).normalize();
            } catch (InvalidPathException e) {
                throw new InputException(at.position(), what + " is not a file path", RESYNTH);
            }
        }

        private String shown(Path real) {
            return display(root.shown(real));
        }

        private String display(Path p) {
            return session.display.apply(p);
        }
    }

    /** A string value, null when absent; a number, map or list where CDK writes a string is an error. */
    private static String string(MapNode map, String key, String artifactId) {
        Node n = map.get(key);
        if (n == null) {
            return null;
        }
        if (n instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING) {
            return s.value();
        }
        throw new InputException(n.position(), "the " + key + " of artifact '" + Excerpt.of(artifactId) + "' is "
                + Excerpt.of(n.describe()) + ", not a string", RESYNTH);
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static boolean startsLikeJsonObject(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) {
            i++;
        }
        return i < bytes.length && bytes[i] == '{';
    }

    /**
     * CDK puts a nested stack's resource at {@code <Parent>/<Id>.NestedStack/<Id>.NestedStackResource}; the nested
     * stack's own constructs live under {@code <Parent>/<Id>}.
     */
    private static String nestedConstructPath(FoundStack parent, String logicalId, String parentPath) {
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
}
