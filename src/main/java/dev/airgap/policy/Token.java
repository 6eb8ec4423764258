package dev.airgap.policy;

import dev.airgap.resolve.Value;
import java.util.List;

/**
 * One element of a string as far as it is known before deployment. Subjects (the request's action and ARN) are made
 * of {@link Ch} and {@link Sym}; patterns (what a policy says) may also hold wildcards.
 */
sealed interface Token {

    /** A known character. */
    record Ch(char c) implements Token {}

    /**
     * {@code *}. In ARNs a star matches within one colon-separated segment, unless it is the segment's last
     * character; then it may run across colons.
     */
    record Star(boolean crossesColons) implements Token {}

    /** {@code ?}: one character; in ARNs never a colon. */
    record One(boolean matchesColon) implements Token {}

    /**
     * A string of unknown content, never empty. Two symbols with the same key are the same string.
     *
     * @param key    identity: {@code ref:Stack/Id}, {@code attr:Stack/Id.Arn}, {@code unknown:AWS::AccountId} …
     * @param kind   what may be assumed about its content
     * @param label  how a message shows it
     * @param origin the value it stands for, or null for policy variables and fresh names
     */
    record Sym(String key, Kind kind, String label, Value origin) implements Token {

        /** Whether the value is known to hold no colon, so that it stays within one ARN segment. */
        boolean colonFree() {
            return kind != Kind.OPAQUE;
        }
    }

    enum Kind {
        /**
         * The physical ID of a resource of the run. Taken to contain no colon or slash (true of bucket, role, table
         * and endpoint names, the things ARNs are built from); two different resources have different IDs.
         */
        REF,
        /** A pseudo parameter's value not known before deployment: a partition, region or account ID. */
        NAME,
        /** Anything: a deploy-time attribute, an unknown value, a policy variable. */
        OPAQUE,
        /**
         * A name chosen to differ from every literal a policy mentions: "some other bucket". Wildcards match it;
         * literal characters and other symbols do not.
         */
        FRESH
    }

    static String render(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (t instanceof Ch c) {
                sb.append(c.c());
            } else if (t instanceof Star) {
                sb.append('*');
            } else if (t instanceof One) {
                sb.append('?');
            } else if (t instanceof Sym s) {
                sb.append(s.label());
            }
        }
        return sb.toString();
    }
}
