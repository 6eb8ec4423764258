package dev.airgap.template;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns what the user names (template files, folders of templates, CDK cloud assemblies) into the stacks of one run.
 * A folder with a {@code manifest.json} is a cloud assembly; any other folder is searched for templates. Nested stacks
 * whose template is a local file are loaded as stacks of their own, linked to their parent: a relative
 * {@code TemplateURL}, or one in S3 that {@code <nestedTemplates>} maps to a file or whose file name exactly one
 * plain template of the run has. Output order is deterministic: inputs in the order given, folder contents sorted by
 * path, each nested stack after its parent. An input that cannot be read does not stop the others from being read:
 * all problems are reported together.
 *
 * <p>What the user names is trusted as given (it may be a link, or lie outside the project); what is found through it
 * stays inside it, after normalisation and symbolic links: a searched folder's files inside that folder, a cloud
 * assembly's files inside the assembly, the nested stacks of a named file inside the project's base directory (or
 * the file's own folder when the file lies outside the project). Every file is read through {@link InputFiles}:
 * regular files only, bounded.
 */
public final class TemplateLoader {

    private static final Set<String> TEMPLATE_SUFFIXES = Set.of(".json", ".yaml", ".yml", ".template");
    private static final Set<String> SKIPPED_FOLDERS = Set.of("node_modules", "target", ".git");
    private static final String NAME_HINT =
            "name a CloudFormation template, a folder of templates or a CDK cloud assembly (cdk.out)";

    private final TemplateReader reader;
    private final Path baseDir;
    private final Path realBaseDir;
    private final Consumer<String> debug;
    private final Consumer<String> warnings;
    private final InputFiles files;
    private final LoadLimits limits;
    private final NestedTemplates nestedTemplates;
    private final Consumer<String> info;

    /**
     * @param reader  the reader to parse templates with
     * @param baseDir files are named relative to it in results and messages (the project's base directory)
     * @param debug   receives one line per file skipped while searching folders
     */
    public TemplateLoader(TemplateReader reader, Path baseDir, Consumer<String> debug) {
        this(reader, baseDir, debug, debug);
    }

    /** @param warnings receives what the user should see: links not followed, an input that gave no template */
    public TemplateLoader(TemplateReader reader, Path baseDir, Consumer<String> debug, Consumer<String> warnings) {
        this(reader, baseDir, debug, warnings, InputFiles.standard(), LoadLimits.DEFAULT);
    }

    /** @param files how files are read (tests observe every file opened) */
    public TemplateLoader(TemplateReader reader, Path baseDir, Consumer<String> debug, Consumer<String> warnings,
                          InputFiles files, LoadLimits limits) {
        this(reader, baseDir, debug, warnings, files, limits, NestedTemplates.NONE, debug);
    }

    /**
     * @param nestedTemplates the local files of nested stacks named by S3 URL
     * @param info            receives what the user may want to know (a nested stack linked by its URL's file name)
     */
    public TemplateLoader(TemplateReader reader, Path baseDir, Consumer<String> debug, Consumer<String> warnings,
                          InputFiles files, LoadLimits limits, NestedTemplates nestedTemplates, Consumer<String> info) {
        this.nestedTemplates = nestedTemplates;
        this.info = info;
        this.reader = reader;
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.realBaseDir = realOrSelf(this.baseDir);
        this.debug = debug;
        this.warnings = warnings;
        this.files = files;
        this.limits = limits;
    }

    /** The stacks of a run and what their templates say that deserves fixing. */
    public record Loaded(List<StackTemplate> stacks, List<ReadWarning> warnings) {

        public Loaded {
            stacks = List.copyOf(stacks);
            warnings = List.copyOf(warnings);
        }
    }

    /** As {@link #loadRun}, the stacks only. */
    public List<StackTemplate> load(List<Path> inputs) {
        return loadRun(inputs).stacks();
    }

    /**
     * Loads every input, going on after one that cannot be read so that all problems are reported at once; logs the
     * templates' warnings grouped per template.
     *
     * @throws InputException when an input cannot be read (an {@link InputProblems} when several cannot), when
     *                        something found through it leads outside it, and when inputs were named but none of
     *                        them gave a template
     */
    public Loaded loadRun(List<Path> inputs) {
        LoadSession session = new LoadSession(reader, files, limits, this::display, debug, warnings);
        List<String> gaveNothing = new ArrayList<>();
        for (Path input : inputs) {
            Path named = baseDir.resolve(input).toAbsolutePath().normalize();
            int before = session.stacks.size();
            int problemsBefore = session.problems.size();
            try {
                loadInput(named, session);
            } catch (InputException e) {
                session.problem(e);
            }
            if (session.stacks.size() == before && session.problems.size() == problemsBefore) {
                gaveNothing.add(display(named));
            }
        }
        linkNestedStacksNamedByUrl(session);
        logWarnings(session.readWarnings);
        if (session.problems.size() == 1) {
            throw session.problems.get(0);
        }
        if (!session.problems.isEmpty()) {
            throw new InputProblems(session.problems);
        }
        if (!inputs.isEmpty() && session.stacks.isEmpty()) {
            throw new InputException(SourcePosition.of(gaveNothing.get(0)), "no CloudFormation template found",
                    NAME_HINT + "; run cdk synth first when it is an assembly");
        }
        for (String input : gaveNothing) {
            warnings.accept("airgap: " + input + ": no CloudFormation template found besides those of other inputs");
        }
        return new Loaded(names(withoutStandaloneCopiesOfNested(session.stacks)), session.readWarnings);
    }

    /** One heading per template, then its warnings, in the order read. */
    private void logWarnings(List<ReadWarning> all) {
        Map<String, List<ReadWarning>> byFile = new LinkedHashMap<>();
        for (ReadWarning w : all) {
            byFile.computeIfAbsent(w.position().file(), f -> new ArrayList<>()).add(w);
        }
        byFile.forEach((file, ws) -> {
            warnings.accept("airgap: " + file + ": " + ws.size() + (ws.size() == 1 ? " warning" : " warnings"));
            ws.forEach(w -> warnings.accept("airgap:   " + w));
        });
    }

    private void loadInput(Path named, LoadSession session) {
        Path real;
        try {
            real = named.toRealPath();
        } catch (NoSuchFileException e) {
            throw new InputException(SourcePosition.of(display(named)), "no such file or folder",
                    "check the <templates> configuration (or -Dairgap.templates)");
        } catch (IOException e) {
            throw new InputException(SourcePosition.of(display(named)), "cannot be read ("
                    + e.getClass().getSimpleName() + ")", "check the file's permissions");
        }
        if (Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
            loadFolder(new InputRoot(real, named), session);
        } else if (session.topLevelFiles.add(real)) {
            // A named file's hand-written nested stacks may come from anywhere in the project, as for
            // `aws cloudformation package`; a file outside the project keeps them in its own folder.
            InputRoot nestRoot = real.startsWith(realBaseDir)
                    ? new InputRoot(realBaseDir, baseDir) : new InputRoot(real.getParent(), named.getParent());
            FoundStack t = readPlain(real, display(named), true, session);
            session.add(t);
            session.plain.add(t);
            addLocalNestedStacks(t, nestRoot, session);
        }
    }

    /**
     * A local nested-stack template that a folder search also found on its own is analysed as the nested stack only
     * (and so are the stacks nested in that standalone copy).
     */
    private static List<FoundStack> withoutStandaloneCopiesOfNested(List<FoundStack> stacks) {
        Set<Path> nestedFiles = new HashSet<>();
        for (FoundStack s : stacks) {
            if (s.nested()) {
                nestedFiles.add(s.realFile());
            }
        }
        Set<FoundStack> dropped = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<FoundStack> out = new ArrayList<>();
        for (FoundStack s : stacks) {
            if (s.nested() ? dropped.contains(s.parent()) : nestedFiles.contains(s.realFile())) {
                dropped.add(s);
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private void loadFolder(InputRoot root, LoadSession session) {
        if (Files.exists(root.real().resolve("manifest.json"), LinkOption.NOFOLLOW_LINKS)) {
            new CloudAssemblyReader(session).read(root);
            return;
        }
        FolderSearch search = new FolderSearch(root);
        try {
            Files.walkFileTree(root.real(), search);
        } catch (IOException e) {
            throw new InputException(SourcePosition.of(display(root.shownAs())), "cannot search the folder ("
                    + e.getClass().getSimpleName() + ")", "check the folder's permissions");
        }
        search.templates.sort(Comparator.comparing(c -> c.shown().toString()));
        for (Candidate c : search.templates) {
            if (!session.topLevelFiles.add(c.real())) {
                continue;
            }
            try {
                FoundStack t = readPlain(c.real(), display(c.shown()), false, session);
                if (t != null) {
                    session.add(t);
                    session.plain.add(t);
                    addLocalNestedStacks(t, root, session);
                }
            } catch (InputException e) {
                session.problem(e);
            }
        }
        search.assemblies.sort(Comparator.naturalOrder());
        for (Path assembly : search.assemblies) {
            new CloudAssemblyReader(session).read(new InputRoot(assembly, root.shown(assembly)));
        }
    }

    /** A template file found by a folder search: where it really is, and where the search found it (a link). */
    private record Candidate(Path real, Path shown) {
    }

    /**
     * Searches one folder without following links into folders (links to folders inside it are searched where they
     * lead anyway). A link to a file counts only when the file is inside the folder; one with a template's name that
     * leads elsewhere is an error, because skipping it would analyse less than the user expects.
     */
    private final class FolderSearch extends SimpleFileVisitor<Path> {

        private final InputRoot root;
        final List<Candidate> templates = new ArrayList<>();
        final List<Path> assemblies = new ArrayList<>();

        FolderSearch(InputRoot root) {
            this.root = root;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (dir.equals(root.real())) {
                return FileVisitResult.CONTINUE;
            }
            if (skippedName(dir.getFileName().toString())) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            if (Files.exists(dir.resolve("manifest.json"), LinkOption.NOFOLLOW_LINKS)) {
                assemblies.add(dir);
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String name = file.getFileName().toString();
            if (name.startsWith(".") && name.length() > 1) {
                return FileVisitResult.CONTINUE;
            }
            boolean template = hasTemplateSuffix(name);
            String shown = display(root.shown(file));
            if (attrs.isRegularFile()) {
                if (template) {
                    templates.add(new Candidate(file, root.shown(file)));
                }
            } else if (attrs.isSymbolicLink()) {
                link(file, shown, template);
            } else if (template) {
                throw new InputException(SourcePosition.of(shown), "is " + InputFiles.kind(attrs)
                        + ", not a regular file: it is not read", "remove it from the folder");
            }
            return FileVisitResult.CONTINUE;
        }

        private void link(Path link, String shown, boolean template) {
            Path real;
            try {
                real = files.inside(root.real(), link, display(root.shownAs()));
            } catch (InputFiles.Refused refused) {
                if (template) {
                    throw new InputException(SourcePosition.of(shown), refused.reason() + ": it is not read", "name the file it leads to in <templates>, or put the file itself "
                            + "in the folder");
                }
                if (Files.isDirectory(link)) {
                    warnings.accept("airgap: " + shown + ": a link to a folder outside " + display(root.shownAs())
                            + " is not searched; name that folder in <templates> to analyse it");
                }
                return;
            }
            if (template && !Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
                InputFiles.regularFile(real, shown);
                templates.add(new Candidate(real, root.shown(link)));
            }
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            throw new InputException(SourcePosition.of(display(root.shown(file))), "cannot be read ("
                    + e.getClass().getSimpleName() + ")", "check the permissions");
        }
    }

    private static boolean skippedName(String name) {
        return SKIPPED_FOLDERS.contains(name) || (name.startsWith(".") && name.length() > 1);
    }

    private static boolean hasTemplateSuffix(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return TEMPLATE_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    /** Reads a file that is not part of a cloud assembly; null when found by search and not a template. */
    private FoundStack readPlain(Path real, String shown, boolean named, LoadSession session) {
        MapNode root = session.template(real, shown);
        if (!(root.get("Resources") instanceof MapNode)) {
            if (named) {
                throw new InputException(root.position(), "not a CloudFormation template: it has no Resources map",
                        NAME_HINT);
            }
            debug.accept("airgap: skipping " + shown + ": not a CloudFormation template (no Resources)");
            return null;
        }
        return new FoundStack(stackName(Path.of(shown).getFileName().toString()), shown, real, root, null, null,
                Map.of(), null, null);
    }

    /** Hand-written nested stacks whose {@code TemplateURL} is a path to a local file. */
    private void addLocalNestedStacks(FoundStack parent, InputRoot root, LoadSession session) {
        for (Map.Entry<String, Node> e : parent.root().map("Resources").map(MapNode::entries).orElse(Map.of())
                .entrySet()) {
            if (!(e.getValue() instanceof MapNode res)
                    || !"AWS::CloudFormation::Stack".equals(res.text("Type").orElse(""))) {
                continue;
            }
            Node urlNode = res.map("Properties").map(p -> p.get("TemplateURL")).orElse(null);
            if (!(urlNode instanceof ScalarNode s) || s.kind() != ScalarNode.Kind.STRING || s.value().contains("://")
                    || s.value().isBlank()) {
                continue; // in S3 or computed: analysed as a stack the run does not see
            }
            String what = "the TemplateURL '" + Excerpt.of(s.value()) + "' of nested stack " + Excerpt.of(e.getKey());
            Path named;
            Path child;
            try {
                named = parent.realFile().getParent().resolve(s.value()).normalize();
                child = files.inside(root.real(), named, display(root.shownAs()));
            } catch (InvalidPathException invalid) {
                throw new InputException(s.position(), what + " is not a file path", "fix the TemplateURL");
            } catch (InputFiles.Refused refused) {
                if (refused.missing()) {
                    warnings.accept("airgap: " + s.position() + ": " + what + " names no file; the nested stack "
                            + "is analysed as one the run does not see");
                    continue;
                }
                throw new InputException(s.position(), what + " " + refused.reason(), "keep nested templates inside "
                        + display(root.shownAs()) + ", or name the folder holding both in <templates>");
            }
            if (parent.isOrDescendsFrom(child)) {
                throw new InputException(s.position(), what + " is the template of the stack itself or of one of "
                        + "its parents (a cycle)", "CloudFormation cannot deploy a stack that contains itself");
            }
            if (parent.depth() + 1 > limits.nestedStackDepth()) {
                throw new InputException(s.position(), what + " nests stacks deeper than "
                        + limits.nestedStackDepth() + " levels", "flatten the nesting");
            }
            String shown = display(root.shown(named));
            FoundStack nested = new FoundStack(e.getKey(), shown, child, session.template(child, shown),
                    parent.region(), parent.account(), Map.of(), parent, e.getKey());
            session.add(nested);
            session.plain.add(nested);
            addLocalNestedStacks(nested, root, session);
        }
    }

    /**
     * Nested stacks whose {@code TemplateURL} is in S3 (as {@code aws cloudformation package} writes it) and whose
     * template is a local file: the one {@code <nestedTemplates>} maps the URL to, or else the one template of the run
     * with the URL's file name. Such a child is analysed as the nested stack (its standalone copy is dropped), with
     * the parent's parameters. With no such file, or several, it stays a stack the run does not see: fail closed.
     */
    private void linkNestedStacksNamedByUrl(LoadSession session) {
        int before = session.stacks.size();
        // The list grows as children join it, so that their own children are linked too.
        for (int i = 0; i < session.stacks.size(); i++) {
            FoundStack parent = session.stacks.get(i);
            if (!session.plain.contains(parent)) {
                continue;
            }
            try {
                linkUrlChildren(parent, session);
            } catch (InputException e) {
                session.problem(e);
            }
        }
        if (session.stacks.size() > before) {
            // Each child right after its parent, as local nested stacks are.
            List<FoundStack> ordered = new ArrayList<>();
            session.stacks.stream().filter(s -> !s.nested()).forEach(s -> preorder(s, session.stacks, ordered));
            session.stacks.clear();
            session.stacks.addAll(ordered);
        }
    }

    private static void preorder(FoundStack stack, List<FoundStack> all, List<FoundStack> out) {
        out.add(stack);
        all.stream().filter(s -> s.parent() == stack).forEach(s -> preorder(s, all, out));
    }

    private void linkUrlChildren(FoundStack parent, LoadSession session) {
        for (Map.Entry<String, Node> e : parent.root().map("Resources").map(MapNode::entries).orElse(Map.of())
                .entrySet()) {
            if (!(e.getValue() instanceof MapNode res)
                    || !"AWS::CloudFormation::Stack".equals(res.text("Type").orElse(""))
                    || linked(parent, e.getKey(), session)) {
                continue;
            }
            Node urlNode = res.map("Properties").map(p -> p.get("TemplateURL")).orElse(null);
            TemplateUrl url = TemplateUrl.of(urlNode);
            if (url == null) {
                continue;
            }
            String what = "nested stack " + Excerpt.of(e.getKey()) + " (TemplateURL '" + Excerpt.of(url.written())
                    + "')";
            Path child = nestedTemplates.match(url.written()).map(entry -> configured(entry, urlNode, what))
                    .orElseGet(() -> byFileName(parent, url, urlNode, what, session));
            if (child == null) {
                continue;
            }
            if (parent.isOrDescendsFrom(child)) {
                throw new InputException(urlNode.position(), what + " is the template of the stack itself or of one "
                        + "of its parents (a cycle)", "CloudFormation cannot deploy a stack that contains itself");
            }
            if (parent.depth() + 1 > limits.nestedStackDepth()) {
                throw new InputException(urlNode.position(), what + " nests stacks deeper than "
                        + limits.nestedStackDepth() + " levels", "flatten the nesting");
            }
            String shown = display(child);
            MapNode template = session.template(child, shown);
            if (!(template.get("Resources") instanceof MapNode)) {
                throw new InputException(template.position(), "the template of " + what
                        + " is not a CloudFormation template: it has no Resources map", "check <nestedTemplates>");
            }
            FoundStack nested = new FoundStack(e.getKey(), shown, child, template, parent.region(), parent.account(),
                    Map.of(), parent, e.getKey());
            session.add(nested);
            session.plain.add(nested);
            addLocalNestedStacks(nested, nestRoot(child), session);
        }
    }

    private static boolean linked(FoundStack parent, String logicalId, LoadSession session) {
        return session.stacks.stream().anyMatch(s -> s.parent() == parent && logicalId.equals(s.parentLogicalId()));
    }

    /** The file a {@code <nestedTemplates>} entry names: the user's, so trusted wherever it is. */
    private Path configured(NestedTemplates.Entry entry, Node urlNode, String what) {
        Path named = baseDir.resolve(entry.file()).toAbsolutePath().normalize();
        try {
            Path real = named.toRealPath();
            InputFiles.regularFile(real, display(named));
            info.accept("airgap: " + urlNode.position() + ": " + what + " is analysed with " + display(named)
                    + " (<nestedTemplates>)");
            return real;
        } catch (IOException ex) {
            throw new InputException(urlNode.position(), what + ": the <nestedTemplates> entry '"
                    + Excerpt.of(entry.written()) + "' names " + display(named) + ", which cannot be read ("
                    + ex.getClass().getSimpleName() + ")", "correct the entry's local file");
        }
    }

    /**
     * The one plain template of the run with the URL's file name, or null when there is none or several. Several is
     * a warning (the user has the file but must say which); none is the common case of a child that really lives
     * in S3 only, so it is a debug line, and the verdicts it touches say that its template is not in the run.
     */
    private Path byFileName(FoundStack parent, TemplateUrl url, Node urlNode, String what, LoadSession session) {
        String fix = "; it is analysed as a stack the run does not see: map the URL to its local file with "
                + "<nestedTemplates> (-Dairgap.nestedTemplates=URL-or-glob=file)";
        if (url.fileName() == null) {
            debug.accept("airgap: " + urlNode.position() + ": " + what + " has a computed file name" + fix);
            return null;
        }
        List<Path> candidates = session.stacks.stream().filter(session.plain::contains)
                .filter(s -> url.fileName().equals(Path.of(s.file()).getFileName().toString()))
                .map(FoundStack::realFile).filter(f -> !parent.isOrDescendsFrom(f)).distinct().toList();
        if (candidates.isEmpty()) {
            debug.accept("airgap: " + urlNode.position() + ": " + what + ": no template of the run is named "
                    + Excerpt.of(url.fileName()) + fix);
            return null;
        }
        if (candidates.size() > 1) {
            warnings.accept("airgap: " + urlNode.position() + ": " + what + ": " + candidates.size()
                    + " templates of the run are named " + Excerpt.of(url.fileName()) + fix);
            return null;
        }
        info.accept("airgap: " + urlNode.position() + ": " + what + " is analysed with " + display(candidates.get(0))
                + ", the one template of the run of that name (set <nestedTemplates> to choose another)");
        return candidates.get(0);
    }

    /** Where the local nested stacks of a file the user named (or chose) may come from, as for a named file. */
    private InputRoot nestRoot(Path real) {
        return real.startsWith(realBaseDir) ? new InputRoot(realBaseDir, baseDir)
                : new InputRoot(real.getParent(), real.getParent());
    }

    private static String stackName(String name) {
        for (String suffix : List.of(".template.json", ".template.yaml", ".template.yml", ".json", ".yaml", ".yml",
                ".template")) {
            if (name.toLowerCase(Locale.ROOT).endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    /**
     * Settles the stack names: two top-level stacks asking for one name (plain templates with the same base name in
     * different folders, two artifacts of one stack name in different environments) get their file names; if those
     * clash too (two artifacts sharing a template), a number. A nested stack is {@code parentName/logicalId}.
     */
    private static List<StackTemplate> names(List<FoundStack> stacks) {
        Map<String, Integer> counts = new HashMap<>();
        for (FoundStack s : stacks) {
            if (!s.nested()) {
                counts.merge(s.name(), 1, Integer::sum);
            }
        }
        Map<FoundStack, String> names = new IdentityHashMap<>();
        Set<String> used = new HashSet<>();
        Map<String, Integer> suffixes = new LinkedHashMap<>();
        List<StackTemplate> out = new ArrayList<>();
        for (FoundStack s : stacks) {
            String wanted = s.nested() ? names.get(s.parent()) + "/" + s.parentLogicalId()
                    : counts.get(s.name()) > 1 ? s.file() : s.name();
            String name = wanted;
            while (!used.add(name)) {
                name = wanted + " #" + suffixes.merge(wanted, 2, (a, b) -> a + 1);
            }
            names.put(s, name);
            out.add(new StackTemplate(name, s.file(), s.root(), s.region(), s.account(), s.constructPaths(),
                    s.nested() ? names.get(s.parent()) : null, s.parentLogicalId()));
        }
        return out;
    }

    String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        for (Path base : List.of(baseDir, realBaseDir)) {
            if (abs.startsWith(base) && !abs.equals(base)) {
                return base.relativize(abs).toString();
            }
        }
        return abs.toString();
    }

    private static Path realOrSelf(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p;
        }
    }
}
