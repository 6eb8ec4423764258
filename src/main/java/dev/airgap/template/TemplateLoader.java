package dev.airgap.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Turns what the user names (template files, folders of templates, CDK cloud assemblies) into the stacks of one run.
 * A folder with a {@code manifest.json} is a cloud assembly; any other folder is searched for templates. Nested stacks
 * whose template is a local file are loaded as stacks of their own, linked to their parent. Output order is
 * deterministic: inputs in the order given, folder contents sorted by path.
 */
public final class TemplateLoader {

    private static final Set<String> TEMPLATE_SUFFIXES = Set.of(".json", ".yaml", ".yml", ".template");
    private static final Set<String> SKIPPED_FOLDERS = Set.of("node_modules", "target", ".git");

    private final TemplateReader reader;
    private final Path baseDir;
    private final Consumer<String> debug;

    /**
     * @param reader  the reader to parse templates with
     * @param baseDir files are named relative to it in results and messages (the project's base directory)
     * @param debug   receives one line per file skipped while searching folders
     */
    public TemplateLoader(TemplateReader reader, Path baseDir, Consumer<String> debug) {
        this.reader = reader;
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.debug = debug;
    }

    public List<StackTemplate> load(List<Path> inputs) {
        List<StackTemplate> out = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path input : inputs) {
            Path abs = baseDir.resolve(input).toAbsolutePath().normalize();
            if (!Files.exists(abs)) {
                throw new InputException(SourcePosition.of(display(abs)), "no such file or folder",
                        "check the <templates> configuration (or -Dairgap.templates)");
            }
            if (Files.isDirectory(abs)) {
                loadFolder(abs, out, seen);
            } else if (seen.add(abs)) {
                StackTemplate t = readPlain(abs, true);
                out.add(t);
                addLocalNestedStacks(t, abs, out, seen);
            }
        }
        return uniqueNames(withoutStandaloneCopiesOfNested(out));
    }

    /** A local nested-stack template that a folder search also found on its own is analysed as the nested stack only. */
    private static List<StackTemplate> withoutStandaloneCopiesOfNested(List<StackTemplate> stacks) {
        Set<String> nestedFiles = new HashSet<>();
        for (StackTemplate s : stacks) {
            if (s.nested()) {
                nestedFiles.add(s.file());
            }
        }
        return stacks.stream().filter(s -> s.nested() || !nestedFiles.contains(s.file())).toList();
    }

    private void loadFolder(Path folder, List<StackTemplate> out, Set<Path> seen) {
        if (Files.isRegularFile(folder.resolve("manifest.json"))) {
            new CloudAssemblyReader(reader, this::display).read(folder, out, seen);
            return;
        }
        List<Path> files;
        List<Path> assemblies = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> !inSkippedFolder(folder, p))
                    .filter(p -> {
                        if (Files.isDirectory(p) && !p.equals(folder)
                                && Files.isRegularFile(p.resolve("manifest.json"))) {
                            assemblies.add(p);
                        }
                        return Files.isRegularFile(p) && hasTemplateSuffix(p);
                    })
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new InputException(SourcePosition.of(display(folder)), "cannot list the folder: " + e.getMessage(), "");
        }
        assemblies.sort(Comparator.comparing(Path::toString));
        for (Path file : files) {
            if (assemblies.stream().anyMatch(file::startsWith) || seen.contains(file)) {
                continue;
            }
            StackTemplate t = readPlain(file, false);
            if (t != null) {
                seen.add(file);
                out.add(t);
                addLocalNestedStacks(t, file, out, seen);
            }
        }
        for (Path assembly : assemblies) {
            if (assemblies.stream().noneMatch(a -> !a.equals(assembly) && assembly.startsWith(a))) {
                new CloudAssemblyReader(reader, this::display).read(assembly, out, seen);
            }
        }
    }

    private static boolean inSkippedFolder(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            String name = part.toString();
            if (SKIPPED_FOLDERS.contains(name) || (name.startsWith(".") && name.length() > 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTemplateSuffix(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return TEMPLATE_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    /** Reads a file that is not part of a cloud assembly; null when found by search and not a template. */
    private StackTemplate readPlain(Path file, boolean named) {
        String shown = display(file);
        MapNode root = reader.read(shown, readBytes(file, shown));
        if (!(root.get("Resources") instanceof MapNode)) {
            if (named) {
                throw new InputException(root.position(), "not a CloudFormation template: it has no Resources map",
                        "name a CloudFormation template, a folder of templates or a CDK cloud assembly (cdk.out)");
            }
            debug.accept("airgap: skipping " + shown + ": not a CloudFormation template (no Resources)");
            return null;
        }
        return new StackTemplate(stackName(file), shown, root, null, null, Map.of(), null, null);
    }

    /** Hand-written nested stacks whose {@code TemplateURL} is a relative path to a local file. */
    private void addLocalNestedStacks(StackTemplate parent, Path parentFile, List<StackTemplate> out, Set<Path> seen) {
        for (Map.Entry<String, Node> e : parent.resources().entries().entrySet()) {
            if (!(e.getValue() instanceof MapNode res) || !"AWS::CloudFormation::Stack".equals(res.text("Type").orElse(""))) {
                continue;
            }
            String url = res.map("Properties").flatMap(p -> p.text("TemplateURL")).orElse(null);
            if (url == null || url.contains("://") || url.startsWith("/")) {
                continue;
            }
            Path child = parentFile.getParent().resolve(url).normalize();
            if (!Files.isRegularFile(child)) {
                continue;
            }
            String shown = display(child);
            MapNode root = reader.read(shown, readBytes(child, shown));
            StackTemplate nested = new StackTemplate(parent.name() + "/" + e.getKey(), shown, root, parent.region(),
                    parent.account(), Map.of(), parent.name(), e.getKey());
            out.add(nested);
            addLocalNestedStacks(nested, child, out, seen);
        }
    }

    static byte[] readBytes(Path file, String shown) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(SourcePosition.of(shown), "cannot be read: " + e.getMessage(),
                    "check the file's permissions");
        }
    }

    private static String stackName(Path file) {
        String name = file.getFileName().toString();
        for (String suffix : List.of(".template.json", ".template.yaml", ".template.yml", ".json", ".yaml", ".yml",
                ".template")) {
            if (name.toLowerCase(Locale.ROOT).endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    /** Two plain templates with the same base name in different folders get their file names as stack names. */
    private static List<StackTemplate> uniqueNames(List<StackTemplate> stacks) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (StackTemplate s : stacks) {
            counts.merge(s.name(), 1, Integer::sum);
        }
        if (counts.values().stream().allMatch(c -> c == 1)) {
            return stacks;
        }
        List<StackTemplate> out = new ArrayList<>();
        for (StackTemplate s : stacks) {
            boolean clash = counts.get(s.name()) > 1 && s.parent() == null;
            out.add(clash ? new StackTemplate(s.file(), s.file(), s.root(), s.region(), s.account(),
                    s.constructPaths(), s.parent(), s.parentLogicalId()) : s);
        }
        return out;
    }

    String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(baseDir) && !abs.equals(baseDir) ? baseDir.relativize(abs).toString() : abs.toString();
    }
}
