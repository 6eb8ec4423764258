package dev.airgap.need;

import dev.airgap.policy.Effect;
import dev.airgap.policy.IdentityPolicies;
import dev.airgap.policy.PolicyDocument;
import dev.airgap.policy.Statement;
import dev.airgap.resolve.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The actions a role's identity policies allow, as written: enough to tell that a role carries the SSM Agent's
 * permissions, or which services a function calls. Whether a Deny or a condition narrows an action does not matter
 * here: a need is what the workload will try, whether or not it is then refused.
 */
final class RoleActions {

    /** Whether the policies allow an action: YES, NO, or UNKNOWN when a document or the role is not known. */
    enum Answer { YES, NO, UNKNOWN }

    private final List<Statement> allows = new ArrayList<>();
    private final String unknown;

    private RoleActions(List<Statement> allows, String unknown) {
        this.allows.addAll(allows);
        this.unknown = unknown;
    }

    static RoleActions of(IdentityPolicies identity) {
        if (identity.mode() != IdentityPolicies.Mode.KNOWN) {
            return new RoleActions(List.of(), identity.reason().isEmpty() ? "the role is not known"
                    : identity.reason());
        }
        List<Statement> allows = new ArrayList<>();
        List<String> unknowns = new ArrayList<>();
        for (PolicyDocument d : identity.policies()) {
            if (d.problem() != null) {
                unknowns.add(d.source().name() + ": " + d.problem());
                continue;
            }
            for (Statement s : d.statements()) {
                if (s.effect() == Effect.ALLOW && s.action() != null) {
                    allows.add(s);
                }
            }
        }
        return new RoleActions(allows, unknowns.isEmpty() ? null : String.join("; ", unknowns));
    }

    /** Why an answer can be UNKNOWN, or null when every policy is known. */
    String unknownReason() {
        return unknown;
    }

    Answer allows(String action) {
        for (Statement s : allows) {
            boolean listed = s.action().items().stream().anyMatch(v -> matches(v, action));
            if (listed != s.action().negated()) {
                return Answer.YES;
            }
        }
        return unknown == null ? Answer.NO : Answer.UNKNOWN;
    }

    /**
     * The service prefixes of the allowed actions ({@code s3}, {@code sqs}, …); {@code *} when a statement allows
     * every action or uses {@code NotAction}, since then the calls cannot be told.
     */
    Set<String> servicePrefixes() {
        Set<String> out = new TreeSet<>();
        for (Statement s : allows) {
            if (s.action().negated()) {
                out.add("*");
                continue;
            }
            for (Value v : s.action().items()) {
                String a = v instanceof Value.Text t ? t.value().trim().toLowerCase(Locale.ROOT) : "*";
                int colon = a.indexOf(':');
                out.add(colon <= 0 || a.substring(0, colon).contains("*") ? "*" : a.substring(0, colon));
            }
        }
        return out;
    }

    private static boolean matches(Value pattern, String action) {
        if (!(pattern instanceof Value.Text t)) {
            return false;
        }
        StringBuilder re = new StringBuilder();
        for (char c : t.value().trim().toCharArray()) {
            re.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE).matcher(action).matches();
    }
}
