package dev.airgap.resolve;

import dev.airgap.template.InputException;
import dev.airgap.template.ListNode;
import dev.airgap.template.ScalarNode;
import dev.airgap.template.SourcePosition;
import java.util.Map;

/** {@code Ref} and {@code Fn::GetAtt}: names of parameters, pseudo parameters and resources of the stack. */
final class ReferenceFunctions {

    private ReferenceFunctions() {
    }

    static void register(Map<String, IntrinsicFunction> table) {
        table.put("Ref", ReferenceFunctions::ref);
        table.put("Fn::GetAtt", ReferenceFunctions::getAtt);
    }

    private static Value ref(Call call) {
        if (!(call.argument() instanceof ScalarNode s) || s.isNull()) {
            throw call.error("Ref takes the name of a parameter or resource, found " + call.argument().describe(),
                    "write Ref: LogicalName");
        }
        return name(call.scope(), s.value(), call.position());
    }

    /** What {@code Ref name} gives in a stack; shared with {@code Fn::Sub}'s {@code ${name}}. */
    static Value name(StackScope scope, String name, SourcePosition at) {
        if (PseudoParameters.isPseudo(name)) {
            return PseudoParameters.value(name, scope, at);
        }
        Value parameter = scope.parameter(name, at);
        if (parameter != null) {
            return parameter;
        }
        if (scope.hasResource(name)) {
            Value absent = absent(scope, name, "Ref " + name, at);
            return absent != null ? absent : new Value.Ref(scope.resourceId(name));
        }
        if (scope.hasLoops()) {
            return loopMade("Ref " + name, name, at);
        }
        throw new InputException(at, "Ref " + name + ": stack " + scope.name()
                + " has no parameter or resource named " + name,
                "declare it, or fix the name (logical IDs are case-sensitive)");
    }

    private static Value getAtt(Call call) {
        String target;
        Value attribute;
        if (call.argument() instanceof ScalarNode s && !s.isNull()) {
            int dot = s.value().indexOf('.');
            if (dot <= 0 || dot == s.value().length() - 1) {
                throw call.error("Fn::GetAtt '" + s.value() + "' is not of the form LogicalId.Attribute",
                        "write Fn::GetAtt: [LogicalId, Attribute]");
            }
            target = s.value().substring(0, dot);
            attribute = new Value.Text(s.value().substring(dot + 1));
        } else {
            ListNode args = call.list(2, "[LogicalId, Attribute]");
            target = call.literal(args.get(0), "the logical ID");
            attribute = call.eval(args.get(1));
        }
        if (!(attribute instanceof Value.Text name)) {
            if (!call.scope().hasResource(target) && call.scope().hasLoops()) {
                return loopMade("Fn::GetAtt " + target, target, call.position());
            }
            requireResource(call.scope(), target, "Fn::GetAtt " + target, call.position());
            return call.compose("Fn::GetAtt[" + target + ", " + Render.of(attribute) + "]", attribute);
        }
        return attribute(call.scope(), target, name.value(), call.position());
    }

    /** What {@code Fn::GetAtt target.attribute} gives; shared with {@code Fn::Sub}'s {@code ${target.attribute}}. */
    static Value attribute(StackScope scope, String target, String attribute, SourcePosition at) {
        String expression = "Fn::GetAtt " + target + "." + attribute;
        if (!scope.hasResource(target) && scope.hasLoops()) {
            return loopMade(expression, target, at);
        }
        requireResource(scope, target, expression, at);
        Value absent = absent(scope, target, expression, at);
        return absent != null ? absent : Attributes.of(scope, target, attribute, at);
    }

    private static Value.Unknown loopMade(String expression, String name, SourcePosition at) {
        return new Value.Unknown(expression, name + " is not declared as such; it may be made by an Fn::ForEach "
                + "loop, which airgap does not expand", at);
    }

    private static void requireResource(StackScope scope, String target, String expression, SourcePosition at) {
        if (!scope.hasResource(target)) {
            String what = scope.parameter(target, at) != null ? " (" + target + " is a parameter: use Ref)" : "";
            throw new InputException(at, expression + ": stack " + scope.name() + " has no resource named " + target
                    + what, "Fn::GetAtt names a resource of the same stack; fix the logical ID");
        }
    }

    /** An unknown when the resource is not created in this stack instance (its {@code Condition} is false). */
    private static Value absent(StackScope scope, String logicalId, String expression, SourcePosition at) {
        StackScope.PresenceState p = scope.presence(logicalId);
        if (p.presence() != Presence.ABSENT) {
            return null;
        }
        return new Value.Unknown(expression, "resource " + logicalId + " is not created: " + p.reason()
                + "; CloudFormation fails to deploy a stack that refers to it", at);
    }
}
