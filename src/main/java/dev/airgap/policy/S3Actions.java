package dev.airgap.policy;

import java.util.Locale;
import java.util.Set;

/** Which S3 actions act on objects ({@code arn:aws:s3:::bucket/key}) rather than on the bucket. */
final class S3Actions {

    private static final Set<String> OBJECT_ACTIONS_WITHOUT_OBJECT_IN_NAME = Set.of(
            "s3:abortmultipartupload", "s3:listmultipartuploadparts", "s3:initiatereplication");

    private S3Actions() {
    }

    /**
     * Object actions carry {@code Object} in their name, except the bucket-level object-lock configuration; a few
     * multipart and replication actions act on objects without saying so.
     */
    static boolean actsOnObject(String action) {
        String a = action.toLowerCase(Locale.ROOT);
        if (a.contains("objectlockconfiguration")) {
            return false;
        }
        return a.startsWith("s3:") && a.contains("object") || OBJECT_ACTIONS_WITHOUT_OBJECT_IN_NAME.contains(a);
    }
}
