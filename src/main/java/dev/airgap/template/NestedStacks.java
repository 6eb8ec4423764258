package dev.airgap.template;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Links nested stacks to the local files of their templates: a relative {@code TemplateURL}, or one in S3 that
 * {@code <nestedTemplates>} maps to a file or whose file name exactly one plain template of the run has. What a named
 * file nests stays inside the project's base directory (or the file's own folder when it lies outside the project).
 *
 * @param nestedTemplates the user's mapping of S3 URLs to local files
 * @param baseDir         the project's base directory, as given and normalised
 * @param realBaseDir     the same after symbolic links
 * @param info            receives what the user may want to know (a nested stack linked by its URL's file name)
 */
record NestedStacks(NestedTemplates nestedTemplates, Path baseDir, Path realBaseDir, Consumer<String> info) {

    /** Hand-written nested stacks whose {@code TemplateURL} is a path to a local file. */
    void addLocal(FoundStack parent, InputRoot root, LoadSession session) {
        for (Map.Entry<String, MapNode> e : parent.nestedStackResources().entrySet()) {
            MapNode res = e.getValue();
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
                child = session.files.inside(root.real(), named, session.display.apply(root.shownAs()));
            } catch (InvalidPathException invalid) {
                throw new InputException(s.position(), what + " is not a file path", "fix the TemplateURL");
            } catch (InputFiles.Refused refused) {
                if (refused.missing()) {
                    session.warnings.accept("airgap: " + s.position() + ": " + what + " names no file; the nested stack "
                            + "is analysed as one the run does not see");
                    continue;
                }
                throw new InputException(s.position(), what + " " + refused.reason(), "keep nested templates inside "
                        + session.display.apply(root.shownAs()) + ", or name the folder holding both in <templates>");
            }
            checkNesting(parent, child, s.position(), what, session);
            String shown = session.display.apply(root.shown(named));
            join(parent, e.getKey(), shown, child, session.template(child, shown), root, session);
        }
    }

    /**
     * Nested stacks whose {@code TemplateURL} is in S3 (as {@code aws cloudformation package} writes it) and whose
     * template is a local file: the one {@code <nestedTemplates>} maps the URL to, or else the one template of the run
     * with the URL's file name. Such a child is analysed as the nested stack (its standalone copy is dropped), with
     * the parent's parameters. With no such file, or several, it stays a stack the run does not see: fail closed.
     */
    void linkNamedByUrl(LoadSession session) {
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
        for (Map.Entry<String, MapNode> e : parent.nestedStackResources().entrySet()) {
            MapNode res = e.getValue();
            if (linked(parent, e.getKey(), session)) {
                continue;
            }
            Node urlNode = res.map("Properties").map(p -> p.get("TemplateURL")).orElse(null);
            TemplateUrl url = TemplateUrl.of(urlNode);
            if (url == null) {
                continue;
            }
            String what = "nested stack " + Excerpt.of(e.getKey()) + " (TemplateURL '" + Excerpt.of(url.written())
                    + "')";
            Path child = nestedTemplates.match(url.written()).map(entry -> configured(entry, urlNode, what, session))
                    .orElseGet(() -> byFileName(parent, url, urlNode, what, session));
            if (child == null) {
                continue;
            }
            checkNesting(parent, child, urlNode.position(), what, session);
            String shown = session.display.apply(child);
            MapNode template = session.template(child, shown);
            if (!(template.get("Resources") instanceof MapNode)) {
                throw new InputException(template.position(), "the template of " + what
                        + " is not a CloudFormation template: it has no Resources map", "check <nestedTemplates>");
            }
            join(parent, e.getKey(), shown, child, template, nestRoot(child, child), session);
        }
    }

    private static boolean linked(FoundStack parent, String logicalId, LoadSession session) {
        return session.stacks.stream().anyMatch(s -> s.parent() == parent && logicalId.equals(s.parentLogicalId()));
    }

    /** The file a {@code <nestedTemplates>} entry names: the user's, so trusted wherever it is. */
    private Path configured(NestedTemplates.Entry entry, Node urlNode, String what, LoadSession session) {
        Path named = baseDir.resolve(entry.file()).toAbsolutePath().normalize();
        try {
            Path real = named.toRealPath();
            InputFiles.regularFile(real, session.display.apply(named));
            info.accept("airgap: " + urlNode.position() + ": " + what + " is analysed with " + session.display.apply(named)
                    + " (<nestedTemplates>)");
            return real;
        } catch (IOException ex) {
            throw new InputException(urlNode.position(), what + ": the <nestedTemplates> entry '"
                    + Excerpt.of(entry.written()) + "' names " + session.display.apply(named) + ", which cannot be read ("
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
            session.debug.accept("airgap: " + urlNode.position() + ": " + what + " has a computed file name" + fix);
            return null;
        }
        List<Path> candidates = session.stacks.stream().filter(session.plain::contains)
                .filter(s -> url.fileName().equals(Path.of(s.file()).getFileName().toString()))
                .map(FoundStack::realFile).filter(f -> !parent.isOrDescendsFrom(f)).distinct().toList();
        if (candidates.isEmpty()) {
            session.debug.accept("airgap: " + urlNode.position() + ": " + what + ": no template of the run is named "
                    + Excerpt.of(url.fileName()) + fix);
            return null;
        }
        if (candidates.size() > 1) {
            session.warnings.accept("airgap: " + urlNode.position() + ": " + what + ": " + candidates.size()
                    + " templates of the run are named " + Excerpt.of(url.fileName()) + fix);
            return null;
        }
        info.accept("airgap: " + urlNode.position() + ": " + what + " is analysed with " + session.display.apply(candidates.get(0))
                + ", the one template of the run of that name (set <nestedTemplates> to choose another)");
        return candidates.get(0);
    }

    /** Where the local nested stacks of a file the user named (or chose) may come from, as for a named file. */
    InputRoot nestRoot(Path real, Path shown) {
        return real.startsWith(realBaseDir) ? new InputRoot(realBaseDir, baseDir)
                : new InputRoot(real.getParent(), shown.getParent());
    }


    /** A parent's template cannot be its own child, and nesting has a depth budget. */
    private static void checkNesting(FoundStack parent, Path child, SourcePosition at, String what,
                                     LoadSession session) {
        if (parent.isOrDescendsFrom(child)) {
            throw new InputException(at, what + " is the template of the stack itself or of one of its parents "
                    + "(a cycle)", "CloudFormation cannot deploy a stack that contains itself");
        }
        if (parent.depth() + 1 > session.limits.nestedStackDepth()) {
            throw new InputException(at, what + " nests stacks deeper than " + session.limits.nestedStackDepth()
                    + " levels", "flatten the nesting");
        }
    }

    /** A nested stack joins the run with its parent's environment, and its own local nested stacks after it. */
    private void join(FoundStack parent, String logicalId, String shown, Path child, MapNode template,
                      InputRoot root, LoadSession session) {
        FoundStack nested = new FoundStack(logicalId, shown, child, template, parent.region(), parent.account(),
                Map.of(), parent, logicalId);
        session.add(nested);
        session.plain.add(nested);
        addLocal(nested, root, session);
    }
}
