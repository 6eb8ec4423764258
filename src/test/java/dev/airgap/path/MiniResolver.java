package dev.airgap.path;

import dev.airgap.resolve.Presence;
import dev.airgap.resolve.ResolvedRun;
import dev.airgap.resolve.ResolvedStack;
import dev.airgap.resolve.Resource;
import dev.airgap.resolve.ResourceId;
import dev.airgap.resolve.Value;
import dev.airgap.template.ListNode;
import dev.airgap.template.MapNode;
import dev.airgap.template.Node;
import dev.airgap.template.ScalarNode;
import dev.airgap.template.SourcePosition;
import dev.airgap.template.StackTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny stand-in for the project's resolver, enough for hand-written single-stack unit templates: Ref, GetAtt,
 * Sub/Join with the region, GetAZs/Select as unknown expressions. Tests of the path rules use it so that they
 * exercise the model and the analysis, not the resolver.
 */
final class MiniResolver {

    private MiniResolver() {
    }

    static ResolvedRun resolve(List<StackTemplate> stacks) {
        List<ResolvedStack> out = new ArrayList<>();
        for (StackTemplate t : stacks) {
            Map<String, Node> params = t.root().map("Parameters").map(MapNode::entries).orElse(Map.of());
            Map<String, Resource> resources = new LinkedHashMap<>();
            for (Map.Entry<String, Node> e : t.resources().entries().entrySet()) {
                MapNode def = (MapNode) e.getValue();
                Ctx ctx = new Ctx(t, params);
                Value props = def.get("Properties") == null ? new Value.MapValue(Map.of())
                        : ctx.value(def.get("Properties"));
                String type = def.text("Type").orElse("?");
                resources.put(e.getKey(), new Resource(new ResourceId(t.name(), e.getKey()), type,
                        (Value.MapValue) props, Presence.PRESENT, "", def.position(),
                        t.constructPaths().getOrDefault(e.getKey(), t.name() + "/" + e.getKey()),
                        new MapNode(Map.of(), def.position())));
            }
            out.add(new ResolvedStack(t, t.region(), resources, Map.of(), Map.of()));
        }
        return new ResolvedRun(out);
    }

    private record Ctx(StackTemplate t, Map<String, Node> params) {

        Value value(Node n) {
            if (n instanceof ScalarNode s) {
                return s.isNull() ? Value.NoValue.INSTANCE : new Value.Text(s.value());
            }
            if (n instanceof ListNode l) {
                List<Value> items = new ArrayList<>();
                for (Node i : l.items()) {
                    Value v = value(i);
                    if (v != Value.NoValue.INSTANCE) {
                        items.add(v);
                    }
                }
                return new Value.ListValue(items);
            }
            MapNode m = (MapNode) n;
            String k = m.singleKey();
            if (k != null && (k.equals("Ref") || k.startsWith("Fn::"))) {
                return function(k, m.get(k), m.position());
            }
            Map<String, Value> entries = new LinkedHashMap<>();
            m.entries().forEach((key, v) -> {
                Value val = value(v);
                if (val != Value.NoValue.INSTANCE) {
                    entries.put(key, val);
                }
            });
            return new Value.MapValue(entries);
        }

        private Value ref(String name, SourcePosition at) {
            if (name.equals("AWS::Region")) {
                return t.region() != null ? new Value.Text(t.region()) : new Value.Unknown("AWS::Region",
                        "environment-agnostic stack", at);
            }
            if (name.equals("AWS::NoValue")) {
                return Value.NoValue.INSTANCE;
            }
            if (t.resources().has(name)) {
                return new Value.Ref(new ResourceId(t.name(), name));
            }
            if (params.get(name) instanceof MapNode p && p.get("Default") != null) {
                return value(p.get("Default"));
            }
            return new Value.Unknown("Ref " + name, "no value", at);
        }

        private Value function(String k, Node arg, SourcePosition at) {
            switch (k) {
                case "Ref":
                    return ref(((ScalarNode) arg).value(), at);
                case "Fn::GetAtt": {
                    String res;
                    String attr;
                    if (arg instanceof ScalarNode s) {
                        res = s.value().substring(0, s.value().indexOf('.'));
                        attr = s.value().substring(s.value().indexOf('.') + 1);
                    } else {
                        ListNode l = (ListNode) arg;
                        res = ((ScalarNode) l.get(0)).value();
                        attr = ((ScalarNode) l.get(1)).value();
                    }
                    ResourceId id = new ResourceId(t.name(), res);
                    if (attr.equals("GroupId") || attr.equals("AllocationId")) {
                        return new Value.Ref(id);
                    }
                    if (attr.equals("CidrBlock") && t.resources().map(res).flatMap(r -> r.map("Properties"))
                            .flatMap(p -> p.text("CidrBlock")).isPresent()) {
                        return new Value.Text(t.resources().map(res).get().map("Properties").get().text("CidrBlock")
                                .get());
                    }
                    return new Value.Attr(id, attr, "");
                }
                case "Fn::Sub": {
                    String s = arg instanceof ScalarNode sn ? sn.value() : ((ScalarNode) ((ListNode) arg).get(0)).value();
                    return concat(splitSub(s, at));
                }
                case "Fn::Join": {
                    ListNode l = (ListNode) arg;
                    String sep = ((ScalarNode) l.get(0)).value();
                    List<Value> parts = new ArrayList<>();
                    List<Value> items = ((Value.ListValue) value(l.get(1))).items();
                    for (int i = 0; i < items.size(); i++) {
                        if (i > 0 && !sep.isEmpty()) {
                            parts.add(new Value.Text(sep));
                        }
                        parts.add(items.get(i));
                    }
                    return concat(parts);
                }
                case "Fn::Select": {
                    ListNode l = (ListNode) arg;
                    Value list = value(l.get(1));
                    int i = Integer.parseInt(((ScalarNode) l.get(0)).value());
                    if (list instanceof Value.ListValue lv) {
                        return lv.items().get(i);
                    }
                    String expr = "Fn::Select[" + i + ", " + (list instanceof Value.Unknown u ? u.expression() : "?")
                            + "]";
                    return new Value.Unknown(expr, "deploy-time", at);
                }
                case "Fn::GetAZs":
                    if (t.region() != null) {
                        return new Value.ListValue(List.of(new Value.Text(t.region() + "a"),
                                new Value.Text(t.region() + "b"), new Value.Text(t.region() + "c")));
                    }
                    return new Value.Unknown("Fn::GetAZs ''", "environment-agnostic", at);
                default:
                    return new Value.Unknown(k, "not supported by the test resolver", at);
            }
        }

        private List<Value> splitSub(String s, SourcePosition at) {
            List<Value> parts = new ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                int open = s.indexOf("${", i);
                if (open < 0) {
                    parts.add(new Value.Text(s.substring(i)));
                    break;
                }
                parts.add(new Value.Text(s.substring(i, open)));
                int close = s.indexOf('}', open);
                String name = s.substring(open + 2, close);
                parts.add(ref(name, at));
                i = close + 1;
            }
            return parts;
        }

        private static Value concat(List<Value> parts) {
            StringBuilder sb = new StringBuilder();
            for (Value p : parts) {
                if (!(p instanceof Value.Text tx)) {
                    return new Value.Concat(parts);
                }
                sb.append(tx.value());
            }
            return new Value.Text(sb.toString());
        }
    }
}
