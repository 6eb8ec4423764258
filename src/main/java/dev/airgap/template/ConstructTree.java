package dev.airgap.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The construct tree of a CDK app ({@code tree.json}): which construct path holds which CloudFormation logical ID.
 * A stack's logical IDs are those below its construct path that are not inside a nested stack of its own.
 */
final class ConstructTree {

    private static final String STACK = "aws-cdk-lib.Stack";
    private static final String NESTED_STACK = "aws-cdk-lib.NestedStack";

    private final JsonNode root;

    private ConstructTree(JsonNode root) {
        this.root = root;
    }

    static ConstructTree of(JsonNode treeJson) {
        return new ConstructTree(treeJson.path("tree"));
    }

    /** Logical ID → construct path for the stack at {@code stackPath}. */
    Map<String, String> logicalIdsUnder(String stackPath) {
        Map<String, String> out = new HashMap<>();
        JsonNode stack = find(root, stackPath);
        if (stack != null) {
            collect(stack, out, true);
        }
        return out;
    }

    private static JsonNode find(JsonNode node, String path) {
        if (path.equals(node.path("path").asText())) {
            return node;
        }
        for (Iterator<JsonNode> it = node.path("children").elements(); it.hasNext(); ) {
            JsonNode child = it.next();
            String childPath = child.path("path").asText();
            if (path.equals(childPath) || path.startsWith(childPath + "/")) {
                JsonNode found = find(child, path);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void collect(JsonNode node, Map<String, String> out, boolean isRoot) {
        String fqn = node.path("constructInfo").path("fqn").asText("");
        if (!isRoot && (STACK.equals(fqn) || NESTED_STACK.equals(fqn))) {
            return;
        }
        String logicalId = node.path("attributes").path("aws:cdk:cloudformation:logicalId").asText(null);
        if (logicalId != null) {
            out.put(logicalId, node.path("path").asText());
        }
        for (Iterator<JsonNode> it = node.path("children").elements(); it.hasNext(); ) {
            collect(it.next(), out, false);
        }
    }
}
