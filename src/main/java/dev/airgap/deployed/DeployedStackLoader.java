package dev.airgap.deployed;

import dev.airgap.template.InputException;
import dev.airgap.template.MapNode;
import dev.airgap.template.Node;
import dev.airgap.template.SourcePosition;
import dev.airgap.template.StackTemplate;
import dev.airgap.template.TemplateReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads the named deployed stacks and, through their {@code AWS::CloudFormation::Stack} resources, their nested
 * stacks. SDK-free: the calls go through {@link CloudFormationApi}.
 */
final class DeployedStackLoader {

    /** Deeper nesting than CloudFormation's own limit means a loop in what the service returned. */
    private static final int MAX_DEPTH = 10;
    private static final String NESTED_STACK = "AWS::CloudFormation::Stack";

    private final Function<String, CloudFormationApi> clients;
    private final Function<String, String> defaultRegion;
    private final TemplateReader reader;
    private final Consumer<String> warnings;

    /**
     * @param clients       the API for a region (the caller owns and closes them)
     * @param defaultRegion the region for a stack named without ARN when the options give none
     */
    DeployedStackLoader(Function<String, CloudFormationApi> clients, Function<String, String> defaultRegion,
                        TemplateReader reader, Consumer<String> warnings) {
        this.clients = clients;
        this.defaultRegion = defaultRegion;
        this.reader = reader;
        this.warnings = warnings;
    }

    List<DeployedStack> load(DeployedOptions options) {
        List<DeployedStack> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String stack : options.stacks()) {
            StackArn arn = StackArn.parse(stack);
            String region = arn != null ? arn.region()
                    : options.region() != null ? options.region() : defaultRegion.apply(stack);
            CloudFormationApi api = clients.apply(region);
            CloudFormationApi.StackDescription d = api.describe(stack);
            if (!seen.add(d.id())) {
                continue;
            }
            if (out.stream().anyMatch(s -> s.name().equals(d.name()))) {
                throw new InputException(SourcePosition.of("airgap.stacks"), "two deployed stacks are named '"
                        + d.name() + "' (in different regions or accounts)", "analyse them in separate builds");
            }
            load(api, region, d, d.name(), null, null, 0, out, seen);
        }
        return out;
    }

    private void load(CloudFormationApi api, String region, CloudFormationApi.StackDescription d, String name,
                      String parent, String parentLogicalId, int depth, List<DeployedStack> out, Set<String> seen) {
        if (depth > MAX_DEPTH) {
            throw new InputException(SourcePosition.of("deployed stack " + name), "nested more than " + MAX_DEPTH
                    + " levels deep", "name the nested stacks you need directly in <stacks>");
        }
        warnAboutStatus(name, d.status());
        String file = "deployed:" + region + "/" + d.name();
        CloudFormationApi.TemplateBody original = api.template(d.id(), false);
        MapNode root = read(file, original.body());
        boolean processed = false;
        if (root.has("Transform")) {
            if (original.stagesAvailable().contains("Processed")) {
                // The processed stage is what CloudFormation deployed: macros and SAM expanded.
                file = file + "#processed";
                root = read(file, api.template(d.id(), true).body());
                processed = true;
            } else {
                warnings.accept("deployed stack " + name + " uses a transform but CloudFormation has no processed "
                        + "template for it; the original template is analysed and the transform's resources are "
                        + "missing");
            }
        }
        StackArn arn = StackArn.parse(d.id());
        StackTemplate template = new StackTemplate(name, file, root, region, arn == null ? null : arn.account(),
                Map.of(), parent, parentLogicalId);
        List<CloudFormationApi.ResourceSummary> resources = api.resources(d.id());
        Map<String, String> physical = new TreeMap<>();
        for (CloudFormationApi.ResourceSummary r : resources) {
            if (r.logicalId() != null && r.physicalId() != null && !r.physicalId().isEmpty()) {
                physical.put(r.logicalId(), r.physicalId());
            }
        }
        out.add(new DeployedStack(template, d.id(), d.status(), processed, usedParameters(name, root, d),
                d.outputs(), physical));
        for (CloudFormationApi.ResourceSummary r : resources) {
            if (!NESTED_STACK.equals(r.type()) || r.physicalId() == null || r.physicalId().isEmpty()
                    || String.valueOf(r.status()).startsWith("DELETE_")) {
                continue;
            }
            if (!seen.add(r.physicalId())) {
                continue;
            }
            CloudFormationApi.StackDescription child = api.describe(r.physicalId());
            // CloudFormation's physical ID is the nested stack's ARN, moto's its name: only the ID of the description
            // tells whether this stack was already read (named in <stacks> before its parent).
            if (!child.id().equals(r.physicalId()) && !seen.add(child.id())) {
                continue;
            }
            load(api, region, child, name + "/" + r.logicalId(), name, r.logicalId(), depth + 1, out, seen);
        }
    }

    private MapNode read(String file, String body) {
        if (body == null) {
            throw new InputException(SourcePosition.of(file), "CloudFormation returned no template body",
                    "check the stack's status; a stack in REVIEW_IN_PROGRESS has no template yet");
        }
        return reader.read(file, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The values used, without those CloudFormation masks: a {@code NoEcho} parameter reads as {@code ****}. */
    private Map<String, String> usedParameters(String name, MapNode root, CloudFormationApi.StackDescription d) {
        MapNode declared = root.map("Parameters").orElse(null);
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> p : new TreeMap<>(d.parameters()).entrySet()) {
            Node decl = declared == null ? null : declared.get(p.getKey());
            boolean noEcho = decl instanceof MapNode m
                    && "true".equals(m.text("NoEcho").orElse("").toLowerCase(Locale.ROOT));
            if (noEcho) {
                warnings.accept("deployed stack " + name + ": parameter " + p.getKey() + " is NoEcho, CloudFormation "
                        + "does not return its value; set it in <parameters> as " + name + "." + p.getKey()
                        + "=VALUE if a verdict depends on it");
                continue;
            }
            out.put(p.getKey(), p.getValue());
        }
        return out;
    }

    private void warnAboutStatus(String name, String status) {
        String s = String.valueOf(status);
        if (s.endsWith("_FAILED") || s.endsWith("IN_PROGRESS") || s.equals("ROLLBACK_COMPLETE")
                || s.startsWith("DELETE_")) {
            warnings.accept("deployed stack " + name + " is " + s + ": its template may not match the resources "
                    + "that exist");
        }
    }

    /** {@code arn:partition:cloudformation:region:account:stack/name/id}. */
    record StackArn(String region, String account) {
        static StackArn parse(String s) {
            if (s == null || !s.startsWith("arn:")) {
                return null;
            }
            String[] parts = s.split(":", 6);
            if (parts.length < 6 || !"cloudformation".equals(parts[2]) || parts[3].isEmpty()) {
                return null;
            }
            return new StackArn(parts[3], parts[4].isEmpty() ? null : parts[4]);
        }
    }
}
