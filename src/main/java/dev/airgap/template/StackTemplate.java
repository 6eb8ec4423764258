package dev.airgap.template;

import java.util.Map;

/**
 * One CloudFormation stack to analyse: its parsed template and where it will be deployed.
 *
 * @param name           the stack name: the CDK artifact's stack name, the file's base name for a plain template,
 *                       or {@code parentName + "/" + logicalId} for a nested stack
 * @param file           the template file as the user would name it in a message
 * @param root           the template's root map
 * @param region         the region the stack is bound to, or null when it is environment-agnostic
 * @param account        the account the stack is bound to, or null when it is environment-agnostic
 * @param constructPaths CDK construct paths by logical ID ({@code aws:cdk:path} metadata, or the assembly's
 *                       metadata files when the app was synthesized with {@code --no-path-metadata}); may be empty
 * @param parent         the stack that declares this one as an {@code AWS::CloudFormation::Stack}, or null
 * @param parentLogicalId the logical ID of that {@code AWS::CloudFormation::Stack} resource in the parent, or null
 */
public record StackTemplate(String name, String file, MapNode root, String region, String account,
                            Map<String, String> constructPaths, String parent, String parentLogicalId) {

    public StackTemplate {
        constructPaths = Map.copyOf(constructPaths);
    }

    public boolean environmentAgnostic() {
        return region == null;
    }

    public boolean nested() {
        return parent != null;
    }

    /** The {@code Resources} section, or an empty map. */
    public MapNode resources() {
        return root.map("Resources").orElseGet(() -> new MapNode(Map.of(), root.position()));
    }
}
