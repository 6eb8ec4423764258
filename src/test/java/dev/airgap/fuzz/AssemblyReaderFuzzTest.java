package dev.airgap.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airgap.template.InputException;
import dev.airgap.template.InputFiles;
import dev.airgap.template.LoadLimits;
import dev.airgap.template.StackTemplate;
import dev.airgap.template.TemplateLoader;
import dev.airgap.template.TemplateReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Random cloud assemblies: manifests with random artifacts (stacks, nested assemblies with odd directoryName values
 * such as "", ".", "..", absolute or long ones, unknown types), templateFile values that are relative, climb out with
 * {@code ../}, are absolute, numbers or objects, nested-stack asset paths, a random tree.json — over a fixed folder
 * that holds links from inside to inside, from inside to outside, a link loop, a link to the assembly itself and (where
 * {@code mkfifo} exists) a FIFO. The loader may only succeed or throw an {@link InputException}, and nothing outside
 * the assembly may be opened: every file it opens is recorded, and a canary template beside the assembly whose
 * resource name and text must never appear in a stack or a message.
 */
class AssemblyReaderFuzzTest {

    private static final String TOKEN = "CanaryToken7f3a";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String TEMPLATE = "{\"Resources\": {\"Vpc\": {\"Type\": \"AWS::EC2::VPC\"}}}";

    private static Layout layout;

    /** The fixed part of the file system: made once, because links and FIFOs cost more than an input should. */
    private record Layout(Path project, Path assembly, Path canary) {
    }

    private static synchronized Layout layout() {
        if (layout == null) {
            try {
                Path work = Files.createTempDirectory("airgap-assembly-fuzz").toRealPath();
                Path project = Files.createDirectories(work.resolve("project"));
                Path assembly = Files.createDirectories(project.resolve("cdk.out"));
                Path canary = work.resolve("canary.json");
                Files.writeString(canary, "{\"Resources\": {\"" + TOKEN + "\": {\"Type\": \"AWS::EC2::VPC\"}}}");
                Files.writeString(project.resolve("beside.json"), TEMPLATE);
                Files.writeString(assembly.resolve("real.template.json"), TEMPLATE);
                Files.createDirectories(assembly.resolve("assembly-A"));
                Files.createDirectories(assembly.resolve("empty"));
                Files.writeString(assembly.resolve("assembly-A/A.template.json"), TEMPLATE);
                Files.createSymbolicLink(assembly.resolve("link-in.json"), assembly.resolve("real.template.json"));
                Files.createSymbolicLink(assembly.resolve("link-out.json"), canary);
                Files.createSymbolicLink(assembly.resolve("link-zero.json"), Path.of("/dev/zero"));
                Files.createSymbolicLink(assembly.resolve("loop.json"), assembly.resolve("loop.json"));
                Files.createSymbolicLink(assembly.resolve("link-self"), assembly);
                Files.createSymbolicLink(assembly.resolve("link-up"), work);
                Files.createSymbolicLink(assembly.resolve("assembly-A/back"), Path.of(".."));
                try {
                    new ProcessBuilder("mkfifo", assembly.resolve("fifo.json").toString()).start().waitFor();
                } catch (IOException noMkfifo) {
                    // the FIFO cases then read "does not exist"
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                layout = new Layout(project, assembly, canary);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(work)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return layout;
    }

    static void load(byte[] bytes) {
        Layout l = layout();
        FuzzBytes in = new FuzzBytes(bytes);
        List<Path> opened = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        try {
            write(l.assembly().resolve("manifest.json"), manifest(in, l, 0));
            write(l.assembly().resolve("assembly-A/manifest.json"), manifest(in, l, 1));
            write(l.assembly().resolve("S.template.json"), template(in, l));
            if (in.flag()) {
                write(l.assembly().resolve("tree.json"), tree(in));
            } else {
                Files.deleteIfExists(l.assembly().resolve("tree.json"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TemplateLoader loader = new TemplateLoader(new TemplateReader(), l.project(), messages::add, messages::add,
                new InputFiles(opened::add), LoadLimits.DEFAULT);
        try {
            for (StackTemplate s : loader.load(List.of(Path.of("cdk.out")))) {
                check(s.file().startsWith("cdk.out/"), "a stack from outside the assembly: " + s.file());
                check(!s.resources().has(TOKEN), "the canary was analysed as " + s.file());
            }
        } catch (InputException expected) {
            messages.add(expected.getMessage());
            check(expected.getMessage() != null && !expected.getMessage().isBlank(), "an empty message");
        }
        for (Path p : opened) {
            check(p.startsWith(l.assembly()), "opened outside the assembly: " + p);
        }
        for (String m : messages) {
            check(!m.contains(TOKEN), "a message quotes the canary: " + m);
            check(m.length() < 2000, "a message of " + m.length() + " characters");
        }
    }

    /** One of the options, or (the last choice) a random text. */
    private static String word(FuzzBytes in, int textMax, String... options) {
        int i = in.pick(options.length + 1);
        return i < options.length ? options[i] : in.text(textMax);
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }

    private static byte[] manifest(FuzzBytes in, Layout l, int depth) {
        if (in.pick(16) == 0) {
            return in.text(40).getBytes(StandardCharsets.UTF_8); // not JSON at all
        }
        ObjectNode artifacts = NODES.objectNode();
        int n = in.pick(5);
        for (int i = 0; i < n; i++) {
            ObjectNode a = NODES.objectNode();
            String type = in.pick(List.of("aws:cloudformation:stack", "aws:cloudformation:stack",
                    "cdk:cloud-assembly", "cdk:asset-manifest", "cdk:tree", "", "-"));
            if (!type.equals("-")) {
                a.put("type", type);
            }
            if (in.pick(8) != 0) {
                ObjectNode props = a.putObject("properties");
                putPath(props, "templateFile", in, l);
                putPath(props, "directoryName", in, l);
                if (in.flag()) {
                    props.put("stackName", word(in, 8, "Net", "Net", "App"));
                }
            }
            if (in.flag()) {
                a.put("environment", word(in, 10, "aws://1/us-east-1", "aws://1/eu-west-1",
                        "aws://unknown-account/unknown-region", "aws://"));
            }
            if (in.flag()) {
                a.put("displayName", word(in, 6, "S", "", "Parent"));
            }
            artifacts.set(word(in, 6, "S", "T", "Stage", "S" + i), a);
        }
        ObjectNode root = NODES.objectNode();
        if (in.pick(16) != 0) {
            root.set("artifacts", artifacts);
        }
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A path value as a manifest could hold it, also the wrong kinds (number, object, null). */
    private static void putPath(ObjectNode props, String key, FuzzBytes in, Layout l) {
        switch (in.pick(24)) {
            case 0 -> { }
            case 1 -> props.put(key, 42);
            case 2 -> props.putObject(key);
            case 3 -> props.putNull(key);
            case 4 -> props.put(key, l.canary().toString());
            case 5 -> props.put(key, l.assembly().toString());
            case 6 -> props.put(key, "x".repeat(300));
            case 7 -> props.put(key, in.text(12));
            default -> props.put(key, in.pick(List.of("S.template.json", "real.template.json", "../canary.json",
                    "../../canary.json", "../beside.json", "/dev/zero", "link-in.json", "link-out.json",
                    "link-zero.json", "loop.json", "fifo.json", "", ".", "..", "assembly-A", "empty", "link-self",
                    "link-up", "link-self/S.template.json", "assembly-A/back", "assembly-A/back/assembly-A",
                    "link-up/canary.json", "missing.json")));
        }
    }

    private static byte[] template(FuzzBytes in, Layout l) {
        ObjectNode resources = NODES.objectNode();
        resources.putObject("Vpc").put("Type", "AWS::EC2::VPC");
        int n = in.pick(3);
        for (int i = 0; i < n; i++) {
            ObjectNode stack = resources.putObject("Nested" + i);
            stack.put("Type", "AWS::CloudFormation::Stack");
            ObjectNode metadata = stack.putObject("Metadata");
            putPath(metadata, "aws:asset:path", in, l);
            if (in.flag()) {
                metadata.put("aws:cdk:path", word(in, 8, "S/Nested.NestedStack/Nested.NestedStackResource",
                        ".NestedStack/"));
            }
        }
        ObjectNode root = NODES.objectNode();
        root.set("Resources", resources);
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] tree(FuzzBytes in) {
        if (in.pick(8) == 0) {
            return in.text(30).getBytes(StandardCharsets.UTF_8);
        }
        ObjectNode root = NODES.objectNode();
        ObjectNode node = root.putObject("tree").put("id", "App").put("path", "");
        int depth = in.pick(6);
        String path = "";
        for (int i = 0; i < depth; i++) {
            path = path.isEmpty() ? in.pick(List.of("S", "Parent", "")) : path + "/" + in.pick(List.of("Vpc", "S"));
            ObjectNode child = node.putObject("children").putObject("c" + i).put("path", path);
            if (in.flag()) {
                child.putObject("constructInfo").put("fqn", in.pick(List.of("aws-cdk-lib.Stack",
                        "aws-cdk-lib.NestedStack", "x")));
            }
            if (in.flag()) {
                child.putObject("attributes").put("aws:cdk:cloudformation:logicalId", in.pick(List.of("Vpc", "X")));
            }
            node = child;
        }
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(Path file, byte[] content) throws IOException {
        Files.write(file, content);
    }

    private static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temporary folder: the system cleans it eventually
        }
    }

    @FuzzTest
    void loadsOrRejectsWithoutLeavingTheAssembly(byte[] bytes) {
        load(bytes);
    }

    @TestFactory
    Stream<DynamicTest> seedsAndSavedInputs() {
        return Stream.concat(Seeds.replay("assembly", AssemblyReaderFuzzTest::load),
                Stream.of(Seeds.random(500, 120, AssemblyReaderFuzzTest::load)));
    }
}
