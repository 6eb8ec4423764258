package dev.airgap.path;

import dev.airgap.network.NetworkModel;
import dev.airgap.resolve.ResolveOptions;
import dev.airgap.resolve.ResolvedRun;
import dev.airgap.resolve.Resolver;
import dev.airgap.template.MapNode;
import dev.airgap.template.StackTemplate;
import dev.airgap.template.TemplateReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Builds runs from inline templates for the rule tests: TemplateReader, then the project's Resolver. */
public final class Fixtures {

    private Fixtures() {
    }

    public static StackTemplate stack(String name, String region, String yaml) {
        MapNode root = new TemplateReader().read(name + ".yaml", yaml.getBytes(StandardCharsets.UTF_8));
        return new StackTemplate(name, name + ".yaml", root, region, region == null ? null : "111111111111",
                Map.of(), null, null);
    }

    public static ResolvedRun run(String region, String yaml) {
        return resolve(List.of(stack("Stack", region, yaml)));
    }

    /** The project's resolver, as the plugin runs it. */
    public static ResolvedRun resolve(List<StackTemplate> stacks) {
        return new Resolver(ResolveOptions.defaults()).resolve(stacks);
    }

    public static NetworkModel model(String region, String yaml) {
        return NetworkModel.build(run(region, yaml));
    }

    public static PathResult analyze(String region, String yaml) {
        return new PathAnalyzer().analyze(model(region, yaml), PathOptions.defaults());
    }

    public static PathResult analyze(String region, String yaml, PathOptions options) {
        return new PathAnalyzer().analyze(model(region, yaml), options);
    }

    public static ServiceVerdict s3(PathResult r, String subnet) {
        return r.subnet(subnet).orElseThrow().services().get("s3");
    }
}
