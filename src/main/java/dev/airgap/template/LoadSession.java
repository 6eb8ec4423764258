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
    /** Real paths of the cloud assemblies read: one reached again is a cycle. */
    final Set<Path> assemblies = new HashSet<>();

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
            return new Parsed(reader.read(shown, bytes), bytes.length);
        }).root();
    }

    /** Adds a stack to the run, within the run's budget of stacks and template bytes. */
    void add(FoundStack stack) {
        if (stacks.size() >= limits.stacks()) {
            throw new InputException(SourcePosition.of(stack.file()), "the run would analyse more than "
                    + limits.stacks() + " stacks", "name fewer inputs; a cloud assembly or folder this large is "
                    + "probably generated wrongly or hostile");
        }
        totalBytes += parsed.get(stack.realFile()).bytes();
        if (totalBytes > limits.totalBytes()) {
            throw new InputException(SourcePosition.of(stack.file()), "the templates of the run add up to more than "
                    + limits.totalBytes() + " bytes (a template backing several stacks counts for each)",
                    "name fewer inputs; check that no manifest makes many stacks of one large template");
        }
        stacks.add(stack);
    }
}
