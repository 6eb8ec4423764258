package dev.airgap.template;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Searches one folder without following links into folders (links to folders inside it are searched where they
 * lead anyway). A link to a file counts only when the file is inside the folder; one with a template's name that
 * leads elsewhere is an error, because skipping it would analyse less than the user expects.
 */
final class FolderSearch extends SimpleFileVisitor<Path> {

    private static final Set<String> TEMPLATE_SUFFIXES = Set.of(".json", ".yaml", ".yml", ".template");
    private static final Set<String> SKIPPED_FOLDERS = Set.of("node_modules", "target", ".git");

    /** A template file found by a folder search: where it really is, and where the search found it (a link). */
    record Candidate(Path real, Path shown) {
    }

    private final InputRoot root;
    private final LoadSession session;
    final List<Candidate> templates = new ArrayList<>();
    final List<Path> assemblies = new ArrayList<>();

    FolderSearch(InputRoot root, LoadSession session) {
        this.root = root;
        this.session = session;
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
        String shown = session.display.apply(root.shown(file));
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
            real = session.files.inside(root.real(), link, session.display.apply(root.shownAs()));
        } catch (InputFiles.Refused refused) {
            if (template) {
                throw new InputException(SourcePosition.of(shown), refused.reason() + ": it is not read", "name the file it leads to in <templates>, or put the file itself "
                        + "in the folder");
            }
            if (Files.isDirectory(link)) {
                session.warnings.accept("airgap: " + shown + ": a link to a folder outside " + session.display.apply(root.shownAs())
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
        throw new InputException(SourcePosition.of(session.display.apply(root.shown(file))), "cannot be read ("
                + e.getClass().getSimpleName() + ")", "check the permissions");
    }

    private static boolean skippedName(String name) {
        return SKIPPED_FOLDERS.contains(name) || (name.startsWith(".") && name.length() > 1);
    }

    private static boolean hasTemplateSuffix(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return TEMPLATE_SUFFIXES.stream().anyMatch(name::endsWith);
    }
}
