package dev.airgap.maven;

import dev.airgap.require.Requirement;
import dev.airgap.require.RequirementException;
import dev.airgap.require.Selector;
import java.util.ArrayList;
import java.util.List;

/**
 * What every requirement element of {@code <requirements>} takes: {@code <id>} (names it in messages; default its
 * element name), {@code <allowUnknown>} (default {@code false}: a verdict the analysis cannot decide fails it), and
 * any number of {@code <except>} elements, each with a mandatory {@code <reason>}:
 * <pre>
 * &lt;noInternet&gt;
 *   &lt;id&gt;isolated-has-no-internet&lt;/id&gt;
 *   &lt;subnets&gt;*&lt;/subnets&gt;
 *   &lt;allowUnknown&gt;false&lt;/allowUnknown&gt;
 *   &lt;except&gt;
 *     &lt;subnet&gt;NetworkStack/Vpc/Public*&lt;/subnet&gt;
 *     &lt;reason&gt;the load balancer's subnets are public by design&lt;/reason&gt;
 *   &lt;/except&gt;
 * &lt;/noInternet&gt;
 * </pre>
 * Maven's configurator creates the subclass named after the element ({@code noInternet} → {@link NoInternet}) and
 * fills its fields by element name; each subclass turns itself into the library's {@link Requirement}.
 */
public abstract class RequirementBean {

    /** Names the requirement in messages and reports; default: its element name. */
    String id;

    /** Whether a verdict the analysis cannot decide (UNKNOWN) passes; default false. */
    boolean allowUnknown;

    final List<Except> exceptions = new ArrayList<>();

    /** Called by Maven's configurator once per {@code <except>} element, so that several may be given. */
    public void setExcept(Except except) {
        exceptions.add(except);
    }

    /**
     * @throws RequirementException when the element is incomplete or malformed
     */
    abstract Requirement toRequirement();

    /** The element name, for messages. */
    abstract String element();

    List<dev.airgap.require.Waiver> exceptions() {
        List<dev.airgap.require.Waiver> out = new ArrayList<>();
        for (Except e : exceptions) {
            try {
                out.add(e.toExcept());
            } catch (RequirementException x) {
                throw new RequirementException("<" + element() + ">" + label() + ": " + x.getMessage());
            }
        }
        return out;
    }

    String label() {
        return id == null || id.isBlank() ? "" : " '" + id.trim() + "'";
    }

    String cleanId() {
        return id == null || id.isBlank() ? null : id.trim();
    }

    /** A selector, {@code *} when not given. */
    Selector selector(String text, String element) {
        if (text == null || text.isBlank()) {
            return Selector.ALL;
        }
        try {
            return Selector.parse(text);
        } catch (RequirementException e) {
            throw new RequirementException("<" + element() + ">" + label() + " <" + element + ">: " + e.getMessage());
        }
    }

    static List<String> list(String commaSeparated) {
        List<String> out = new ArrayList<>();
        if (commaSeparated != null) {
            for (String s : commaSeparated.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
        }
        return out;
    }
}
