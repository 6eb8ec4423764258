package dev.airgap.resolve;

import dev.airgap.template.ListNode;
import dev.airgap.template.MapNode;
import dev.airgap.template.Node;
import dev.airgap.template.ScalarNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Fn::Sub}, in its string and {@code [string, {variables}]} forms: {@code ${Name}} is a variable, a parameter,
 * a pseudo parameter or a resource ({@code Ref}), {@code ${Resource.Attribute}} is {@code Fn::GetAtt}, and
 * {@code ${!Text}} is the literal {@code ${Text}}.
 */
final class SubFunction {

    private SubFunction() {
    }

    static void register(Map<String, IntrinsicFunction> table) {
        table.put("Fn::Sub", SubFunction::sub);
    }

    private static Value sub(Call call) {
        Node templateNode;
        MapNode variables;
        if (call.argument() instanceof ListNode) {
            ListNode args = call.list(2, "[string, {variables}]");
            templateNode = args.get(0);
            if (!(args.get(1) instanceof MapNode m)) {
                throw call.error("the variables of Fn::Sub are " + args.get(1).describe() + ", not a map",
                        "write Fn::Sub: [string, {Name: value}]");
            }
            variables = m;
        } else {
            templateNode = call.argument();
            variables = null;
        }
        if (!(templateNode instanceof ScalarNode s) || s.isNull()) {
            throw call.error("Fn::Sub takes a string or [string, {variables}], found " + templateNode.describe(),
                    "write Fn::Sub: 'text with ${Name}'");
        }
        return substitute(s.value(), variables, call);
    }

    private static Value substitute(String text, MapNode variables, Call call) {
        Map<String, Value> evaluated = new HashMap<>();
        List<Value> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("${", i);
            int close = open < 0 ? -1 : text.indexOf('}', open + 2);
            if (open < 0 || close < 0) {
                literal.append(text, i, text.length());
                break;
            }
            literal.append(text, i, open);
            String inner = text.substring(open + 2, close);
            if (inner.startsWith("!")) {
                literal.append("${").append(inner, 1, inner.length()).append('}');
            } else {
                parts.add(new Value.Text(literal.toString()));
                literal.setLength(0);
                parts.add(variable(inner.trim(), variables, evaluated, call));
            }
            i = close + 1;
        }
        parts.add(new Value.Text(literal.toString()));
        return StringParts.concat(parts);
    }

    private static Value variable(String name, MapNode variables, Map<String, Value> evaluated, Call call) {
        Value v;
        if (variables != null && variables.has(name)) {
            v = evaluated.computeIfAbsent(name, n -> call.eval(variables.get(n)));
        } else {
            int dot = name.indexOf('.');
            v = dot > 0 && !PseudoParameters.isPseudo(name)
                    ? ReferenceFunctions.attribute(call.scope(), name.substring(0, dot), name.substring(dot + 1),
                            call.position())
                    : ReferenceFunctions.name(call.scope(), name, call.position());
        }
        if (v == Value.NoValue.INSTANCE) {
            return StringParts.EMPTY;
        }
        if (!StringParts.isString(v)) {
            return call.unknown("${" + name + "}", "Fn::Sub can only insert strings, but ${" + name + "} is "
                    + Render.brief(v));
        }
        return v;
    }
}
