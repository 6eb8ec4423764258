package dev.airgap.template;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What one {@link TemplateLoader#load} call shares between the folder search and the cloud-assembly reader: the
 * stacks found so far, the files and assemblies already read, and the run's budget ({@link LoadLimits}).
 */
final class LoadSession {

    final TemplateReader reader;
    final InputFiles files;
    final LoadLimits limits;
    final Function<Path, String> display;
    final Consumer<String> debug;
    final Consumer<String> warnings;

    final List<FoundStack> stacks = new ArrayList<>();
    /** Real paths of templates read as top-level stacks: a file two inputs lead to is one stack, not two. */
    final Set<Path> topLevelFiles = new HashSet<>();
    /** The stacks read from plain templates (not from a cloud assembly): those whose TemplateURLs are linked here. */
    final Set<FoundStack> plain = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Real paths of the cloud assemblies read: one reached again is a cycle. */
    final Set<Path> assemblies = new HashSet<>();

    /** What the templates read so far say that deserves fixing, in the order read (each file's together). */
    final List<ReadWarning> readWarnings = new ArrayList<>();
    /** The inputs that could not be read: the run goes on to the next one, so that all are reported at once. */
    final List<InputException> problems = new ArrayList<>();

    private final Map<Path, Parsed> parsed = new HashMap<>();
    private long totalBytes;

    private record Parsed(MapNode root, int bytes) {
    }

    LoadSession(TemplateReader reader, InputFiles files, LoadLimits limits, Function<Path, String> display,
                Consumer<String> debug, Consumer<String> warnings) {
        this.reader = reader;
        this.files = files;
        this.limits = limits;
        this.display = display;
        this.debug = debug;
        this.warnings = warnings;
    }

    /** A template's root map; a file read before (two artifacts sharing it) is not read again. */
    MapNode template(Path real, String shown) {
        return parsed.computeIfAbsent(real, r -> {
            byte[] bytes = files.read(r, shown, reader.limits().maxBytes());
            return new Parsed(reader.read(shown, bytes, readWarnings::add), bytes.length);
        }).root();
    }

    /**
     * Records that an input cannot be read; a budget of the whole run ({@link RunLimit}) ends the run at once, since
     * every later input would break it again. A problem met twice (a file two inputs lead to) is listed once.
     */
    void problem(InputException e) {
        if (e instanceof RunLimit) {
            throw e;
        }
        if (problems.stream().noneMatch(p -> p.getMessage().equals(e.getMessage()))) {
            problems.add(e);
        }
    }

    /** A budget of the whole run is exceeded: not a problem of one input. */
    static final class RunLimit extends InputException {

        private static final long serialVersionUID = 1L;

        RunLimit(SourcePosition position, String problem, String hint) {
            super(position, problem, hint);
        }
    }

    /** Adds a stack to the run, within the run's budget of stacks and template bytes. */
    void add(FoundStack stack) {
        if (stacks.size() >= limits.stacks()) {
            throw new RunLimit(SourcePosition.of(stack.file()), "the run would analyse more than "
                    + limits.stacks() + " stacks", "name fewer inputs; a cloud assembly or folder this large is "
                    + "probably generated wrongly or hostile");
        }
        totalBytes += parsed.get(stack.realFile()).bytes();
        if (totalBytes > limits.totalBytes()) {
            throw new RunLimit(SourcePosition.of(stack.file()), "the templates of the run add up to more than "
                    + limits.totalBytes() + " bytes (a template backing several stacks counts for each)",
                    "name fewer inputs; check that no manifest makes many stacks of one large template");
        }
        stacks.add(stack);
    }
}
