package dev.airgap.template;

import java.util.regex.Pattern;

/**
 * The one wildcard syntax of the plugin's own settings ({@code <subnets>}, {@code <vpcs>}, {@code <buckets>},
 * {@code -Dairgap.subnet}, {@code <nestedTemplates>}): {@code *} stands for any characters (slashes and line breaks
 * too), {@code ?} for one, everything else for itself, and the whole text must match. IAM policy wildcards are not
 * this: {@code dev.airgap.policy.Glob} matches values that may be unresolved, with ARN colon rules, in three values.
 */
public final class Wildcard {

    private Wildcard() {
    }

    public static Pattern pattern(String glob) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*' || c == '?') {
                quote(regex, literal);
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        quote(regex, literal);
        // DOTALL: * matches any characters, a line break in a (hostile) logical ID too
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static void quote(StringBuilder regex, StringBuilder literal) {
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
            literal.setLength(0);
        }
    }
}
