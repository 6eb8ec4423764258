package dev.airgap.path;

import dev.airgap.template.InputException;
import dev.airgap.template.SourcePosition;

/**
 * A question the user asks of every S3 path: may {@code action} be done on {@code bucket} (for object actions, on any
 * object of it)? Written {@code ACTION BUCKET}, e.g. {@code s3:ListBucket test-us-west-bt2}.
 */
public record AccessCheck(String action, String bucket) {

    public static AccessCheck parse(String text) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 2 || !parts[0].contains(":") || parts[1].isEmpty()) {
            throw new InputException(SourcePosition.of("configuration"), "access check '" + text
                    + "' is not of the form ACTION BUCKET", "write for example 's3:ListBucket my-bucket'");
        }
        return new AccessCheck(parts[0], parts[1]);
    }

    @Override
    public String toString() {
        return action + " " + bucket;
    }
}
