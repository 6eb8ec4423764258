package dev.airgap.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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

    private static final String NAME_HINT =
            "name a CloudFormation template, a folder of templates or a CDK cloud assembly (cdk.out)";

    private final TemplateReader reader;
    private final Path baseDir;
    private final Path realBaseDir;
    private final Consumer<String> debug;
    private final Consumer<String> warnings;
    private final InputFiles files;
    private final LoadLimits limits;
    private final NestedStacks nestedStacks;

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
        this.reader = reader;
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.realBaseDir = realOrSelf(this.baseDir);
        this.nestedStacks = new NestedStacks(nestedTemplates, this.baseDir, this.realBaseDir, info);
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
        nestedStacks.linkNamedByUrl(session);
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
            FoundStack t = readPlain(real, display(named), true, session);
            session.add(t);
            session.plain.add(t);
            nestedStacks.addLocal(t, nestedStacks.nestRoot(real, named), session);
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
        FolderSearch search = new FolderSearch(root, session);
        try {
            Files.walkFileTree(root.real(), search);
        } catch (IOException e) {
            throw new InputException(SourcePosition.of(display(root.shownAs())), "cannot search the folder ("
                    + e.getClass().getSimpleName() + ")", "check the folder's permissions");
        }
        search.templates.sort(Comparator.comparing(c -> c.shown().toString()));
        for (FolderSearch.Candidate c : search.templates) {
            if (!session.topLevelFiles.add(c.real())) {
                continue;
            }
            try {
                FoundStack t = readPlain(c.real(), display(c.shown()), false, session);
                if (t != null) {
                    session.add(t);
                    session.plain.add(t);
                    nestedStacks.addLocal(t, root, session);
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
