package dev.airgap.resolve;

import dev.airgap.template.Excerpt;
import dev.airgap.template.InputException;
import dev.airgap.template.MapNode;
import dev.airgap.template.Node;
import java.util.Map;
import java.util.Set;

/**
 * The keys CloudFormation accepts at the level of a resource. Anything else is refused there ("Invalid template
 * resource property"), and is almost always a property indented one level too little: read as written it would
 * silently drop that property from the analysis (a route table association without its route table), so it is
 * refused here too. A template with a {@code Transform} is exempt: a macro or SAM may consume keys of its own
 * ({@code Connectors}, {@code IgnoreGlobals}, …) before CloudFormation sees the resources.
 */
final class ResourceAttributes {

    private static final Set<String> ACCEPTED = Set.of("Type", "Properties", "DependsOn", "Condition", "Metadata",
            "DeletionPolicy", "UpdateReplacePolicy", "UpdatePolicy", "CreationPolicy", "Version");

    private ResourceAttributes() {
    }

    /** @throws InputException at the first key CloudFormation would refuse, naming it and the likely fix */
    static void check(String logicalId, MapNode resource, boolean transformed) {
        if (transformed) {
            return;
        }
        for (Map.Entry<String, Node> e : resource.entries().entrySet()) {
            if (!ACCEPTED.contains(e.getKey())) {
                throw new InputException(e.getValue().position(), "resource " + logicalId + " has the key '"
                        + Excerpt.of(e.getKey()) + "', which CloudFormation does not accept beside Type and "
                        + "Properties (it refuses the template)",
                        "if it is a property, indent it under Properties; the keys of a resource are Type, "
                                + "Properties, DependsOn, Condition, Metadata, DeletionPolicy, UpdateReplacePolicy, "
                                + "UpdatePolicy and CreationPolicy");
            }
        }
    }
}
