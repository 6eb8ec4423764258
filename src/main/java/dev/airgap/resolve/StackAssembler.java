package dev.airgap.resolve;

import dev.airgap.template.MapNode;
import dev.airgap.template.Node;
import dev.airgap.template.ScalarNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Resolves everything a stack instance declares into the {@link ResolvedStack} later stages read. */
final class StackAssembler {

    private static final String CDK_PATH = "aws:cdk:path";
    /** {@code Fn::ForEach} loops (AWS::LanguageExtensions) are keys of Resources, not resources. */
    static final String FOR_EACH = "Fn::ForEach::";

    private StackAssembler() {
    }

    static ResolvedStack assemble(StackScope scope) {
        Map<String, Resource> resources = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : scope.template().resources().entries().entrySet()) {
            String logicalId = e.getKey();
            if (logicalId.startsWith(FOR_EACH)) {
                continue;
            }
            Resource r = resource(scope, logicalId);
            if (r != null) {
                resources.put(logicalId, r);
            }
        }
        Map<String, Value> outputs = new LinkedHashMap<>();
        Map<String, Value> exports = new LinkedHashMap<>();
        for (String name : scope.outputs().names()) {
            if (scope.outputs().condition(name).isFalse()) {
                continue;
            }
            Value v = scope.outputs().value(name);
            if (v == Value.NoValue.INSTANCE) {
                continue;
            }
            outputs.put(name, v);
            if (scope.outputs().exportName(name) instanceof Value.Text exportName) {
                exports.put(exportName.value(), v);
            }
        }
        return new ResolvedStack(scope.template(), scope.region(), resources, outputs, exports);
    }

    private static Resource resource(StackScope scope, String logicalId) {
        MapNode declaration = scope.resource(logicalId);
        String type = scope.resourceType(logicalId);
        StackScope.PresenceState presence = scope.presence(logicalId);
        if (presence.presence() == Presence.ABSENT) {
            return null;
        }
        Map<String, Value> properties = new LinkedHashMap<>();
        for (String name : scope.propertyNames(logicalId)) {
            Value v = scope.propertyForResult(logicalId, name);
            if (v != null && v != Value.NoValue.INSTANCE) {
                properties.put(name, v);
            }
        }
        MapNode metadata = declaration.map("Metadata").orElseGet(() -> new MapNode(Map.of(),
                declaration.position()));
        return new Resource(scope.resourceId(logicalId), type, new Value.MapValue(properties), presence.presence(),
                presence.reason(), declaration.position(), constructPath(scope, logicalId, metadata), metadata);
    }

    private static String constructPath(StackScope scope, String logicalId, MapNode metadata) {
        String known = scope.template().constructPaths().get(logicalId);
        if (known != null) {
            return known;
        }
        if (metadata.get(CDK_PATH) instanceof ScalarNode s && !s.isNull()) {
            return s.value();
        }
        return scope.name() + "/" + logicalId;
    }
}
