package dev.airgap.require;

import dev.airgap.resolve.Resource;
import dev.airgap.template.ListNode;
import dev.airgap.template.MapNode;
import dev.airgap.template.Node;
import dev.airgap.template.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Per-resource suppressions in template metadata, like cdk-nag's: a subnet, VPC or endpoint may carry
 * <pre>
 * Metadata:
 *   airgap:suppress:
 *     - requirement: noInternet      # a requirement's id or kind, or * for every requirement
 *       reason: bastion subnet, reviewed in SEC-123
 * </pre>
 * (a single map is accepted too). An entry without a reason is a configuration error, with its {@code file:line}.
 */
final class Suppressions {

    static final String KEY = "airgap:suppress";

    private Suppressions() {
    }

    /** One entry: which requirement it waives, why, and where it is written. */
    record Entry(String requirement, String reason, String where) {
        boolean covers(Requirement r) {
            return requirement.equals("*") || requirement.equals(r.kind()) || requirement.equals(r.name());
        }
    }

    /** The suppression of {@code requirement} on {@code resource}, if any. */
    static Optional<Entry> find(Resource resource, Requirement requirement) {
        for (Entry e : entries(resource)) {
            if (e.covers(requirement)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static List<Entry> entries(Resource resource) {
        MapNode metadata = resource.metadata();
        if (metadata == null || !metadata.has(KEY)) {
            return List.of();
        }
        Node node = metadata.get(KEY);
        List<Node> items = node instanceof ListNode l ? l.items() : List.of(node);
        List<Entry> out = new ArrayList<>();
        for (Node item : items) {
            String where = item.position() == null || !item.position().known() ? null
                    : item.position().fileAndLine();
            String at = (where == null ? resource.id().toString() : where) + ": ";
            if (!(item instanceof MapNode m)) {
                throw new RequirementException(at + KEY + " of " + resource.id().logicalId() + " must be a list of "
                        + "{requirement: ID, reason: WHY}, not " + item.describe());
            }
            String requirement = m.text("requirement").map(String::trim).orElse("");
            String reason = m.get("reason") instanceof ScalarNode s && s.value() != null ? s.value().trim() : "";
            if (requirement.isEmpty()) {
                throw new RequirementException(at + KEY + " entry of " + resource.id().logicalId() + " names no "
                        + "requirement: add 'requirement: <id or kind>' (or * for all)");
            }
            if (reason.isEmpty()) {
                throw new RequirementException(at + KEY + " entry of " + resource.id().logicalId() + " for "
                        + requirement + " has no reason: add 'reason: why it does not apply'");
            }
            out.add(new Entry(requirement, reason, where == null ? resource.id().toString() : where));
        }
        return out;
    }
}
