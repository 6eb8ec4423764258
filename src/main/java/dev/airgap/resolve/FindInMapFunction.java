package dev.airgap.resolve;

import dev.airgap.template.InputException;
import dev.airgap.template.ListNode;
import dev.airgap.template.MapNode;
import dev.airgap.template.Node;
import java.util.Map;

/** {@code Fn::FindInMap}, with the {@code DefaultValue} of the {@code AWS::LanguageExtensions} transform. */
final class FindInMapFunction {

    private FindInMapFunction() {
    }

    static void register(Map<String, IntrinsicFunction> table) {
        table.put("Fn::FindInMap", FindInMapFunction::findInMap);
    }

    private static String expression(Value map, Value top, Value second) {
        return "Fn::FindInMap[" + Render.of(map) + ", " + Render.of(top) + ", " + Render.of(second) + "]";
    }

    private static Value findInMap(Call call) {
        ListNode args = call.list(3, 4, "[MapName, TopLevelKey, SecondLevelKey] or with {DefaultValue: value}");
        Node defaultNode = null;
        if (args.size() == 4) {
            if (!(args.get(3) instanceof MapNode options) || !options.has("DefaultValue")) {
                throw new InputException(args.get(3).position(), "the fourth argument of Fn::FindInMap must be "
                        + "{DefaultValue: value}", "write Fn::FindInMap: [Map, Key, Key, {DefaultValue: value}]");
            }
            defaultNode = options.get("DefaultValue");
        }
        Value map = call.eval(args.get(0));
        Value top = call.eval(args.get(1));
        Value second = call.eval(args.get(2));
        if (!(map instanceof Value.Text mapName)) {
            return call.compose(expression(map, top, second), map);
        }
        if (!(call.scope().mappings().get(mapName.value()) instanceof MapNode mapping)) {
            throw call.error("Fn::FindInMap: stack " + call.scope().name() + " has no mapping named "
                    + mapName.value(), "declare it under Mappings, or fix the name");
        }
        if (!(top instanceof Value.Text topKey)) {
            return call.compose(expression(map, top, second), top);
        }
        if (!(second instanceof Value.Text secondKey)) {
            return call.compose(expression(map, top, second), second);
        }
        Node found = mapping.get(topKey.value()) instanceof MapNode level ? level.get(secondKey.value()) : null;
        if (found != null) {
            return call.eval(found);
        }
        if (defaultNode != null) {
            return call.eval(defaultNode);
        }
        // Usually a region the mapping does not list: only that deployment would fail, so it stays an unknown.
        return call.unknown(expression(map, top, second), "mapping " + mapName.value() + " has no entry "
                + topKey.value() + "/"
                + secondKey.value() + "; CloudFormation fails to deploy the stack with these values");
    }
}
