package dev.airgap.policy;

import dev.airgap.resolve.Value;
import java.util.List;

/**
 * A policy document ready for evaluation.
 *
 * @param source     which policy this is
 * @param version    {@code 2008-10-17} (also when {@code Version} is absent) or {@code 2012-10-17}
 * @param statements its statements in order
 * @param problem    why the whole document cannot be evaluated (malformed, or its content is not known), or null;
 *                   such a document might allow and might deny anything
 */
public record PolicyDocument(PolicySource source, String version, List<Statement> statements, String problem) {

    public static final String V2008 = "2008-10-17";
    public static final String V2012 = "2012-10-17";

    public PolicyDocument {
        statements = List.copyOf(statements);
    }

    /** Reads a {@code PolicyDocument} value; never throws, a malformed document carries its problem. */
    public static PolicyDocument parse(PolicySource source, Value document) {
        return PolicyParser.parse(source, document);
    }

    /** A policy whose content the analysis does not have, such as an AWS-managed policy missing from the catalog. */
    public static PolicyDocument unknown(PolicySource source, String reason) {
        return new PolicyDocument(source, V2012, List.of(), reason);
    }

    /** Only {@code 2012-10-17} substitutes policy variables; in {@code 2008-10-17} {@code ${...}} is literal text. */
    public boolean substitutesVariables() {
        return V2012.equals(version);
    }
}
