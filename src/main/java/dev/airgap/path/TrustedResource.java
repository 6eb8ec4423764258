package dev.airgap.path;

import dev.airgap.template.Excerpt;
import dev.airgap.template.InputException;
import dev.airgap.template.SourcePosition;
import dev.airgap.template.Wildcard;
import java.util.regex.Pattern;

/**
 * The user's word that resources matching {@code pattern} (a resource type such as {@code Custom::TagRouteTables} or
 * a logical ID, in the {@link Wildcard} syntax of the other settings) do not change routing or filtering, with the reason the
 * reports show. Written {@code PATTERN=REASON}.
 */
public record TrustedResource(String pattern, String reason) {

    public TrustedResource {
        if (pattern == null || pattern.isBlank() || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a trusted resource needs a pattern and a reason");
        }
    }

    /** Parses {@code PATTERN=REASON}; {@code where} names the entry in messages ({@code <trustedResources> entry 2}). */
    public static TrustedResource parse(String text, String where) {
        String t = text == null ? "" : text.trim();
        int eq = t.indexOf('=');
        String pattern = eq < 0 ? t : t.substring(0, eq).trim();
        String reason = eq < 0 ? "" : t.substring(eq + 1).trim();
        if (pattern.isEmpty() || reason.isEmpty() || pattern.chars().anyMatch(Character::isWhitespace)) {
            throw new InputException(SourcePosition.of("configuration"), where + " '" + Excerpt.of(t)
                    + "' is not of the form TYPE-OR-LOGICAL-ID-GLOB=REASON",
                    "write for example 'Custom::TagRouteTables=only adds tags, reviewed in PR 42': the reason is "
                            + "mandatory and is shown in the reports");
        }
        return new TrustedResource(pattern, reason);
    }

    /** Whether the resource's type or logical ID matches the pattern. */
    public boolean matches(String type, String logicalId) {
        Pattern p = Wildcard.pattern(pattern);
        return p.matcher(type).matches() || p.matcher(logicalId).matches();
    }

    @Override
    public String toString() {
        return pattern + "=" + reason;
    }
}
