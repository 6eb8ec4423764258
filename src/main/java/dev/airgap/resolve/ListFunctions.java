package dev.airgap.resolve;

import dev.airgap.template.Excerpt;
import dev.airgap.template.InputException;
import dev.airgap.template.ListNode;
import dev.airgap.template.Node;
import java.util.Map;

/** {@code Fn::Select} and {@code Fn::Length}. */
final class ListFunctions {

    private ListFunctions() {
    }

    static void register(Map<String, IntrinsicFunction> table) {
        table.put("Fn::Select", ListFunctions::select);
        table.put("Fn::Length", ListFunctions::length);
    }

    private static Value select(Call call) {
        ListNode args = call.list(2, "[index, list]");
        Value index = call.eval(args.get(0));
        Value list = call.eval(args.get(1));
        if (!(index instanceof Value.Text indexText)) {
            return call.compose(expression(Render.of(index), list), index);
        }
        int i = index(indexText.value().trim(), args.get(0), call);
        if (!(list instanceof Value.ListValue items)) {
            return call.unknown(expression(Integer.toString(i), list), StringFunctions.notAList(list, "Fn::Select"));
        }
        if (i >= items.items().size()) {
            return call.unknown(expression(Integer.toString(i), list), "index " + i + " is beyond the "
                    + items.items().size()
                    + " items of the list; CloudFormation fails to deploy unless the list is longer then");
        }
        return items.items().get(i);
    }

    /** Rendered only when the result is unknown: rendering long lists for every call would cost more. */
    private static String expression(String index, Value list) {
        return "Fn::Select[" + index + ", " + Render.of(list) + "]";
    }

    private static int index(String text, Node node, Call call) {
        try {
            int i = Integer.parseInt(text);
            if (i >= 0) {
                return i;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException(node.position(), "Fn::Select index '" + Excerpt.of(text) + "' is not a whole number of 0 "
                + "or more", "write the index as 0, 1, 2, …");
    }

    private static Value length(Call call) {
        Value list = call.eval(call.argument());
        if (list instanceof Value.ListValue items) {
            return new Value.Text(Integer.toString(items.items().size()));
        }
        return call.unknown("Fn::Length " + Render.of(list), StringFunctions.notAList(list, "Fn::Length"));
    }
}
