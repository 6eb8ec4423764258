package dev.airgap.require;

import dev.airgap.template.Wildcard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Chooses subnets or VPCs: comma-separated terms, any of which may match. A term is {@code *} (everything), a
 * logical-ID glob ({@code VpcIsolated*}), a CDK construct-path glob ({@code NetworkStack/Vpc/Isolated*}), a
 * {@code stack/logicalId} glob, or {@code tag:KEY=VALUE} (the value may be a glob). {@code *} matches any characters,
 * {@code ?} one.
 */
public final class Selector {

    /** Matches everything. */
    public static final Selector ALL = parse("*");

    private final String text;
    private final List<Term> terms;

    private Selector(String text, List<Term> terms) {
        this.text = text;
        this.terms = List.copyOf(terms);
    }

    /**
     * @throws RequirementException for an empty selector, an empty term, {@code tag:} without {@code KEY=VALUE} or
     *                              an unknown {@code prefix:}
     */
    public static Selector parse(String text) {
        if (text == null || text.isBlank()) {
            throw new RequirementException("empty selector: use * for every one, a logical-ID or CDK path glob, "
                    + "stack/logicalId or tag:KEY=VALUE");
        }
        List<Term> terms = new ArrayList<>();
        for (String raw : text.split(",")) {
            String t = raw.trim();
            if (t.isEmpty()) {
                throw new RequirementException("selector '" + text.trim() + "' has an empty term (two commas, or a "
                        + "comma at an end)");
            }
            terms.add(term(t, text.trim()));
        }
        return new Selector(text.trim(), terms);
    }

    private static Term term(String t, String whole) {
        if (t.startsWith("tag:")) {
            String kv = t.substring(4);
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new RequirementException("selector term '" + t + "' in '" + whole + "' is not of the form "
                        + "tag:KEY=VALUE (for example tag:aws-cdk:subnet-type=Isolated)");
            }
            return new Term(null, kv.substring(0, eq).trim(), Wildcard.pattern(kv.substring(eq + 1).trim()));
        }
        int colon = t.indexOf(':');
        if (colon > 0 && t.substring(0, colon).matches("[A-Za-z]+")) {
            throw new RequirementException("unknown selector syntax '" + t + "' in '" + whole + "': the only prefix "
                    + "is tag:KEY=VALUE; otherwise use *, a logical-ID glob, a CDK path glob or stack/logicalId");
        }
        if (t.matches(".*\\s.*")) {
            throw new RequirementException("selector term '" + t + "' in '" + whole + "' contains white space; "
                    + "separate terms with commas");
        }
        return new Term(Wildcard.pattern(t), null, null);
    }

    public String text() {
        return text;
    }

    /** Whether any term selects this subnet or VPC. */
    public boolean matches(Subject target) {
        for (Term t : terms) {
            if (t.matches(target)) {
                return true;
            }
        }
        return false;
    }

    public boolean isAll() {
        return terms.stream().anyMatch(t -> t.name != null && t.name.pattern().equals(".*"));
    }

    @Override
    public String toString() {
        return text;
    }

    /** A name glob, or a tag key with a value glob. */
    private record Term(Pattern name, String tagKey, Pattern tagValue) {
        boolean matches(Subject target) {
            if (tagKey != null) {
                for (Map.Entry<String, String> e : target.tags().entrySet()) {
                    if (e.getKey().equals(tagKey) && tagValue.matcher(e.getValue()).matches()) {
                        return true;
                    }
                }
                return false;
            }
            return name.matcher(target.logicalId()).matches()
                    || (target.path() != null && name.matcher(target.path()).matches())
                    || name.matcher(target.stack() + "/" + target.logicalId()).matches();
        }
    }
}
