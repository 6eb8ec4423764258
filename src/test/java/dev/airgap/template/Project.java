package dev.airgap.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A project folder in a temporary folder, with a canary file beside it (outside it) that nothing may read: the
 * loader is run with an {@link InputFiles} that records every file it opens.
 */
final class Project {

    static final String CANARY_CONTENT = "root:x:0:0:canary-7f3a:/root:/bin/bash\n";
    static final String VPC = "{\"Resources\": {\"Vpc\": {\"Type\": \"AWS::EC2::VPC\", "
            + "\"Properties\": {\"CidrBlock\": \"10.0.0.0/16\"}}}}";

    final Path base;
    final Path canary;
    final List<Path> opened = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<String> debug = new ArrayList<>();

    Project(Path tempDir) throws IOException {
        this.base = Files.createDirectories(tempDir.resolve("project")).toRealPath();
        this.canary = tempDir.resolve("canary.json").toAbsolutePath();
        Files.writeString(canary, CANARY_CONTENT);
    }

    Path write(String relative, String content) throws IOException {
        Path p = base.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    Path link(String relative, Path target) throws IOException {
        Path p = base.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.createSymbolicLink(p, target);
    }

    /** A manifest with one stack artifact {@code S} whose templateFile is the given JSON value. */
    Path stackManifest(String assembly, String templateFileJson) throws IOException {
        return write(assembly + "/manifest.json", "{\"artifacts\": {\n  \"S\": {\"type\": \"aws:cloudformation:stack\", "
                + "\"environment\": \"aws://1/us-east-1\",\n    \"properties\": {\"templateFile\": " + templateFileJson
                + "}}}}\n");
    }

    TemplateLoader loader() {
        return loader(LoadLimits.DEFAULT);
    }

    TemplateLoader loader(LoadLimits limits) {
        return new TemplateLoader(new TemplateReader(), base, debug::add, warnings::add, new InputFiles(opened::add),
                limits);
    }

    List<StackTemplate> load(String... inputs) {
        return loader().load(java.util.Arrays.stream(inputs).map(Path::of).toList());
    }

    /** Nothing outside the project was opened. */
    boolean stayedInside() {
        return opened.stream().allMatch(p -> p.startsWith(base));
    }

    static boolean mkfifo(Path at) {
        try {
            Process p = new ProcessBuilder("mkfifo", at.toString()).redirectErrorStream(true).start();
            return p.waitFor() == 0 && Files.exists(at);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
