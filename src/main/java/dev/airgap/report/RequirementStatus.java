package dev.airgap.report;

/**
 * One configured requirement and how it fared.
 *
 * @param name        its id, or its kind
 * @param kind        {@code noInternet}, {@code privateAccess}, …
 * @param description what it asks, in one line
 * @param violations  how many violations it has (after exceptions)
 */
public record RequirementStatus(String name, String kind, String description, int violations) {

    public boolean passed() {
        return violations == 0;
    }
}
