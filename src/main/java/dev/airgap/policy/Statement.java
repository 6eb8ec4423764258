package dev.airgap.policy;

import dev.airgap.resolve.Value;
import java.util.List;

/**
 * One statement as written, values still symbolic.
 *
 * @param index        position in the document, from 0
 * @param sid          the {@code Sid}, or empty
 * @param effect       null when missing or not {@code Allow}/{@code Deny} (then {@code problem} says so)
 * @param action       {@code Action} or {@code NotAction}
 * @param resource     {@code Resource} or {@code NotResource}; null when neither is given
 * @param principal    {@code Principal} or {@code NotPrincipal}; null when neither is given
 * @param condition    the {@code Condition} block, or null
 * @param problem      what makes the statement malformed, or null; a malformed statement might apply with either
 *                     effect
 */
public record Statement(int index, String sid, Effect effect, Element action, Element resource, Element principal,
                        Value.MapValue condition, String problem) {

    /**
     * A statement element and whether it is the {@code Not} form.
     *
     * @param items the values of a string or list element; for {@code Principal}, the single value as written
     */
    public record Element(boolean negated, List<Value> items) {
        public Element {
            items = List.copyOf(items);
        }
    }

    public boolean malformed() {
        return problem != null;
    }
}
