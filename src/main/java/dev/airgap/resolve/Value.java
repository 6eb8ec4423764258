package dev.airgap.resolve;

import dev.airgap.template.SourcePosition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The value of a template expression after intrinsic functions have been resolved, as far as anything can be known
 * before deployment. Values never throw: what cannot be known is an {@link Unknown} that says why.
 */
public sealed interface Value {

    /** A known scalar, as CloudFormation would pass it to the resource (numbers and booleans as their text). */
    record Text(String value) implements Value {
        public boolean isTrue() {
            return "true".equalsIgnoreCase(value);
        }
    }

    record ListValue(List<Value> items) implements Value {
        public ListValue {
            items = List.copyOf(items);
        }
    }

    record MapValue(Map<String, Value> entries) implements Value {
        public MapValue {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public Value get(String key) {
            return entries.get(key);
        }

        public boolean has(String key) {
            return entries.containsKey(key);
        }
    }

    /**
     * The physical ID of a resource of the run ({@code Ref} to a resource, and the attributes that equal it, such as
     * a security group's {@code GroupId}); reached through {@code Fn::ImportValue} or nested-stack outputs too.
     */
    record Ref(ResourceId target) implements Value {}

    /**
     * A deploy-time attribute of a resource of the run that the templates cannot give ({@code Fn::GetAtt
     * Vpc.DefaultSecurityGroup}); {@code qualifier} narrows it where one attribute stands for several values
     * (a Network Firewall's endpoint in one AZ), else it is empty.
     */
    record Attr(ResourceId target, String attribute, String qualifier) implements Value {}

    /** A string made of parts of which at least one is not {@link Text}, such as {@code com.amazonaws.${AWS::Region}.s3}. */
    record Concat(List<Value> parts) implements Value {
        public Concat {
            parts = List.copyOf(parts);
        }
    }

    /**
     * A value that cannot be known before deployment. {@code expression} is a canonical rendering of what it stands
     * for (for example {@code Fn::Select[0, Fn::GetAZs '']}): two unknowns with the same expression in the same stack
     * and region are the same deploy-time value. {@code reason} says why it is unknown, for reports.
     */
    record Unknown(String expression, String reason, SourcePosition position) implements Value {}

    /** {@code AWS::NoValue}: the property is as if absent. */
    enum NoValue implements Value { INSTANCE }

    // ---- convenience accessors used by every later stage ----

    /** The text of a known scalar. */
    default Optional<String> text() {
        return this instanceof Text t ? Optional.of(t.value()) : Optional.empty();
    }

    /** The resource a physical ID points at. */
    default Optional<ResourceId> ref() {
        return this instanceof Ref r ? Optional.of(r.target()) : Optional.empty();
    }

    /** True when nothing in the value waits for deployment ({@link Ref}s count as known: they name a resource). */
    default boolean known() {
        if (this instanceof ListValue l) {
            return l.items().stream().allMatch(Value::known);
        }
        if (this instanceof MapValue m) {
            return m.entries().values().stream().allMatch(Value::known);
        }
        if (this instanceof Concat c) {
            return c.parts().stream().allMatch(Value::known);
        }
        return this instanceof Text || this instanceof Ref || this instanceof NoValue;
    }

    /**
     * The {@link Unknown}s inside this value (itself, list items, map entries, string parts), in order, so that a
     * report can say why a composite value is not fully known.
     */
    default List<Unknown> unknowns() {
        if (this instanceof Unknown u) {
            return List.of(u);
        }
        List<Value> children;
        if (this instanceof ListValue l) {
            children = l.items();
        } else if (this instanceof MapValue m) {
            children = List.copyOf(m.entries().values());
        } else if (this instanceof Concat c) {
            children = c.parts();
        } else {
            return List.of();
        }
        java.util.ArrayList<Unknown> out = new java.util.ArrayList<>();
        for (Value child : children) {
            out.addAll(child.unknowns());
        }
        return out;
    }

    static Text text(String s) {
        return new Text(s);
    }
}
