package dev.airgap.report;

import dev.airgap.require.Violation;

/** How every output names the parts of a violation: the one place its typed fields become text. */
public final class ViolationText {

    private ViolationText() {
    }

    /** One line: {@code [requirement] subject (in region): found}. */
    public static String message(Violation v) {
        boolean named = v.region() == null || v.subject().contains(v.region());
        return "[" + v.requirement() + "] " + v.subject() + (named ? "" : " in " + v.region()) + ": " + v.found();
    }

    /** The offending component's logical ID, or null. */
    public static String component(Violation v) {
        return v.component() == null ? null : v.component().logicalId();
    }

    /** Where the component (else the subject) is declared, {@code file:line}, or null. */
    public static String source(Violation v) {
        return v.source() == null ? null : v.source().fileAndLine();
    }
}
