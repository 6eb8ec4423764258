package dev.airgap.policy;

import dev.airgap.resolve.ResourceId;
import dev.airgap.resolve.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the run knows about symbolic values that policies compare: a bucket's {@code Ref} is its {@code BucketName}
 * when that is given, its {@code Arn} is {@code arn:PARTITION:s3:::} + that name, {@code AWS::Partition} follows from
 * the region. Expanding both sides of a comparison lets {@code {"Fn::GetAtt": ["Bucket", "Arn"]}} in one policy match
 * {@code arn:aws:s3:::my-bucket} in another.
 */
public final class Symbols {

    private static final Symbols NONE = new Builder().build();
    private static final int MAX_DEPTH = 8;

    private final Map<ResourceId, Value> refs;
    private final Map<String, Value> attrs;
    private final Map<String, Value> pseudo;

    private Symbols(Builder b) {
        this.refs = Map.copyOf(b.refs);
        this.attrs = Map.copyOf(b.attrs);
        this.pseudo = Map.copyOf(b.pseudo);
    }

    public static Symbols none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.refs.putAll(refs);
        b.attrs.putAll(attrs);
        b.pseudo.putAll(pseudo);
        return b;
    }

    /** The value with every symbol the run can explain replaced, nested concatenations flattened. */
    public Value expand(Value v) {
        return expand(v, 0);
    }

    private Value expand(Value v, int depth) {
        if (depth > MAX_DEPTH) {
            return v;
        }
        if (v instanceof Value.Ref r && refs.containsKey(r.target())) {
            return expand(refs.get(r.target()), depth + 1);
        }
        if (v instanceof Value.Attr a && attrs.containsKey(attrKey(a.target(), a.attribute()))
                && a.qualifier().isEmpty()) {
            return expand(attrs.get(attrKey(a.target(), a.attribute())), depth + 1);
        }
        if (v instanceof Value.Unknown u) {
            String name = pseudoName(u.expression());
            Value p = name == null ? null : pseudo.get(name);
            return p == null ? v : expand(p, depth + 1);
        }
        if (v instanceof Value.Concat c) {
            return concat(c.parts(), depth);
        }
        return v;
    }

    private Value concat(List<Value> parts, int depth) {
        List<Value> out = new ArrayList<>();
        for (Value part : parts) {
            Value e = expand(part, depth + 1);
            List<Value> pieces = e instanceof Value.Concat inner ? inner.parts() : List.of(e);
            for (Value piece : pieces) {
                int last = out.size() - 1;
                if (piece instanceof Value.Text t && last >= 0 && out.get(last) instanceof Value.Text prev) {
                    out.set(last, new Value.Text(prev.value() + t.value()));
                } else {
                    out.add(piece);
                }
            }
        }
        if (out.size() == 1) {
            return out.get(0);
        }
        return out.isEmpty() ? new Value.Text("") : new Value.Concat(out);
    }

    /**
     * The pseudo parameter an unknown stands for, whatever the resolver's rendering ({@code AWS::Partition},
     * {@code Ref AWS::Partition}, {@code {"Ref":"AWS::Partition"}}); null for any other expression.
     */
    static String pseudoName(String expression) {
        if (expression == null) {
            return null;
        }
        String compact = expression.replaceAll("[^A-Za-z:]", "");
        if (compact.startsWith("Ref")) {
            compact = compact.substring(3);
        }
        return compact.startsWith("AWS::") && compact.indexOf(':', 5) < 0 ? compact : null;
    }

    private static String attrKey(ResourceId id, String attribute) {
        return id + "." + attribute;
    }

    public static final class Builder {
        private final Map<ResourceId, Value> refs = new HashMap<>();
        private final Map<String, Value> attrs = new HashMap<>();
        private final Map<String, Value> pseudo = new HashMap<>();

        /** What {@code Ref} of this resource is known to be. */
        public Builder ref(ResourceId id, Value physicalId) {
            refs.put(id, physicalId);
            return this;
        }

        /** What {@code Fn::GetAtt resource.attribute} is known to be, e.g. a bucket's {@code Arn}. */
        public Builder attr(ResourceId id, String attribute, Value value) {
            attrs.put(attrKey(id, attribute), value);
            return this;
        }

        /** A pseudo parameter's value, e.g. {@code AWS::Partition} = {@code aws}. */
        public Builder pseudo(String name, Value value) {
            pseudo.put(name, value);
            return this;
        }

        public Symbols build() {
            return new Symbols(this);
        }
    }
}
