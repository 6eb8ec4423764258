package dev.airgap.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The construct tree of a CDK app ({@code tree.json}): which construct path holds which CloudFormation logical ID.
 * A stack's logical IDs are those below its construct path that are not inside a nested stack of its own.
 *
 * <p>Construct paths are indexed once and each stack's answer is kept, so that a manifest naming one path for many
 * stacks costs the walk of that subtree once, not once per stack.
 */
final class ConstructTree {

    private static final String STACK = "aws-cdk-lib.Stack";
    private static final String NESTED_STACK = "aws-cdk-lib.NestedStack";

    private final Map<String, JsonNode> byPath = new HashMap<>();
    private final Map<String, Map<String, String>> answers = new HashMap<>();

    private ConstructTree(JsonNode root) {
        index(root);
    }

    static ConstructTree of(JsonNode treeJson) {
        return new ConstructTree(treeJson.path("tree"));
    }

    /** Logical ID → construct path for the stack at {@code stackPath}. */
    Map<String, String> logicalIdsUnder(String stackPath) {
        return answers.computeIfAbsent(stackPath, p -> {
            Map<String, String> out = new HashMap<>();
            JsonNode stack = byPath.get(p);
            if (stack != null) {
                collect(stack, out, true);
            }
            return Map.copyOf(out);
        });
    }

    /** The first node of each path, depth first (a tree CDK wrote has one node per path). */
    private void index(JsonNode node) {
        JsonNode path = node.path("path");
        if (path.isTextual()) {
            byPath.putIfAbsent(path.asText(), node);
        }
        for (Iterator<JsonNode> it = node.path("children").elements(); it.hasNext(); ) {
            index(it.next());
        }
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
