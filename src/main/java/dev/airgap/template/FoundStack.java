package dev.airgap.template;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A stack as the loader found it, before the run's stack names are settled: a name is unique only once every stack
 * of the run is known. Parents are held by reference, not by name, for the same reason.
 *
 * @param name     the name it asks for: stack name, artifact ID or file base name
 * @param realFile the template file after symbolic links: what identifies it
 */
record FoundStack(String name, String file, Path realFile, MapNode root, String region, String account,
                  Map<String, String> constructPaths, FoundStack parent, String parentLogicalId) {

    boolean nested() {
        return parent != null;
    }

    /** How deep below its top-level stack it is nested; 0 for a top-level stack. */
    int depth() {
        int d = 0;
        for (FoundStack p = parent; p != null; p = p.parent) {
            d++;
        }
        return d;
    }

    /** Whether {@code file} is this stack's template or one of its parents' (a nested stack that contains itself). */
    boolean isOrDescendsFrom(Path file) {
        for (FoundStack s = this; s != null; s = s.parent) {
            if (s.realFile.equals(file)) {
                return true;
            }
        }
        return false;
    }

    /** The {@code AWS::CloudFormation::Stack} resources of the template, by logical ID in template order. */
    Map<String, MapNode> nestedStackResources() {
        Map<String, MapNode> out = new LinkedHashMap<>();
        root.map("Resources").map(MapNode::entries).orElse(Map.of()).forEach((id, node) -> {
            if (node instanceof MapNode res && "AWS::CloudFormation::Stack".equals(res.text("Type").orElse(""))) {
                out.put(id, res);
            }
        });
        return out;
    }
}
