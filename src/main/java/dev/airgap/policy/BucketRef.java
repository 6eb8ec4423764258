package dev.airgap.policy;

import dev.airgap.resolve.ResourceId;
import dev.airgap.resolve.Value;
import java.util.Objects;

/**
 * A bucket a question is about: one declared in the run ({@code resource}, its name known when {@code BucketName}
 * is literal) or one named by its literal name only.
 */
public record BucketRef(ResourceId resource, String name) {

    public BucketRef {
        if (resource == null && name == null) {
            throw new IllegalArgumentException("a bucket needs a resource or a name");
        }
    }

    public static BucketRef named(String name) {
        return new BucketRef(null, Objects.requireNonNull(name, "name"));
    }

    /** A bucket of the run whose name is chosen at deploy time. */
    public static BucketRef resource(ResourceId id) {
        return new BucketRef(Objects.requireNonNull(id, "id"), null);
    }

    /** The name as policies compare it: the literal name, else the bucket's {@code Ref}. */
    public Value nameValue() {
        return name != null ? new Value.Text(name) : new Value.Ref(resource);
    }

    /** How reports show it: the name, else {@code ${Stack/LogicalId}}. */
    public String label() {
        return name != null ? name : "${" + resource + "}";
    }

    /** Both denote the same bucket: the same resource, or the same literal name. */
    public boolean sameBucket(BucketRef other) {
        return other != null && (resource != null && resource.equals(other.resource)
                || name != null && name.equals(other.name));
    }

    @Override
    public String toString() {
        return label();
    }
}
